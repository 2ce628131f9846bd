// The name lists of the enums in smsfilter/enums.def: an enum's values are the indices of
// its names.
#ifndef SMSFILTER_ENUM_NAMES_H_
#define SMSFILTER_ENUM_NAMES_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace smsfilter {

struct EnumName {
  std::size_t value;
  std::string_view name;
};

// Never defined: a list whose values are not 0, 1, 2... in order calls it, and the
// constant evaluation of its names fails to compile.
void enum_values_must_count_from_0_in_list_order();

// The names of a list's entries, each at its value's index.
template <std::size_t kCount>
constexpr std::array<std::string_view, kCount> enum_names(const EnumName (&entries)[kCount]) {
  std::array<std::string_view, kCount> names{};
  for (std::size_t i = 0; i < kCount; ++i) {
    if (entries[i].value != i) enum_values_must_count_from_0_in_list_order();
    names[i] = entries[i].name;
  }
  return names;
}

template <typename Enum, std::size_t kCount>
constexpr std::optional<Enum> enum_from_name(const std::array<std::string_view, kCount>& names,
                                             std::string_view name) {
  for (std::size_t i = 0; i < kCount; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace smsfilter

#endif  // SMSFILTER_ENUM_NAMES_H_
