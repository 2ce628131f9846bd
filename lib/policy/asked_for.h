// Phrases of a request found in normalised text, other than where the text warns against
// them (analysis/warnings.h), and texts that describe a scam rather than attempt it: the
// checks of scam_requests.h and impersonation.h read requests this way, for every message
// the policy decides on.
#ifndef SMSFILTER_LIB_POLICY_ASKED_FOR_H_
#define SMSFILTER_LIB_POLICY_ASKED_FOR_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/warnings.h"

namespace smsfilter::internal {

// A fixed list of phrases, looked for in one pass over a text: a character is compared
// with the phrases only when the set of their first characters (by the low six bits) may
// hold it, which most characters of a message don't.
template <std::size_t N>
class PhraseSet {
 public:
  constexpr PhraseSet(const std::array<std::u32string_view, N>& phrases) : phrases_(phrases) {
    for (std::u32string_view phrase : phrases) first_chars_ |= std::uint64_t{1} << (phrase.front() & 63);
  }

  // Whether `accept(at, phrase)` holds for a place `at` where `text` has one of the phrases.
  template <typename Accept>
  bool any_place(std::u32string_view text, Accept accept) const {
    for (std::size_t at = 0; at < text.size(); ++at) {
      if ((first_chars_ >> (text[at] & 63) & 1) == 0) continue;
      for (std::u32string_view phrase : phrases_) {
        if (phrase.front() == text[at] && text.compare(at, phrase.size(), phrase) == 0 && accept(at, phrase))
          return true;
      }
    }
    return false;
  }

  bool found_in(std::u32string_view text) const {
    return any_place(text, [](std::size_t, std::u32string_view) { return true; });
  }

 private:
  std::array<std::u32string_view, N> phrases_;
  std::uint64_t first_chars_ = 0;
};

// Whether `text` has one of `phrases`, followed by one of `next` if any are given, other
// than in a warning against it.
template <std::size_t N, std::size_t M = 0>
bool asked_for_any(std::u32string_view text, const PhraseSet<N>& phrases,
                   const std::array<std::u32string_view, M>& next = {}) {
  return phrases.any_place(text, [&](std::size_t at, std::u32string_view phrase) {
    const std::size_t after = at + phrase.size();
    if (M == 0) return !warned_against(text, at, after);
    return std::any_of(next.begin(), next.end(), [&](std::u32string_view word) {
      return text.substr(after, word.size()) == word && !warned_against(text, at, after + word.size());
    });
  });
}

// Whether `text` describes a scam rather than attempts it: it speaks of impersonation
// (冒充, 假冒, 声称), of scammers (骗子, 骗徒) or of the fight against them (反诈, 防骗), or
// disowns a message (别信, 有人用我的名义借钱都不是我). Scams themselves say 涉嫌诈骗, so
// 诈骗 alone is no sign.
bool describes_scam(std::u32string_view text);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_ASKED_FOR_H_
