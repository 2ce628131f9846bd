#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/utf.h"
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
  std::vector<std::uint64_t> state;
  PatternMatcher(patterns).match(text, &matched, &state);
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

// The reference: does `p` match `text` at `at`, by plain recursion (fine for tiny cases).
bool matches_at(const Pattern& p, std::size_t k, std::u32string_view text, std::size_t at) {
  if (k == p.size()) return true;
  const PatternElement& e = p[k];
  if (e.kind == Kind::kGap) {
    for (std::size_t skip = at; skip <= text.size(); ++skip)
      if (matches_at(p, k + 1, text, skip)) return true;
    return false;
  }
  if (at == text.size()) return false;
  const char32_t c = text[at];
  const bool ok = e.kind == Kind::kAny || (e.kind == Kind::kDigit && c >= '0' && c <= '9') ||
                  (e.kind == Kind::kChar && c == e.c);
  return ok && matches_at(p, k + 1, text, at + 1);
}

TEST_CASE("the automaton agrees with a plain search on random patterns and texts", "[policy][pattern]") {
  // A small alphabet makes overlaps, repeats and near misses common.
  const std::u32string_view alphabet = U"ab1贷";
  std::uint32_t seed = 12345;
  const auto next = [&](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<Pattern> patterns(1 + next(4));
    for (Pattern& p : patterns) {
      while (pattern_positions(p) == 0 || (p.size() < 6 && next(3) != 0)) {
        const std::uint32_t kind = next(8);
        if (kind == 0) p.push_back({Kind::kGap, 0});
        else if (kind == 1) p.push_back({Kind::kAny, 0});
        else if (kind == 2) p.push_back({Kind::kDigit, 0});
        else p.push_back({Kind::kChar, alphabet[next(4)]});
      }
    }
    std::u32string text;
    for (std::uint32_t n = next(12); n > 0; --n) text.push_back(alphabet[next(4)]);
    std::vector<bool> matched;
    std::vector<std::uint64_t> state;
    PatternMatcher(patterns).match(text, &matched, &state);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      bool expected = false;
      for (std::size_t at = 0; at <= text.size() && !expected; ++at) expected = matches_at(patterns[i], 0, text, at);
      INFO("round " << round << ", pattern " << i);
      CHECK(matched[i] == expected);
    }
  }
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
