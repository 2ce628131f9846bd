// A fixed list of phrases, found in one pass over a text: the intents' phrase lists, the
// policy's lists of requests and claims, the negations of a warning.
#ifndef SMSFILTER_LIB_COMMON_PHRASE_SET_H_
#define SMSFILTER_LIB_COMMON_PHRASE_SET_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace smsfilter::internal {

// A place where a text has one of the phrases: the phrase is the `index`th of the list.
struct PhraseMatch {
  std::size_t at;
  std::size_t index;
  std::u32string_view phrase;

  std::size_t end() const { return at + phrase.size(); }
};

// The phrases are kept in order of first character, and a 4096-bit set of first characters
// (by their low twelve bits) sends most characters of a message past with one bit test: a
// list of a few phrases starts with a few characters, the intents' 182 with 122.
template <std::size_t N>
class PhraseSet {
  static_assert(N > 0 && N <= UINT16_MAX, "a phrase's index is kept in 16 bits");

 public:
  constexpr PhraseSet(const std::array<std::u32string_view, N>& phrases) {
    for (std::size_t i = 0; i < N; ++i) {
      const char32_t first = phrases[i].front();
      first_chars_[(first >> 6) % kFilterWords] |= std::uint64_t{1} << (first & 63);
      std::size_t j = i;
      for (; j > 0 && first_[j - 1] > first; --j) {
        sorted_[j] = sorted_[j - 1];
        first_[j] = first_[j - 1];
        index_[j] = index_[j - 1];
      }
      sorted_[j] = phrases[i];
      first_[j] = first;
      index_[j] = static_cast<std::uint16_t>(i);
    }
  }

  // Whether `accept(match)` holds for a place where `text` has one of the phrases, the
  // places tried in text order.
  template <typename Accept>
  bool any_place(std::u32string_view text, Accept accept) const {
    for (std::size_t at = 0; at < text.size(); ++at) {
      const char32_t c = text[at];
      if ((first_chars_[(c >> 6) % kFilterWords] >> (c & 63) & 1) == 0) continue;
      for (std::size_t k = first_starting_with(c); k < N && first_[k] == c; ++k) {
        if (text.compare(at, sorted_[k].size(), sorted_[k]) == 0 && accept(PhraseMatch{at, index_[k], sorted_[k]}))
          return true;
      }
    }
    return false;
  }

  bool found_in(std::u32string_view text) const {
    return any_place(text, [](const PhraseMatch&) { return true; });
  }

 private:
  static constexpr std::size_t kFilterWords = 64;

  // The first place in sorted_ whose phrase starts with `c` or a later character.
  std::size_t first_starting_with(char32_t c) const {
    return static_cast<std::size_t>(std::lower_bound(first_.begin(), first_.end(), c) - first_.begin());
  }

  std::array<std::u32string_view, N> sorted_{};  // stably, by first character
  std::array<char32_t, N> first_{};              // their first characters
  std::array<std::uint16_t, N> index_{};         // where each is in the list given
  std::array<std::uint64_t, kFilterWords> first_chars_{};
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_PHRASE_SET_H_
