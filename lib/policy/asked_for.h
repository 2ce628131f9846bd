// Phrases of a request found in normalised text, other than where the text warns against
// them (analysis/warnings.h): the checks of scam_requests.h and impersonation.h read
// requests this way.
#ifndef SMSFILTER_LIB_POLICY_ASKED_FOR_H_
#define SMSFILTER_LIB_POLICY_ASKED_FOR_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "analysis/warnings.h"

namespace smsfilter::internal {

// Whether `accept(at)` holds for any place `at` where `text` has `phrase`.
template <typename Accept>
bool any_place(std::u32string_view text, std::u32string_view phrase, Accept accept) {
  for (std::size_t at = text.find(phrase); at != text.npos; at = text.find(phrase, at + phrase.size())) {
    if (accept(at)) return true;
  }
  return false;
}

// Whether `text` has `phrase`, followed by one of `next` if any are given, other than in a
// warning against it.
template <std::size_t N = 0>
bool asked_for(std::u32string_view text, std::u32string_view phrase,
               const std::array<std::u32string_view, N>& next = {}) {
  return any_place(text, phrase, [&](std::size_t at) {
    const std::size_t after = at + phrase.size();
    if (N == 0) return !warned_against(text, at, after);
    return std::any_of(next.begin(), next.end(), [&](std::u32string_view word) {
      return text.substr(after, word.size()) == word && !warned_against(text, at, after + word.size());
    });
  });
}

// Whether `text` has any of `phrases` (each followed by one of `next` if any are given),
// other than in a warning against it.
template <std::size_t N, std::size_t M = 0>
bool asked_for_any(std::u32string_view text, const std::array<std::u32string_view, N>& phrases,
                   const std::array<std::u32string_view, M>& next = {}) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::u32string_view phrase) { return asked_for(text, phrase, next); });
}

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_ASKED_FOR_H_
