// smsf_policy, smsf_policy_state and decisions.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

#include <unicode/ustring.h>

#include "c_api/c_api.h"
#include "smsfilter/platform.h"

using namespace smsfilter;

namespace {

// Checks the arguments every decide and feedback call shares.
smsf_status check(const smsf_policy* policy, const smsf_classifier* classifier, const void* text,
                  size_t text_size, const void* sender, size_t sender_size) {
  if (policy == nullptr || classifier == nullptr)
    return c_api::invalid_argument("policy or classifier is NULL");
  if (!c_api::valid_text(text, text_size) || !c_api::valid_text(sender, sender_size))
    return c_api::invalid_argument("text or sender is NULL with a non-zero length");
  return SMSF_STATUS_OK;
}

std::optional<std::int64_t> message_time(int64_t time) {
  return time == SMSF_TIME_UNKNOWN ? std::nullopt : std::optional<std::int64_t>(time);
}

// The message from UTF-8, as it is.
Status read_message(smsf_classifier* /*classifier*/, const char* text, size_t text_size,
                    const char* sender, size_t sender_size, int64_t time, Message* message) {
  *message = {std::string_view(text, text_size), std::string_view(sender, sender_size),
              message_time(time)};
  return Status();
}

// UTF-16 to UTF-8 into a reused buffer; unpaired surrogates become U+FFFD.
Status to_utf8(std::u16string_view units, std::string* out) {
  const std::size_t length = units.size();
  if (length > static_cast<size_t>(INT32_MAX) / 3)
    return Status(StatusCode::kInvalidArgument, "text is too long");
  out->resize(3 * length);
  int32_t written = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strToUTF8WithSub(out->data(), static_cast<int32_t>(out->size()), &written,
                     units.data(), static_cast<int32_t>(length), 0xFFFD,
                     nullptr, &error);
  if (U_FAILURE(error)) return Status(StatusCode::kInternal, "UTF-16 to UTF-8 conversion failed");
  out->resize(static_cast<size_t>(written));
  return Status();
}

// The message from UTF-16, as UTF-8 in the classifier's buffers.
Status read_message(smsf_classifier* classifier, const uint16_t* text, size_t text_length,
                    const uint16_t* sender, size_t sender_length, int64_t time, Message* message) {
  // Only what the classifier reads is copied and converted: the cost stays flat.
  c_api::copy_utf16(text, text_length, &classifier->text);
  c_api::copy_utf16(sender, sender_length, &classifier->sender);
  Status status = to_utf8(classifier->text, &classifier->text_utf8);
  if (status.ok()) status = to_utf8(classifier->sender, &classifier->sender_utf8);
  *message = {classifier->text_utf8, classifier->sender_utf8, message_time(time)};
  return status;
}

// Decides `message`, keeps the decision in the classifier and points *decision at it.
Status decide_into(const smsf_policy* policy, smsf_classifier* classifier,
                   const Message& message, smsf_policy_state* state,
                   const smsf_decision** decision) {
  smsf_decision& kept = classifier->decision;
  Status status = policy->object->decide(&classifier->classifier, message,
                                         state ? &state->state : nullptr, &kept.decision);
  if (!status.ok()) return status;
  kept.policy = policy->object;
  kept.apple = to_apple_filter(kept.decision, policy->object->config().apple_allowed);
  describe(kept.decision, &kept.description);
  *decision = &kept;
  return status;
}

smsf_status check_feedback(smsf_feedback feedback, const smsf_policy_state* state) {
  if (state == nullptr) return c_api::invalid_argument("state is NULL");
  const int kind = c_api::enum_argument(feedback);
  if (kind != SMSF_FEEDBACK_SPAM && kind != SMSF_FEEDBACK_NOT_SPAM)
    return c_api::invalid_argument("feedback is neither spam nor not spam");
  return SMSF_STATUS_OK;
}

// smsf_decide_utf8 and smsf_decide_utf16.
template <typename Char>
smsf_status decide(const smsf_policy* policy, smsf_classifier* classifier, const Char* text,
                   size_t text_size, const Char* sender, size_t sender_size, int64_t time,
                   smsf_policy_state* state, const smsf_decision** decision) {
  const smsf_status checked = check(policy, classifier, text, text_size, sender, sender_size);
  if (checked != SMSF_STATUS_OK) return checked;
  if (decision == nullptr) return c_api::invalid_argument("decision is NULL");
  return c_api::guarded([&] {
    Message message;
    Status status = read_message(classifier, text, text_size, sender, sender_size, time, &message);
    if (!status.ok()) return status;
    return decide_into(policy, classifier, message, state, decision);
  });
}

// smsf_record_feedback_utf8 and smsf_record_feedback_utf16.
template <typename Char>
smsf_status record_feedback(const smsf_policy* policy, smsf_classifier* classifier,
                            const Char* text, size_t text_size, const Char* sender,
                            size_t sender_size, smsf_feedback feedback, smsf_policy_state* state) {
  smsf_status checked = check(policy, classifier, text, text_size, sender, sender_size);
  if (checked == SMSF_STATUS_OK) checked = check_feedback(feedback, state);
  if (checked != SMSF_STATUS_OK) return checked;
  return c_api::guarded([&] {
    Message message;
    Status status = read_message(classifier, text, text_size, sender, sender_size,
                                 SMSF_TIME_UNKNOWN, &message);
    if (!status.ok()) return status;
    return policy->object->record_feedback(&classifier->classifier, message,
                                           static_cast<Feedback>(c_api::enum_argument(feedback)),
                                           &state->state);
  });
}

// The reason at `index`, or one with every parameter unset past the count.
const Reason& reason_at(const smsf_decision* decision, size_t index) {
  static const Reason kNoReason;
  const Reasons& reasons = decision->decision.reasons;
  return index < reasons.size() ? reasons[index] : kNoReason;
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

smsf_status smsf_decide_utf8(const smsf_policy* policy, smsf_classifier* classifier,
                             const char* text, size_t text_size, const char* sender,
                             size_t sender_size, int64_t time, smsf_policy_state* state,
                             const smsf_decision** decision) {
  return decide(policy, classifier, text, text_size, sender, sender_size, time, state, decision);
}

smsf_status smsf_decide_utf16(const smsf_policy* policy, smsf_classifier* classifier,
                              const uint16_t* text, size_t text_length, const uint16_t* sender,
                              size_t sender_length, int64_t time, smsf_policy_state* state,
                              const smsf_decision** decision) {
  return decide(policy, classifier, text, text_length, sender, sender_length, time, state,
                decision);
}

smsf_status smsf_record_feedback_utf8(const smsf_policy* policy, smsf_classifier* classifier,
                                      const char* text, size_t text_size, const char* sender,
                                      size_t sender_size, smsf_feedback feedback,
                                      smsf_policy_state* state) {
  return record_feedback(policy, classifier, text, text_size, sender, sender_size, feedback,
                         state);
}

smsf_status smsf_record_feedback_utf16(const smsf_policy* policy, smsf_classifier* classifier,
                                       const uint16_t* text, size_t text_length,
                                       const uint16_t* sender, size_t sender_length,
                                       smsf_feedback feedback, smsf_policy_state* state) {
  return record_feedback(policy, classifier, text, text_length, sender, sender_length, feedback,
                         state);
}

smsf_action smsf_decision_action(const smsf_decision* decision) {
  return static_cast<smsf_action>(decision->decision.action);
}

smsf_category smsf_decision_category(const smsf_decision* decision) {
  return static_cast<smsf_category>(decision->decision.category);
}

float smsf_decision_confidence(const smsf_decision* decision) {
  return decision->decision.confidence;
}

bool smsf_decision_unsure(const smsf_decision* decision) { return decision->decision.unsure; }

float smsf_decision_probability(const smsf_decision* decision, smsf_category category) {
  const int index = c_api::category_index(category);
  return index < 0 ? 0.0f : decision->decision.probabilities[static_cast<std::size_t>(index)];
}

smsf_apple_action smsf_decision_apple_action(const smsf_decision* decision) {
  return static_cast<smsf_apple_action>(decision->apple.action);
}

smsf_apple_sub_action smsf_decision_apple_sub_action(const smsf_decision* decision) {
  return static_cast<smsf_apple_sub_action>(decision->apple.sub_action);
}

smsf_android_delivery smsf_decision_android_delivery(const smsf_decision* decision) {
  return static_cast<smsf_android_delivery>(to_android_delivery(decision->decision.action));
}

const char* smsf_decision_code(const smsf_decision* decision) {
  const std::optional<VerificationCode>& code = decision->decision.code;
  return code ? code->code().data() : nullptr;
}

const char* smsf_decision_code_issuer(const smsf_decision* decision) {
  const std::optional<VerificationCode>& code = decision->decision.code;
  return code ? code->issuer().data() : nullptr;
}

const char* smsf_decision_organization(const smsf_decision* decision) {
  return c_api::c_string(decision->decision.organization);
}

smsf_organization_kind smsf_decision_organization_kind(const smsf_decision* decision) {
  const std::optional<OrganizationKind>& kind = decision->decision.organization_kind;
  return kind ? static_cast<smsf_organization_kind>(*kind) : SMSF_ORGANIZATION_NONE;
}

smsf_sub_kind smsf_decision_sub_kind(const smsf_decision* decision) {
  return static_cast<smsf_sub_kind>(decision->decision.sub_kind);
}

const char* smsf_decision_description(const smsf_decision* decision) {
  return decision->description.c_str();
}

size_t smsf_decision_reason_count(const smsf_decision* decision) {
  return decision->decision.reasons.size();
}

smsf_reason_kind smsf_decision_reason_kind(const smsf_decision* decision, size_t index) {
  return static_cast<smsf_reason_kind>(reason_at(decision, index).kind);
}

const char* smsf_decision_reason_rule_id(const smsf_decision* decision, size_t index) {
  return c_api::c_string(reason_at(decision, index).rule_id);
}

smsf_category smsf_decision_reason_category(const smsf_decision* decision, size_t index) {
  return static_cast<smsf_category>(reason_at(decision, index).category);
}

float smsf_decision_reason_value(const smsf_decision* decision, size_t index) {
  return reason_at(decision, index).value;
}

float smsf_decision_reason_threshold(const smsf_decision* decision, size_t index) {
  return reason_at(decision, index).threshold;
}

uint32_t smsf_decision_reason_window_seconds(const smsf_decision* decision, size_t index) {
  return reason_at(decision, index).window_seconds;
}

smsf_contact_kind smsf_decision_reason_contact_kind(const smsf_decision* decision, size_t index) {
  const std::optional<ContactKind>& contact = reason_at(decision, index).contact;
  return contact ? static_cast<smsf_contact_kind>(*contact) : SMSF_CONTACT_NONE;
}

const char* smsf_decision_reason_host(const smsf_decision* decision, size_t index) {
  return c_api::c_string(reason_at(decision, index).host());
}

const char* smsf_decision_reason_organization(const smsf_decision* decision, size_t index) {
  return c_api::c_string(reason_at(decision, index).organization);
}

const char* smsf_decision_reason_organization_name(const smsf_decision* decision, size_t index) {
  return c_api::c_string(reason_at(decision, index).organization_name);
}

size_t smsf_decision_reason_text(const smsf_decision* decision, size_t index, smsf_language language,
                                 char* buffer, size_t size) {
  const int lang = c_api::enum_argument(language);
  if (index >= decision->decision.reasons.size() || lang < 0 || lang >= static_cast<int>(kLanguageCount))
    return c_api::write_text({}, buffer, size);
  try {
    return c_api::write_text(reason_text(decision->decision.reasons[index], static_cast<Language>(lang)),
                             buffer, size);
  } catch (...) {  // out of memory: no text rather than an exception through C
    return c_api::write_text({}, buffer, size);
  }
}
