// Finds which of a set of keyword patterns occur in a text, in one left-to-right pass.
//
// A bit-parallel simulation of the patterns' position automaton (Shift-And, with a
// self-loop for each gap): every text character costs the same few word operations per
// 64 pattern positions, whatever the patterns and the text. Nothing backtracks, so no
// pattern or message can make matching slow.
#ifndef SMSFILTER_LIB_POLICY_PATTERN_MATCHER_H_
#define SMSFILTER_LIB_POLICY_PATTERN_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace smsfilter::internal {

struct PatternElement {
  enum class Kind : unsigned char {
    kChar,   // the code point `c`
    kDigit,  // any ASCII digit
    kAny,    // any one code point
    kGap,    // any run of code points, possibly empty
  };
  Kind kind = Kind::kChar;
  char32_t c = 0;
};

using Pattern = std::vector<PatternElement>;

// Positions a pattern occupies in the automaton: its elements other than gaps.
std::size_t pattern_positions(const Pattern& pattern);

class PatternMatcher {
 public:
  PatternMatcher() = default;
  // Each pattern needs at least one element that is not a gap.
  explicit PatternMatcher(const std::vector<Pattern>& patterns);

  // Resizes `matched` to the pattern count and sets matched[i] when pattern i occurs.
  // `state` is scratch; both reuse their capacity.
  void match(std::u32string_view text, std::vector<bool>* matched, std::vector<std::uint64_t>* state) const;

 private:
  const std::uint64_t* mask_for(char32_t c) const;

  std::size_t pattern_count_ = 0;
  std::size_t words_ = 0;  // 64-bit words per state
  std::vector<std::uint64_t> starts_;  // first position of each pattern
  std::vector<std::uint64_t> finals_;  // last position of each pattern
  std::vector<std::uint64_t> loops_;   // positions followed by a gap
  std::vector<std::uint64_t> any_mask_;    // positions any character may take
  std::vector<std::uint64_t> digit_mask_;  // positions any digit may take
  std::vector<char32_t> chars_;            // sorted characters named by patterns
  std::vector<std::uint64_t> char_masks_;  // positions each of chars_ may take
  std::vector<std::uint32_t> owner_;       // pattern of each position
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_PATTERN_MATCHER_H_
