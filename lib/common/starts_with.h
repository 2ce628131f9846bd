// Whether a text starts with one of a fixed list of words, or ends with a word: the labels
// and suffixes the message analysis and the policy look for right after or before a
// number or a word.
#ifndef SMSFILTER_LIB_COMMON_STARTS_WITH_H_
#define SMSFILTER_LIB_COMMON_STARTS_WITH_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace smsfilter::internal {

template <std::size_t N>
bool starts_with_any(std::u32string_view text, const std::array<std::u32string_view, N>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::u32string_view prefix) { return text.substr(0, prefix.size()) == prefix; });
}

inline bool ends_with(std::u32string_view text, std::u32string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_STARTS_WITH_H_
