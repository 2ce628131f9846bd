// Phrases of a request found in normalised text, other than where the text warns against
// them (analysis/warnings.h), and texts that describe a scam rather than attempt it: the
// checks of scam_requests.h and impersonation.h read requests this way, for every message
// the policy decides on.
#ifndef SMSFILTER_LIB_POLICY_ASKED_FOR_H_
#define SMSFILTER_LIB_POLICY_ASKED_FOR_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "analysis/warnings.h"
#include "common/phrase_set.h"

namespace smsfilter::internal {

// Whether `text` has one of `phrases`, followed by one of `next` if any are given, other
// than in a warning against it.
template <std::size_t N, std::size_t M = 0>
bool asked_for_any(std::u32string_view text, const PhraseSet<N>& phrases,
                   const std::array<std::u32string_view, M>& next = {}) {
  return phrases.any_place(text, [&](const PhraseMatch& match) {
    if (M == 0) return !warned_against(text, match.at, match.end());
    return std::any_of(next.begin(), next.end(), [&](std::u32string_view word) {
      return text.substr(match.end(), word.size()) == word &&
             !warned_against(text, match.at, match.end() + word.size());
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
