#include "policy/pattern_matcher.h"

#include <algorithm>

namespace smsfilter::internal {
namespace {

constexpr std::size_t kWordBits = 64;

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

void set_bit(std::vector<std::uint64_t>& bits, std::size_t offset, std::size_t position) {
  bits[offset + position / kWordBits] |= std::uint64_t{1} << (position % kWordBits);
}

using Kind = PatternElement::Kind;

}  // namespace

std::size_t pattern_positions(const Pattern& pattern) {
  return static_cast<std::size_t>(std::count_if(
      pattern.begin(), pattern.end(), [](const PatternElement& e) { return e.kind != Kind::kGap; }));
}

PatternMatcher::PatternMatcher(const std::vector<Pattern>& patterns)
    : pattern_count_(patterns.size()) {
  std::size_t positions = 0;
  for (const Pattern& pattern : patterns) {
    positions += pattern_positions(pattern);
    for (const PatternElement& e : pattern)
      if (e.kind == Kind::kChar) chars_.push_back(e.c);
  }
  std::sort(chars_.begin(), chars_.end());
  chars_.erase(std::unique(chars_.begin(), chars_.end()), chars_.end());

  words_ = (positions + kWordBits - 1) / kWordBits;
  starts_.assign(words_, 0);
  finals_.assign(words_, 0);
  loops_.assign(words_, 0);
  any_mask_.assign(words_, 0);
  digit_mask_.assign(words_, 0);
  char_masks_.assign(chars_.size() * words_, 0);
  owner_.assign(words_ * kWordBits, 0);

  std::size_t next = 0;
  for (std::size_t p = 0; p < patterns.size(); ++p) {
    const std::size_t first = next;
    for (const PatternElement& e : patterns[p]) {
      if (e.kind == Kind::kGap) {
        // A gap before the first position adds nothing to an unanchored search.
        if (next > first) set_bit(loops_, 0, next - 1);
        continue;
      }
      owner_[next] = static_cast<std::uint32_t>(p);
      switch (e.kind) {
        case Kind::kChar: {
          const auto k = static_cast<std::size_t>(
              std::lower_bound(chars_.begin(), chars_.end(), e.c) - chars_.begin());
          set_bit(char_masks_, k * words_, next);
          break;
        }
        case Kind::kDigit: set_bit(digit_mask_, 0, next); break;
        case Kind::kAny: set_bit(any_mask_, 0, next); break;
        case Kind::kGap: break;
      }
      ++next;
    }
    if (next == first) continue;
    set_bit(starts_, 0, first);
    set_bit(finals_, 0, next - 1);
    // A trailing gap would loop on the final position: it matches already.
    loops_[(next - 1) / kWordBits] &= ~(std::uint64_t{1} << ((next - 1) % kWordBits));
  }
  // Every character also takes the wildcard positions; digits take the digit positions.
  for (std::size_t w = 0; w < words_; ++w) digit_mask_[w] |= any_mask_[w];
  for (std::size_t k = 0; k < chars_.size(); ++k) {
    const std::vector<std::uint64_t>& extra = is_digit(chars_[k]) ? digit_mask_ : any_mask_;
    for (std::size_t w = 0; w < words_; ++w) char_masks_[k * words_ + w] |= extra[w];
  }
}

const std::uint64_t* PatternMatcher::mask_for(char32_t c) const {
  const auto it = std::lower_bound(chars_.begin(), chars_.end(), c);
  if (it != chars_.end() && *it == c)
    return char_masks_.data() + static_cast<std::size_t>(it - chars_.begin()) * words_;
  return is_digit(c) ? digit_mask_.data() : any_mask_.data();
}

void PatternMatcher::match(std::u32string_view text, std::vector<bool>* matched,
                           std::vector<std::uint64_t>* state_scratch) const {
  matched->assign(pattern_count_, false);
  if (pattern_count_ == 0) return;
  std::vector<std::uint64_t>& state = *state_scratch;
  state.assign(words_, 0);
  for (char32_t c : text) {
    const std::uint64_t* mask = mask_for(c);
    std::uint64_t carry = 0;
    for (std::size_t w = 0; w < words_; ++w) {
      const std::uint64_t active = state[w];
      const std::uint64_t advanced = (active << 1) | carry | starts_[w];
      carry = active >> (kWordBits - 1);
      state[w] = (advanced & mask[w]) | (active & loops_[w]);
      for (std::uint64_t hits = state[w] & finals_[w]; hits != 0; hits &= hits - 1) {
        const auto bit = static_cast<std::size_t>(__builtin_ctzll(hits));
        (*matched)[owner_[w * kWordBits + bit]] = true;
      }
    }
  }
}

}  // namespace smsfilter::internal
