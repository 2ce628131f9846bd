// The user's rules compiled for matching: sender numbers, prefixes and signatures in
// sorted tables, keywords and patterns in one PatternMatcher over the normalised text.
#ifndef SMSFILTER_LIB_POLICY_RULE_SET_H_
#define SMSFILTER_LIB_POLICY_RULE_SET_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/message_analysis.h"
#include "policy/pattern_matcher.h"
#include "policy/sender.h"
#include "smsfilter/policy_config.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

// Keeps matching time and memory small whatever the configuration.
inline constexpr std::size_t kMaxPatternPositions = 4096;

class RuleSet {
 public:
  // Fails on a value that is empty once normalised, a malformed pattern, a rule action
  // of none, or more than kMaxPatternPositions keyword and pattern characters in all.
  static Status compile(const std::vector<Rule>& rules, RuleSet* out);

  struct Match {
    std::optional<std::size_t> winner;        // the deciding rule's index
    std::optional<std::size_t> allow_listed;  // a matching sender rule that allows
  };
  // What match() reuses from call to call: matching allocates nothing once it has grown.
  struct Scratch {
    std::vector<bool> matched;
    std::vector<std::uint64_t> matcher_state;
  };
  // `sender` as normalize_sender() gives it.
  // `category`: the model's, if it is sure of it; rules for another category don't match.
  Match match(std::string_view sender, const MessageAnalysis& analysis, std::optional<Category> category,
              Scratch* scratch) const;

 private:
  using Table = std::vector<std::pair<std::string, std::size_t>>;  // sorted by value

  std::vector<Rule> rules_;
  Table senders_, prefixes_, signatures_;
  std::size_t longest_prefix_ = 0;
  PatternMatcher matcher_;
  std::vector<std::size_t> pattern_rules_;  // rule index of each matcher pattern
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_RULE_SET_H_
