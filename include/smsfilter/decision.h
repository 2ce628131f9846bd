// What the policy decided for one message, and why.
#ifndef SMSFILTER_DECISION_H_
#define SMSFILTER_DECISION_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/action.h"
#include "smsfilter/category.h"
#include "smsfilter/verification_code.h"

namespace smsfilter {

// Values are stable: the C API and the bindings expose them as numbers.
enum class ReasonKind : unsigned char {
  kRule = 0,            // a user rule decided (rule_id)
  kAllowListed = 1,     // the sender is allow-listed (rule_id): a block became a mute
  kPhishing = 2,        // a link to an untrusted host asking for credentials
  kModel = 3,           // the category's action; value: its probability
  kUnsure = 4,          // the model is unsure: no action; value: its top probability
  kProtected = 5,       // the model alone may not block a possible code or bank notice;
                        // value: probability of security + transaction
  kOverridesModel = 6,  // a rule blocked what the model calls security or transaction;
                        // value: the model's probability for it
  kFlood = 7,           // too many messages from the sender (value: how many)
  kFeedback = 8,        // the user's feedback shifted the model (value: logit shift
                        // towards marketing and fraud)
};

inline constexpr std::size_t kReasonKindCount = 9;

inline constexpr std::array<std::string_view, kReasonKindCount> kReasonKindNames = {
    "rule", "allow_listed", "phishing", "model", "unsure", "protected", "overrides_model",
    "flood", "feedback"};

constexpr std::string_view reason_kind_name(ReasonKind k) {
  return kReasonKindNames[static_cast<std::size_t>(k)];
}

struct Reason {
  ReasonKind kind = ReasonKind::kModel;
  std::string rule_id;  // kRule, kAllowListed, kOverridesModel: the rule's id
  float value = 0;
  // For people and logs, e.g. "marketing 0.97: w:贷款, c2:退订". Codes and card numbers
  // are masked (redact_for_log).
  std::string detail;
};

struct Decision {
  Action action = Action::kNone;
  // The model's view after the user's feedback overlay.
  Category category = Category::kPersonal;
  float confidence = 0;
  bool unsure = false;
  std::array<float, kCategoryCount> probabilities{};
  // In the order the policy applied them.
  std::vector<Reason> reasons;
  // Security messages that are not blocked: the code, if one is found.
  std::optional<VerificationCode> code;

  bool has_reason(ReasonKind kind) const;
};

// One line for logs: action, category, confidence and reasons; never the code.
std::string describe(const Decision& decision);

}  // namespace smsfilter

#endif  // SMSFILTER_DECISION_H_
