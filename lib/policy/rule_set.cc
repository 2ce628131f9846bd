#include "policy/rule_set.h"

#include <algorithm>

#include "common/utf.h"
#include "policy/error_quote.h"
#include "analysis/literal_normalizer.h"

namespace smsfilter::internal {
namespace {

using Kind = PatternElement::Kind;

Status invalid(const Rule& rule, std::string_view problem) {
  return Status(StatusCode::kInvalidArgument,
                "rule " + error_quote(rule.effective_id()) + ": " + std::string(problem));
}

// Pattern syntax: # a digit, ? any character, * any run, \ quotes the next character.
// Literal runs between the operators are normalised like messages.
Status compile_pattern(const Rule& rule, LiteralNormalizer* normalizer, Pattern* pattern) {
  std::string literal;
  std::u32string normalized;
  const auto flush = [&]() -> Status {
    if (literal.empty()) return {};
    Status status = normalizer->normalize(literal, &normalized);
    if (!status.ok()) return status;
    for (char32_t c : normalized) pattern->push_back({Kind::kChar, c});
    literal.clear();
    return {};
  };
  const bool operators = rule.kind == RuleKind::kPattern;
  for (std::size_t i = 0; i < rule.value.size(); ++i) {
    const char c = rule.value[i];
    if (!operators || (c != '#' && c != '?' && c != '*' && c != '\\')) {
      literal.push_back(c);
      continue;
    }
    if (c == '\\') {
      if (++i == rule.value.size()) return invalid(rule, "pattern ends with \\");
      // Keep the quoted character and any UTF-8 continuation bytes with it.
      literal.push_back(rule.value[i]);
      while (i + 1 < rule.value.size() && (static_cast<unsigned char>(rule.value[i + 1]) & 0xC0) == 0x80)
        literal.push_back(rule.value[++i]);
      continue;
    }
    if (Status status = flush(); !status.ok()) return status;
    const Kind kind = c == '#' ? Kind::kDigit : c == '?' ? Kind::kAny : Kind::kGap;
    if (kind != Kind::kGap || pattern->empty() || pattern->back().kind != Kind::kGap)
      pattern->push_back({kind, 0});
  }
  if (Status status = flush(); !status.ok()) return status;
  if (pattern_positions(*pattern) == 0) return invalid(rule, "matches nothing once normalised");
  return {};
}

std::string_view without_brackets(std::string_view signature) {
  for (std::string_view open : {"【", "["})
    if (signature.substr(0, open.size()) == open) signature.remove_prefix(open.size());
  for (std::string_view close : {"】", "]"})
    if (signature.size() >= close.size() && signature.substr(signature.size() - close.size()) == close)
      signature.remove_suffix(close.size());
  return signature;
}

}  // namespace

Status RuleSet::compile(const std::vector<Rule>& rules, RuleSet* out) {
  RuleSet set;
  set.rules_ = rules;
  LiteralNormalizer normalizer;
  std::u32string visible;
  std::vector<Pattern> patterns;
  std::size_t positions = 0;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    if (rule.action == Action::kNone) return invalid(rule, "action must be allow, mute or block");
    switch (rule.kind) {
      case RuleKind::kSender:
      case RuleKind::kPrefix: {
        std::string sender(normalize_sender(rule.value, &visible).view());
        if (sender.empty()) return invalid(rule, "no sender");
        if (rule.kind == RuleKind::kSender) {
          set.senders_.emplace_back(std::move(sender), i);
        } else {
          set.longest_prefix_ = std::max(set.longest_prefix_, sender.size());
          set.prefixes_.emplace_back(std::move(sender), i);
        }
        break;
      }
      case RuleKind::kSignature: {
        std::u32string name;
        if (Status status = normalizer.normalize(without_brackets(rule.value), &name); !status.ok())
          return status;
        if (name.empty()) return invalid(rule, "no signature");
        set.signatures_.emplace_back(encode_utf8(name), i);
        break;
      }
      case RuleKind::kKeyword:
      case RuleKind::kPattern: {
        Pattern pattern;
        if (Status status = compile_pattern(rule, &normalizer, &pattern); !status.ok()) return status;
        positions += pattern_positions(pattern);
        if (positions > kMaxPatternPositions) {
          return invalid(rule, "keywords and patterns exceed " + std::to_string(kMaxPatternPositions) +
                                   " characters in all");
        }
        patterns.push_back(std::move(pattern));
        set.pattern_rules_.push_back(i);
        break;
      }
    }
  }
  for (Table* table : {&set.senders_, &set.prefixes_, &set.signatures_})
    std::sort(table->begin(), table->end());
  set.matcher_ = PatternMatcher(patterns);
  *out = std::move(set);
  return {};
}

RuleSet::Match RuleSet::match(std::string_view sender, const MessageAnalysis& analysis,
                              std::optional<Category> category, Scratch* scratch) const {
  Match result;
  // Head and tail may name the same signature: considering a rule twice is harmless.
  const auto consider = [&](std::size_t i) {
    const Rule& rule = rules_[i];
    if (rule.category && rule.category != category) return;
    if (!result.winner || rule.priority > rules_[*result.winner].priority ||
        (rule.priority == rules_[*result.winner].priority && i < *result.winner)) {
      result.winner = i;
    }
    if (is_sender_rule(rule.kind) && rule.action == Action::kAllow &&
        (!result.allow_listed || i < *result.allow_listed)) {
      result.allow_listed = i;
    }
  };
  const auto consider_matches = [&](const Table& table, std::string_view value) {
    const auto less = [](const Table::value_type& entry, std::string_view v) { return entry.first < v; };
    for (auto it = std::lower_bound(table.begin(), table.end(), value, less);
         it != table.end() && it->first == value; ++it) {
      consider(it->second);
    }
  };
  if (!sender.empty()) {
    consider_matches(senders_, sender);
    for (std::size_t length = 1; length <= std::min(sender.size(), longest_prefix_); ++length)
      consider_matches(prefixes_, sender.substr(0, length));
  }
  for (Span signature : {analysis.head_signature(), analysis.tail_signature()}) {
    if (!signature.empty() && !signatures_.empty())
      consider_matches(signatures_, analysis.signature_text(signature).view());
  }
  matcher_.match(analysis.text(), &scratch->matched, &scratch->matcher_state);
  for (std::size_t k = 0; k < scratch->matched.size(); ++k)
    if (scratch->matched[k]) consider(pattern_rules_[k]);
  return result;
}

}  // namespace smsfilter::internal
