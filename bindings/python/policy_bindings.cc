// smsfilter.Policy, PolicyState and Decision, extract_verification_code() and
// redact_for_log(): what the phone does with a classified message.
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arguments.h"
#include "bindings.h"
#include "smsfilter/policy.h"
#include "smsfilter/verification_code.h"

namespace smsfilter::python {
namespace {

using namespace pybind11::literals;

struct PyPolicyState {
  PolicyState state;
  // Policy calls run without the GIL: Python threads sharing one state take turns.
  std::mutex mutex;
};

struct PyPolicy {
  std::shared_ptr<const Policy> policy;
};

// A decision, or one of its reasons, and the policy whose rule ids and registry their
// strings point into.
struct PyDecision {
  Decision decision;
  std::shared_ptr<const Policy> policy;
};

struct PyReason {
  Reason reason;
  std::shared_ptr<const Policy> policy;
};

PyPolicy parse(const Param<std::string>& text) {
  Status status;
  auto policy = Policy::parse(text.get("text"), &status);
  check(status);
  return {std::move(policy)};
}

// Runs `call` on the state (or null) without the GIL and under the state's lock.
template <typename Call>
void with_state(PyPolicyState* state, Call call) {
  Status status;
  {
    py::gil_scoped_release release;
    std::unique_lock<std::mutex> lock;
    if (state != nullptr) lock = std::unique_lock<std::mutex>(state->mutex);
    status = call(state != nullptr ? &state->state : nullptr);
  }
  check(status);
}

// Classifies and decides under the state's lock, then the classifier's.
PyDecision decide(const PyPolicy& self, const Param<PyClassifier&>& classifier_param,
                  const Param<MessageText>& text_param, const Param<MessageText>& sender_param,
                  const Param<std::optional<std::int64_t>>& time_param,
                  const Param<PyPolicyState*>& state_param) {
  PyClassifier& classifier = classifier_param.get("classifier");
  const MessageText text = text_param.get("text");
  const MessageText sender = sender_param.get("sender");
  const std::optional<std::int64_t> time = time_param.get("time");
  PyPolicyState* state = state_param.get("state");
  PyDecision out{{}, self.policy};
  with_state(state, [&](PolicyState* s) {
    std::lock_guard<std::mutex> lock(classifier.mutex);
    return self.policy->decide(&classifier.classifier, {text.utf8(), sender.utf8(), time}, s,
                               &out.decision);
  });
  return out;
}

void record_feedback(const PyPolicy& self, const Param<PyClassifier&>& classifier_param,
                     const Param<MessageText>& text_param, const Param<MessageText>& sender_param,
                     const Param<Feedback>& feedback_param,
                     const Param<PyPolicyState&>& state_param) {
  PyClassifier& classifier = classifier_param.get("classifier");
  const MessageText text = text_param.get("text");
  const MessageText sender = sender_param.get("sender");
  const Feedback feedback = feedback_param.get("feedback");
  PyPolicyState& state = state_param.get("state");
  with_state(&state, [&](PolicyState* s) {
    std::lock_guard<std::mutex> lock(classifier.mutex);
    return self.policy->record_feedback(&classifier.classifier,
                                        {text.utf8(), sender.utf8(), std::nullopt}, feedback, s);
  });
}

py::bytes save(PyPolicyState& self) {
  std::lock_guard<std::mutex> lock(self.mutex);
  return py::bytes(self.state.save());
}

void restore(PyPolicyState& self, const py::bytes& saved) {
  with_state(&self, [&](PolicyState* s) { return s->restore(std::string_view(saved)); });
}

py::dict probabilities_dict(const PyDecision& d) {
  py::dict out;
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    out[py::str(std::string(kCategoryNames[c]))] = d.decision.probabilities[c];
  return out;
}

std::vector<PyReason> reasons_list(const PyDecision& d) {
  std::vector<PyReason> out;
  for (const Reason& r : d.decision.reasons) out.push_back({r, d.policy});
  return out;
}

py::str str_of(std::string_view s) { return py::str(s.data(), s.size()); }

}  // namespace

void define_policy(py::module_& m) {
  py::class_<VerificationCode>(m, "VerificationCode", "A one-time code and its issuer.")
      .def_property_readonly("code", [](const VerificationCode& c) { return str_of(c.code()); })
      .def_property_readonly("issuer", [](const VerificationCode& c) { return str_of(c.issuer()); },
                             "the signature without brackets, or ''");
  py::class_<PyReason>(m, "Reason",
                       "One step of a decision: a kind and its parameters (each kind sets some; the "
                       "others read '', 0 or None), and text() for people.")
      .def_property_readonly("kind", [](const PyReason& r) { return r.reason.kind; })
      .def_property_readonly("rule_id", [](const PyReason& r) { return str_of(r.reason.rule_id); },
                             "the rule behind RULE, ALLOW_LISTED, OVERRIDES_MODEL ('phishing': the override)")
      .def_property_readonly(
          "category", [](const PyReason& r) { return std::string(category_name(r.reason.category)); },
          "the category `value` is about: MODEL, UNSURE, OVERRIDES_MODEL, FLOOD")
      .def_property_readonly("value", [](const PyReason& r) { return r.reason.value; },
                             "a probability, security + transaction, a message count or a log-odds shift")
      .def_property_readonly("threshold", [](const PyReason& r) { return r.reason.threshold; },
                             "the protect threshold (PROTECTED) or the flood limit")
      .def_property_readonly("window_seconds", [](const PyReason& r) { return r.reason.window_seconds; },
                             "the flood limit's window: 3600 or 86400")
      .def_property_readonly("contact", [](const PyReason& r) { return r.reason.contact; },
                             "the ContactKind of SUSPICIOUS_CONTACT, or None")
      .def_property_readonly("host", [](const PyReason& r) { return str_of(r.reason.host()); },
                             "the host of a PHISHING or suspicious link, lower case")
      .def_property_readonly("organization", [](const PyReason& r) { return str_of(r.reason.organization); },
                             "the registry id of OFFICIAL_* and SUSPICIOUS_CONTACT ('icbc')")
      .def_property_readonly(
          "organization_name", [](const PyReason& r) { return str_of(r.reason.organization_name); },
          "the first name it is listed with ('工商银行')")
      .def("text", [](const PyReason& r, Language language) { return reason_text(r.reason, language); },
           "language"_a = Language::kEnglish, "A short sentence for the user.")
      .def("__repr__", [](const PyReason& r) {
        return "<Reason " + std::string(reason_kind_name(r.reason.kind)) + ">";
      });
  py::class_<PyDecision>(m, "Decision", "What a Policy decided for one message, and why.")
      .def_property_readonly("action", [](const PyDecision& d) { return d.decision.action; })
      .def_property_readonly(
          "category", [](const PyDecision& d) { return std::string(category_name(d.decision.category)); },
          "the model's category after the user's feedback")
      .def_property_readonly("confidence", [](const PyDecision& d) { return d.decision.confidence; })
      .def_property_readonly("unsure", [](const PyDecision& d) { return d.decision.unsure; })
      .def_property_readonly("probabilities", &probabilities_dict)
      .def_property_readonly("sub_kind", [](const PyDecision& d) { return d.decision.sub_kind; },
                             "the SubKind of a transaction, security message or promotion")
      .def_property_readonly("reasons", &reasons_list, "the Reasons, in the order the policy applied them")
      .def_property_readonly("code", [](const PyDecision& d) { return d.decision.code; },
                             "the VerificationCode of a message not blocked, or None (also when the policy "
                             "found a scam request or phishing: the code is the bait)")
      .def_property_readonly("organization", [](const PyDecision& d) { return str_of(d.decision.organization); },
                             "registry id of the organisation it comes from or names, or ''")
      .def_property_readonly("organization_kind", [](const PyDecision& d) { return d.decision.organization_kind; },
                             "the OrganizationKind of `organization`, or None")
      .def("__str__", [](const PyDecision& d) { return describe(d.decision); },
           "one line for logs: action, category, confidence, sub-kind, reason kinds; nothing "
           "from the message")
      .def("__repr__", [](const PyDecision& d) { return "<Decision " + describe(d.decision) + ">"; });

  py::class_<PyPolicyState>(m, "PolicyState",
                            "One user's flood counts and feedback; persist it with save().")
      .def(py::init<>())
      .def("save", &save, "The state as bytes.")
      .def("restore", &restore, "saved"_a,
           "Replaces the state with saved bytes; raises Error (and changes nothing) if damaged.")
      .def_property_readonly(
          "tracked_sender_count",
          [](PyPolicyState& self) {
            std::lock_guard<std::mutex> lock(self.mutex);
            return self.state.tracked_sender_count();
          })
      .def_property_readonly("feedback_entry_count", [](PyPolicyState& self) {
        std::lock_guard<std::mutex> lock(self.mutex);
        return self.state.feedback_entry_count();
      });

  py::class_<PyPolicy> policy(m, "Policy",
                              "The user's receive preferences, compiled (docs/integration.md). "
                              "Shared by any number of threads.");
  policy.def(py::init(&parse), "text"_a, "Compiles the text form; raises Error naming the line.")
      .def_property_readonly(
          "config_text",
          [](const PyPolicy& self) { return format_policy_config(self.policy->config()); },
          "every setting, in the text form")
      .def("decide", &decide, "classifier"_a, "text"_a, "sender"_a = "", "time"_a = py::none(),
           "state"_a = nullptr,
           "Classifies the message with `classifier` and decides. `time` (Unix seconds) and "
           "`state` enable flood control; `state` also applies the user's feedback.")
      .def("record_feedback", &record_feedback, "classifier"_a, "text"_a, "sender"_a,
           "feedback"_a, "state"_a, "Records the user's verdict on a message in `state`.");
  refuse_unmatched_calls(policy, "decide");
  refuse_unmatched_calls(policy, "record_feedback");

  m.def(
      "extract_verification_code",
      [](const Param<std::string>& text) { return extract_verification_code(text.get("text")); },
      "text"_a, "The one-time code and issuer in a message, or None.");
  refuse_unmatched_calls(m, "extract_verification_code");
  m.def(
      "redact_for_log", [](const Param<std::string>& text) { return redact_for_log(text.get("text")); },
      "text"_a, "The text with codes, card and phone numbers masked.");
  refuse_unmatched_calls(m, "redact_for_log");
}

}  // namespace smsfilter::python
