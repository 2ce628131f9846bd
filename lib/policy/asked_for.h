// Phrases of a request found in a message, other than where it warns against them
// (analysis/warnings.h): the checks of scam_requests.h, impersonation.h and phishing.h read
// requests this way, for every message the policy decides on.
#ifndef SMSFILTER_LIB_POLICY_ASKED_FOR_H_
#define SMSFILTER_LIB_POLICY_ASKED_FOR_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "analysis/message_analysis.h"
#include "analysis/warnings.h"
#include "common/phrase_set.h"

namespace smsfilter::internal {

// Whether the analysis's text has one of `phrases`, followed by one of `next` if any are
// given, other than in a warning against it.
template <std::size_t N, std::size_t M = 0>
bool asked_for_any(const MessageAnalysis& analysis, const PhraseSet<N>& phrases,
                   const std::array<std::u32string_view, M>& next = {}) {
  const std::u32string_view text = analysis.text();
  return phrases.any_place(text, [&](const PhraseMatch& match) {
    if (analysis.warnings().warn_against(match)) return false;
    return M == 0 || std::any_of(next.begin(), next.end(), [&](std::u32string_view word) {
             return text.substr(match.end(), word.size()) == word;
           });
  });
}

// Whether the message's body, its text without the 【signatures】 that open and close it,
// describes a scam (analysis/warnings.h): scams sign as 【反诈中心】 too.
inline bool body_describes_scam(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  const Span head = analysis.head_signature(), tail = analysis.tail_signature();
  const std::size_t begin = head.empty() ? 0 : head.end;
  const std::size_t end = tail.empty() ? text.size() : tail.begin;
  return begin < end && describes_scam(text.substr(begin, end - begin));
}

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_ASKED_FOR_H_
