// smsfilter.Policy, PolicyState and Decision, extract_verification_code() and
// redact_for_log(): what the phone does with a classified message.
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
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
Decision decide(const PyPolicy& self, const Param<PyClassifier&>& classifier_param,
                const Param<std::string>& text_param, const Param<std::string>& sender_param,
                const Param<std::optional<std::int64_t>>& time_param,
                const Param<PyPolicyState*>& state_param) {
  PyClassifier& classifier = classifier_param.get("classifier");
  const std::string text = text_param.get("text");
  const std::string sender = sender_param.get("sender");
  const std::optional<std::int64_t> time = time_param.get("time");
  PyPolicyState* state = state_param.get("state");
  Decision decision;
  with_state(state, [&](PolicyState* s) {
    std::lock_guard<std::mutex> lock(classifier.mutex);
    return self.policy->decide(&classifier.classifier, {text, sender, time}, s, &decision);
  });
  return decision;
}

void record_feedback(const PyPolicy& self, const Param<PyClassifier&>& classifier_param,
                     const Param<std::string>& text_param, const Param<std::string>& sender_param,
                     const Param<Feedback>& feedback_param,
                     const Param<PyPolicyState&>& state_param) {
  PyClassifier& classifier = classifier_param.get("classifier");
  const std::string text = text_param.get("text");
  const std::string sender = sender_param.get("sender");
  const Feedback feedback = feedback_param.get("feedback");
  PyPolicyState& state = state_param.get("state");
  with_state(&state, [&](PolicyState* s) {
    std::lock_guard<std::mutex> lock(classifier.mutex);
    return self.policy->record_feedback(&classifier.classifier, {text, sender, std::nullopt}, feedback, s);
  });
}

py::bytes save(PyPolicyState& self) {
  std::lock_guard<std::mutex> lock(self.mutex);
  return py::bytes(self.state.save());
}

void restore(PyPolicyState& self, const py::bytes& saved) {
  with_state(&self, [&](PolicyState* s) { return s->restore(std::string_view(saved)); });
}

py::dict probabilities_dict(const Decision& d) {
  py::dict out;
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    out[py::str(std::string(kCategoryNames[c]))] = d.probabilities[c];
  return out;
}

}  // namespace

void define_policy(py::module_& m) {
  py::enum_<Action>(m, "Action", "What the phone does with a message.")
      .value("NONE", Action::kNone)
      .value("ALLOW", Action::kAllow)
      .value("MUTE", Action::kMute)
      .value("BLOCK", Action::kBlock);
  py::enum_<Feedback>(m, "Feedback", "The user's verdict on a message.")
      .value("SPAM", Feedback::kSpam)
      .value("NOT_SPAM", Feedback::kNotSpam);
  py::enum_<ReasonKind>(m, "ReasonKind", "What contributed to a decision.")
      .value("RULE", ReasonKind::kRule)
      .value("ALLOW_LISTED", ReasonKind::kAllowListed)
      .value("PHISHING", ReasonKind::kPhishing)
      .value("MODEL", ReasonKind::kModel)
      .value("UNSURE", ReasonKind::kUnsure)
      .value("PROTECTED", ReasonKind::kProtected)
      .value("OVERRIDES_MODEL", ReasonKind::kOverridesModel)
      .value("FLOOD", ReasonKind::kFlood)
      .value("FEEDBACK", ReasonKind::kFeedback)
      .value("CODE", ReasonKind::kCode)
      .value("OFFICIAL_SENDER", ReasonKind::kOfficialSender)
      .value("OFFICIAL_LINK", ReasonKind::kOfficialLink)
      .value("SUSPICIOUS_CONTACT", ReasonKind::kSuspiciousContact);
  py::enum_<OrganizationKind>(m, "OrganizationKind", "The kind of a registry organisation.")
      .value("BANK", OrganizationKind::kBank)
      .value("PAYMENT", OrganizationKind::kPayment)
      .value("CARRIER", OrganizationKind::kCarrier)
      .value("ECOMMERCE", OrganizationKind::kEcommerce)
      .value("DELIVERY", OrganizationKind::kDelivery)
      .value("RIDE_FOOD", OrganizationKind::kRideFood)
      .value("AIRLINE", OrganizationKind::kAirline)
      .value("RAIL", OrganizationKind::kRail)
      .value("TRAVEL", OrganizationKind::kTravel)
      .value("INSURER", OrganizationKind::kInsurer)
      .value("BROKER", OrganizationKind::kBroker)
      .value("GOVERNMENT", OrganizationKind::kGovernment)
      .value("UTILITY", OrganizationKind::kUtility)
      .value("PLATFORM", OrganizationKind::kPlatform);

  py::class_<VerificationCode>(m, "VerificationCode", "A one-time code and its issuer.")
      .def_readonly("code", &VerificationCode::code)
      .def_readonly("issuer", &VerificationCode::issuer, "the signature without brackets, or ''");
  py::class_<Reason>(m, "Reason", "One step of a decision's explanation.")
      .def_readonly("kind", &Reason::kind)
      .def_readonly("rule_id", &Reason::rule_id)
      .def_readonly("value", &Reason::value)
      .def_readonly("detail", &Reason::detail, "for people and logs; codes are masked");
  py::class_<Decision>(m, "Decision", "What a Policy decided for one message, and why.")
      .def_readonly("action", &Decision::action)
      .def_property_readonly(
          "category", [](const Decision& d) { return std::string(category_name(d.category)); },
          "the model's category after the user's feedback")
      .def_readonly("confidence", &Decision::confidence)
      .def_readonly("unsure", &Decision::unsure)
      .def_property_readonly("probabilities", &probabilities_dict)
      .def_readonly("reasons", &Decision::reasons)
      .def_readonly("code", &Decision::code, "a security message's VerificationCode, or None")
      .def_readonly("organization", &Decision::organization,
                    "registry id of the organisation it comes from or names, or ''")
      .def_readonly("organization_kind", &Decision::organization_kind,
                    "the OrganizationKind of `organization`, or None")
      .def("__str__", &describe, "one line for logs, without the code");

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
