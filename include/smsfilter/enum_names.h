// Looking up an enum whose values are the indices of a table of names.
#ifndef SMSFILTER_ENUM_NAMES_H_
#define SMSFILTER_ENUM_NAMES_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace smsfilter {

template <typename Enum, std::size_t kCount>
constexpr std::optional<Enum> enum_from_name(const std::array<std::string_view, kCount>& names,
                                             std::string_view name) {
  for (std::size_t i = 0; i < kCount; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace smsfilter

#endif  // SMSFILTER_ENUM_NAMES_H_
