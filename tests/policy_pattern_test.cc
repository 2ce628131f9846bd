#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "policy/code_points.h"
#include "policy/pattern_matcher.h"

namespace smsfilter::internal {
namespace {

using Kind = PatternElement::Kind;

// Test shorthand: # digit, ? any, * gap, anything else itself.
Pattern pattern(std::u32string_view spec) {
  Pattern p;
  for (char32_t c : spec) {
    if (c == '#') p.push_back({Kind::kDigit, 0});
    else if (c == '?') p.push_back({Kind::kAny, 0});
    else if (c == '*') p.push_back({Kind::kGap, 0});
    else p.push_back({Kind::kChar, c});
  }
  return p;
}

std::vector<bool> match(const std::vector<std::u32string_view>& specs, std::u32string_view text) {
  std::vector<Pattern> patterns;
  for (std::u32string_view spec : specs) patterns.push_back(pattern(spec));
  std::vector<bool> matched;
  PatternMatcher(patterns).match(text, &matched);
  return matched;
}

TEST_CASE("patterns match anywhere in the text", "[policy][pattern]") {
  struct Case {
    std::u32string_view pattern, text;
    bool matches;
  };
  const Case cases[] = {
      {U"退订", U"回复td退订", true},
      {U"退订", U"退款", false},
      {U"尾号####", U"您尾号6621卡", true},
      {U"尾号####", U"您尾号66卡", false},
      {U"贷?秒批", U"贷款秒批", true},
      {U"贷?秒批", U"贷秒批", false},
      {U"贷款*利息", U"贷款额度高，利息低", true},
      {U"贷款*利息", U"贷款利息", true},
      {U"贷款*利息", U"利息贷款", false},
      {U"*加微信*", U"请加微信", true},
      {U"a*b*c", U"xaxxbxxcx", true},
      {U"a*b*c", U"xaxxcxxbx", false},
      {U"##", U"a1b2", false},
      {U"9#", U"99", true},
  };
  for (const Case& c : cases) {
    INFO(encode_utf8(c.pattern) + " in " + encode_utf8(c.text));
    CHECK(match({c.pattern}, c.text) == std::vector<bool>{c.matches});
  }
}

TEST_CASE("many patterns are matched in one pass, across word boundaries", "[policy][pattern]") {
  // 40 patterns of 3 positions: they straddle several 64-bit words.
  std::vector<std::u32string> specs;
  for (char32_t c = U'一'; specs.size() < 40; ++c) specs.push_back({c, '#', c});
  std::vector<std::u32string_view> views(specs.begin(), specs.end());
  std::u32string text = U"前";
  text += specs[3].substr(0, 1) + U"7" + specs[3].substr(0, 1);
  text += specs[38].substr(0, 1) + U"0" + specs[38].substr(0, 1);
  const std::vector<bool> matched = match(views, text);
  for (std::size_t i = 0; i < matched.size(); ++i) CHECK(matched[i] == (i == 3 || i == 38));
}

TEST_CASE("a pathological pattern and message finish quickly", "[policy][pattern]") {
  // A backtracking regex engine takes exponential time on (a*)*b-like patterns against
  // a long run of 'a' without 'b'; the automaton takes one step per character.
  std::u32string spec;
  for (int i = 0; i < 200; ++i) spec += U"a*";
  spec += U"b";
  std::vector<std::u32string> specs(50, spec);
  std::vector<std::u32string_view> views(specs.begin(), specs.end());
  const std::u32string text(100000, U'a');
  const auto start = std::chrono::steady_clock::now();
  const std::vector<bool> matched = match(views, text);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(matched == std::vector<bool>(50, false));
  CHECK(elapsed < std::chrono::seconds(2));
}

}  // namespace
}  // namespace smsfilter::internal
