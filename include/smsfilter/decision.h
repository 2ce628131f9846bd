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
#include "smsfilter/registry.h"
#include "smsfilter/verification_code.h"

namespace smsfilter {

// Values are stable: the C API and the bindings expose them as numbers.
enum class ReasonKind : unsigned char {
  kRule = 0,                // a user rule decided (rule_id)
  kAllowListed = 1,         // the sender is allow-listed (rule_id): a block became a mute
  kPhishing = 2,            // a link to an untrusted host asking for credentials
  kModel = 3,               // the category's action; value: its probability
  kUnsure = 4,              // the model is unsure: no action; value: its top probability
  kProtected = 5,           // a block by the model or the phishing override became a mute:
                            // the message may carry a code or a notice (a kCode,
                            // kOfficialSender or kOfficialLink reason, or security +
                            // transaction at least PolicyConfig::protect_threshold);
                            // value: security + transaction
  kOverridesModel = 6,      // a rule blocked what the model calls security or transaction;
                            // value: the model's probability for it
  kFlood = 7,               // too many messages from the sender (value: how many)
  kFeedback = 8,            // the user's feedback shifted the model (value: logit shift
                            // towards marketing and fraud)
  kCode = 9,                // the message carries a verification code
  kOfficialSender = 10,     // sent from a number the registry lists for the organisation
                            // (Decision::organization)
  kOfficialLink = 11,       // every link goes to a domain of an organisation it names
  kSuspiciousContact = 12,  // it names an organisation but gives a number, link or QQ/WeChat
                            // id the registry doesn't list for it: never allowed by the
                            // model alone
};

inline constexpr std::size_t kReasonKindCount = 13;

inline constexpr std::array<std::string_view, kReasonKindCount> kReasonKindNames = {
    "rule",
    "allow_listed",
    "phishing",
    "model",
    "unsure",
    "protected",
    "overrides_model",
    "flood",
    "feedback",
    "code",
    "official_sender",
    "official_link",
    "suspicious_contact",
};

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
  // The registry organisation the message comes from (its official sender) or else the
  // first it names, and its kind; empty and nullopt when none. A name alone proves
  // nothing: the kOfficialSender, kOfficialLink and kSuspiciousContact reasons say more.
  std::string organization;
  std::optional<OrganizationKind> organization_kind;

  bool has_reason(ReasonKind kind) const;
};

// One line for logs: action, category, confidence and reasons; never the code.
std::string describe(const Decision& decision);

}  // namespace smsfilter

#endif  // SMSFILTER_DECISION_H_
