// The user's receive preferences as plain data: the host edits a PolicyConfig (or its
// text form, see docs/integration.md), persists it, and compiles it into a Policy.
#ifndef SMSFILTER_POLICY_CONFIG_H_
#define SMSFILTER_POLICY_CONFIG_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/action.h"
#include "smsfilter/category.h"
#include "smsfilter/enum_names.h"
#include "smsfilter/status.h"

namespace smsfilter {

enum class RuleKind : unsigned char {
  kSender = 0,     // the sender number, exactly (+86 and separators ignored)
  kPrefix = 1,     // the sender number starts with the value, e.g. 106 or 95
  kSignature = 2,  // the message is signed 【value】 at its start or end
  kKeyword = 3,    // the normalised text contains the value
  kPattern = 4,    // the normalised text matches the value: # a digit, ? any character,
                   // * any run of characters, \ takes the next character literally
};

inline constexpr std::size_t kRuleKindCount = 5;

inline constexpr std::array<std::string_view, kRuleKindCount> kRuleKindNames = {
    "sender", "prefix", "signature", "keyword", "pattern"};

constexpr std::string_view rule_kind_name(RuleKind k) {
  return kRuleKindNames[static_cast<std::size_t>(k)];
}

constexpr std::optional<RuleKind> rule_kind_from_name(std::string_view name) {
  return enum_from_name<RuleKind>(kRuleKindNames, name);
}

constexpr bool is_sender_rule(RuleKind k) { return k <= RuleKind::kSignature; }

struct Rule {
  RuleKind kind = RuleKind::kKeyword;
  std::string value;
  Action action = Action::kBlock;  // allow, mute or block
  // Of all matching rules the one with the highest priority decides; among equal
  // priorities, the one listed first.
  int priority = 0;
  // Named in the decision's reasons. Empty: "<kind>:<value>".
  std::string id;
  // Set: the rule matches only a message the model reads as this category, sure of it
  // (mute pattern 贷款*利息 category=marketing mutes loan ads, not the loan scams the
  // model blocks).
  std::optional<Category> category;

  std::string effective_id() const;
  bool operator==(const Rule&) const;
};

// Messages of one category from one sender beyond these counts are muted. 0: no limit.
struct FloodLimit {
  std::uint32_t per_day = 0;   // in the 24 hours up to the message
  std::uint32_t per_hour = 0;  // in the 60 minutes up to the message

  bool enabled() const { return per_day > 0 || per_hour > 0; }
  bool operator==(const FloodLimit&) const;
};

// Where iOS files a message the policy allows (docs/integration.md, "Apple"); Android's
// delivery reads the action alone.
enum class AppleAllowed : unsigned char {
  kInbox = 0,    // .allow: in the inbox, with a notification
  kFolders = 1,  // a transaction or promotion in its folder with its sub-action, as a muted
                 // one; a message with a verification code, and any without a sub-kind,
                 // stays in the inbox
};

inline constexpr std::size_t kAppleAllowedCount = 2;

inline constexpr std::array<std::string_view, kAppleAllowedCount> kAppleAllowedNames = {"inbox", "folders"};

inline constexpr std::uint32_t kMaxFloodLimit = 32;
inline constexpr std::size_t kMaxRules = 2000;
inline constexpr std::size_t kMaxTrustedDomains = 1000;

struct PolicyConfig {
  // What the model's category alone leads to. Security and transaction can't be blocked
  // by category: only a rule can block them.
  std::array<Action, kCategoryCount> category_actions = {
      Action::kAllow, Action::kAllow, Action::kAllow, Action::kMute, Action::kBlock};
  // When the model would block a message but gives security and transaction together at
  // least this probability, it only mutes it.
  float protect_threshold = 0.3f;
  // The model alone blocks only at this probability or more; below it, a block is a mute
  // (reason kDoubtful). At 0.5 to 0.7 the model's fraud is often a person's chat about
  // money or work, and a message blocked is one the user never sees.
  float block_confidence = 0.7f;
  // Block a message with a link to an untrusted host that asks for card numbers,
  // passwords, ID or re-verification, or one that makes a request only scams make
  // (money moved to a "safe account", the screen shared) without warning against it,
  // whatever the model says (see docs/integration.md).
  bool phishing_override = true;
  // Mute rather than block what the model alone would block when it only announces a new
  // or borrowed number, asking for nothing yet (reason kNewNumber). A relative who changed
  // numbers writes so, and so does a scam's opener, which wants the number saved as the
  // relative's: blocked by default.
  bool mute_new_numbers = false;
  // Hosts (and their subdomains) whose links never count as phishing, e.g. "95516.com".
  std::vector<std::string> trusted_domains;
  std::array<FloodLimit, kCategoryCount> flood_limits = {
      FloodLimit{}, FloodLimit{}, FloodLimit{}, FloodLimit{5, 2}, FloodLimit{}};
  std::vector<Rule> rules;
  AppleAllowed apple_allowed = AppleAllowed::kFolders;

  Action category_action(Category c) const {
    return category_actions[static_cast<std::size_t>(c)];
  }
  const FloodLimit& flood_limit(Category c) const {
    return flood_limits[static_cast<std::size_t>(c)];
  }
  bool operator==(const PolicyConfig&) const;
};

// Reads the text form (docs/integration.md, "Policy file"). Errors name the line; the
// config is only written on success.
Status parse_policy_config(std::string_view text, PolicyConfig* config);

// The text form, every setting spelled out; parse_policy_config() reads it back equal.
std::string format_policy_config(const PolicyConfig& config);

}  // namespace smsfilter

#endif  // SMSFILTER_POLICY_CONFIG_H_
