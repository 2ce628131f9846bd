// What the policy decided for one message, and why.
#ifndef SMSFILTER_DECISION_H_
#define SMSFILTER_DECISION_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "smsfilter/action.h"
#include "smsfilter/category.h"
#include "smsfilter/enum_names.h"
#include "smsfilter/reason.h"
#include "smsfilter/registry.h"
#include "smsfilter/result.h"
#include "smsfilter/verification_code.h"

namespace smsfilter {

// Where a transaction or a promotion belongs (Apple's Transactions and Promotions folders
// sort them so), from the registry organisation's kind and the message's signals. Values,
// names and meanings: SMSF_SUB_KIND in smsfilter/enums.def.
enum class SubKind : unsigned char {
#define SMSF_SUB_KIND(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kSubKindNames = enum_names({
#define SMSF_SUB_KIND(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kSubKindCount = kSubKindNames.size();

constexpr std::string_view sub_kind_name(SubKind k) { return kSubKindNames[static_cast<std::size_t>(k)]; }

constexpr std::optional<SubKind> sub_kind_from_name(std::string_view name) {
  return enum_from_name<SubKind>(kSubKindNames, name);
}

constexpr bool is_transactional(SubKind k) {
  return k >= SubKind::kTransactionalOthers && k <= SubKind::kTransactionalPublicServices;
}
constexpr bool is_promotional(SubKind k) { return k >= SubKind::kPromotionalOthers; }

// A caller that reuses one Decision for message after message (decide() writes into it)
// makes the policy allocate no heap memory once warm.
struct Decision {
  Action action = Action::kNone;
  // The model's view after the user's feedback overlay.
  Category category = Category::kPersonal;
  float confidence = 0;
  bool unsure = false;
  std::array<float, kCategoryCount> probabilities{};
  // The folder of a transaction, security message or promotion; kNone for the others, when
  // unsure, and for a transaction or security message flagged as phishing or with a
  // suspicious contact: such a message is never filed as a transaction.
  SubKind sub_kind = SubKind::kNone;
  Reasons reasons;
  // A message that is not blocked: its code, if one is found and the policy found no scam
  // request or phishing in it (kScamRequest, kPhishing: the code is the bait).
  std::optional<VerificationCode> code;
  // The registry organisation the message comes from (its official sender) or else the
  // first it names — its id, pointing into the Policy's registry (valid while the Policy
  // lives), and its kind; empty and nullopt when none. A name alone proves nothing: the
  // kOfficialSender, kOfficialLink and kSuspiciousContact reasons say more.
  std::string_view organization;
  std::optional<OrganizationKind> organization_kind;

  bool has_reason(ReasonKind kind) const;
};

// One line for logs, e.g. "mute (fraud 0.93, unsure): model, code, protected": action,
// category, confidence, sub-kind and the reasons' kinds. Nothing the message says — no
// text, code, host, organisation or rule id — so it is safe to log.
std::string describe(const Decision& decision);
// The same into `out`, reusing its capacity.
void describe(const Decision& decision, std::string* out);

// Why the model chose its category, for a person who asks: the category, its probability
// and the features that weighed most, e.g. "marketing 0.97: w:贷款 +1.32, c2:退订 +0.85".
// The features are pieces of the message's text (words, character n-grams): show it to the
// message's owner, never log it. Independent of any decision: classify the message to get
// the Result.
std::string explain(const Result& result);

}  // namespace smsfilter

#endif  // SMSFILTER_DECISION_H_
