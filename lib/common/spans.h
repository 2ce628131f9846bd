// Spans of normalised text grown to the nearest clause or sentence end (characters.h):
// the reach of a negation, the sentence that names a document.
#ifndef SMSFILTER_LIB_COMMON_SPANS_H_
#define SMSFILTER_LIB_COMMON_SPANS_H_

#include <cstddef>
#include <string_view>

namespace smsfilter::internal {

// Where a span that ends at `end` starts when grown back to just after a character for
// which `stops` holds, by `reach` characters at most.
template <typename Stops>
std::size_t grow_back(std::u32string_view text, std::size_t end, Stops stops,
                      std::size_t reach = std::u32string_view::npos) {
  std::size_t begin = end;
  while (begin > 0 && end - begin < reach && !stops(text[begin - 1])) --begin;
  return begin;
}

// The text that ends at `end`, from just after a character for which `stops` holds, `reach`
// characters at most: the clause or sentence before a phrase.
template <typename Stops>
std::u32string_view span_back(std::u32string_view text, std::size_t end, Stops stops,
                              std::size_t reach = std::u32string_view::npos) {
  const std::size_t begin = grow_back(text, end, stops, reach);
  return text.substr(begin, end - begin);
}

// Where a span that starts at `begin` ends when grown up to a character for which `stops`
// holds, by `reach` characters at most.
template <typename Stops>
std::size_t grow_forward(std::u32string_view text, std::size_t begin, Stops stops,
                         std::size_t reach = std::u32string_view::npos) {
  std::size_t end = begin;
  while (end < text.size() && end - begin < reach && !stops(text[end])) ++end;
  return end;
}

// The text from `begin` up to a character for which `stops` holds, `reach` characters at
// most: the rest of the clause or sentence after a phrase.
template <typename Stops>
std::u32string_view span_forward(std::u32string_view text, std::size_t begin, Stops stops,
                                 std::size_t reach = std::u32string_view::npos) {
  return text.substr(begin, grow_forward(text, begin, stops, reach) - begin);
}

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_SPANS_H_
