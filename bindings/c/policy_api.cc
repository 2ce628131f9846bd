// smsf_policy, smsf_policy_state and decisions.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "c_api.h"
#include "smsfilter/platform.h"

using namespace smsfilter;

namespace {

static_assert(SMSF_ACTION_BLOCK == static_cast<int>(Action::kBlock));
static_assert(SMSF_REASON_FEEDBACK == static_cast<int>(ReasonKind::kFeedback));
static_assert(SMSF_MAX_REASONS == kReasonKindCount);
static_assert(SMSF_APPLE_ACTION_TRANSACTION == static_cast<int>(AppleFilterAction::kTransaction));
static_assert(SMSF_APPLE_SUB_ACTION_PROMOTIONAL_OTHERS ==
              static_cast<int>(AppleFilterSubAction::kPromotionalOthers));
static_assert(SMSF_ANDROID_BLOCK == static_cast<int>(AndroidDelivery::kBlock));
static_assert(SMSF_FEEDBACK_NOT_SPAM == static_cast<int>(Feedback::kNotSpam));

// Checks the arguments smsf_decide and smsf_record_feedback share.
smsf_status check(const smsf_policy* policy, const smsf_classifier* classifier,
                  const smsf_message* message) {
  if (policy == nullptr || classifier == nullptr || message == nullptr)
    return c_api::invalid_argument("policy, classifier or message is NULL");
  if (!c_api::valid_text(message->text, message->text_size) ||
      !c_api::valid_text(message->sender, message->sender_size))
    return c_api::invalid_argument("message text or sender is NULL with a non-zero length");
  return SMSF_STATUS_OK;
}

Message to_message(const smsf_message& m) {
  return {std::string_view(m.text, m.text_size), std::string_view(m.sender, m.sender_size),
          m.has_time ? std::optional<std::int64_t>(m.time) : std::nullopt};
}

void copy_decision(const Decision& from, const std::string& description, smsf_decision* to) {
  to->action = static_cast<smsf_action>(from.action);
  to->category = static_cast<smsf_category>(from.category);
  to->confidence = from.confidence;
  to->unsure = from.unsure;
  std::copy(from.probabilities.begin(), from.probabilities.end(), to->probabilities);
  const AppleFilterVerdict apple = to_apple_filter(from);
  to->apple_action = static_cast<smsf_apple_action>(apple.action);
  to->apple_sub_action = static_cast<smsf_apple_sub_action>(apple.sub_action);
  to->android_delivery = static_cast<smsf_android_delivery>(to_android_delivery(from.action));
  to->code = from.code ? from.code->code.c_str() : nullptr;
  to->code_issuer = from.code ? from.code->issuer.c_str() : nullptr;
  // Each kind of reason occurs at most once.
  to->reason_count = std::min<std::size_t>(from.reasons.size(), SMSF_MAX_REASONS);
  for (std::size_t i = 0; i < to->reason_count; ++i) {
    const Reason& r = from.reasons[i];
    to->reasons[i] = {static_cast<smsf_reason_kind>(r.kind), r.rule_id.c_str(), r.value,
                      r.detail.c_str()};
  }
  to->description = description.c_str();
}

}  // namespace

smsf_status smsf_policy_parse(const char* text, size_t size, smsf_policy** policy) {
  if (!c_api::valid_text(text, size) || policy == nullptr)
    return c_api::invalid_argument("text is NULL with a non-zero length, or policy is NULL");
  return c_api::guarded([&] {
    Status status;
    std::shared_ptr<const Policy> parsed = Policy::parse(std::string_view(text, size), &status);
    if (parsed) *policy = new smsf_policy(std::move(parsed));
    return status;
  });
}

smsf_policy* smsf_policy_retain(smsf_policy* policy) { return c_api::retain(policy); }

void smsf_policy_release(smsf_policy* policy) { c_api::release(policy); }

smsf_status smsf_policy_state_new(smsf_policy_state** state) {
  if (state == nullptr) return c_api::invalid_argument("state is NULL");
  return c_api::guarded([&] {
    *state = new smsf_policy_state();
    return Status();
  });
}

void smsf_policy_state_free(smsf_policy_state* state) { delete state; }

smsf_status smsf_policy_state_save(const smsf_policy_state* state, void** bytes, size_t* size) {
  if (state == nullptr || bytes == nullptr || size == nullptr)
    return c_api::invalid_argument("state, bytes or size is NULL");
  return c_api::guarded([&] {
    const std::string saved = state->state.save();
    void* copy = std::malloc(saved.size());
    if (copy == nullptr) return Status(StatusCode::kInternal, "out of memory");
    std::memcpy(copy, saved.data(), saved.size());
    *bytes = copy;
    *size = saved.size();
    return Status();
  });
}

smsf_status smsf_policy_state_restore(smsf_policy_state* state, const void* bytes, size_t size) {
  if (state == nullptr || !c_api::valid_text(bytes, size))
    return c_api::invalid_argument("state is NULL, or bytes is NULL with a non-zero size");
  return c_api::guarded([&] {
    return state->state.restore(std::string_view(static_cast<const char*>(bytes), size));
  });
}

void smsf_free(void* bytes) { std::free(bytes); }

smsf_status smsf_decide(const smsf_policy* policy, smsf_classifier* classifier,
                        const smsf_message* message, smsf_policy_state* state,
                        smsf_decision* decision) {
  const smsf_status checked = check(policy, classifier, message);
  if (checked != SMSF_STATUS_OK) return checked;
  if (decision == nullptr) return c_api::invalid_argument("decision is NULL");
  return c_api::guarded([&] {
    Decision decided;
    Status status = policy->object->decide(&classifier->classifier, to_message(*message),
                                           state ? &state->state : nullptr, &decided);
    if (!status.ok()) return status;
    classifier->description = describe(decided);
    classifier->decision = std::move(decided);
    copy_decision(classifier->decision, classifier->description, decision);
    return status;
  });
}

smsf_status smsf_record_feedback(const smsf_policy* policy, smsf_classifier* classifier,
                                 const smsf_message* message, smsf_feedback feedback,
                                 smsf_policy_state* state) {
  const smsf_status checked = check(policy, classifier, message);
  if (checked != SMSF_STATUS_OK) return checked;
  if (state == nullptr) return c_api::invalid_argument("state is NULL");
  const int kind = c_api::enum_argument(feedback);
  if (kind != SMSF_FEEDBACK_SPAM && kind != SMSF_FEEDBACK_NOT_SPAM)
    return c_api::invalid_argument("feedback is neither spam nor not spam");
  return c_api::guarded([&] {
    return policy->object->record_feedback(&classifier->classifier, to_message(*message),
                                           static_cast<Feedback>(kind), &state->state);
  });
}
