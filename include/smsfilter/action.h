// What the phone does with a message: the policy's answer.
#ifndef SMSFILTER_ACTION_H_
#define SMSFILTER_ACTION_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "smsfilter/enum_names.h"

namespace smsfilter {

// Ordered from least to most severe. Values, names and meanings: SMSF_ACTION in
// smsfilter/enums.def.
enum class Action : unsigned char {
#define SMSF_ACTION(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kActionNames = enum_names({
#define SMSF_ACTION(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kActionCount = kActionNames.size();

constexpr std::string_view action_name(Action a) {
  return kActionNames[static_cast<std::size_t>(a)];
}

constexpr std::optional<Action> action_from_name(std::string_view name) {
  return enum_from_name<Action>(kActionNames, name);
}

}  // namespace smsfilter

#endif  // SMSFILTER_ACTION_H_
