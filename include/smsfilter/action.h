// What the phone does with a message: the policy's answer.
#ifndef SMSFILTER_ACTION_H_
#define SMSFILTER_ACTION_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "smsfilter/enum_names.h"

namespace smsfilter {

// Ordered from least to most severe. Values are stable: the C API and the bindings expose
// them as numbers.
enum class Action : unsigned char {
  kNone = 0,   // no opinion (the classifier is unsure): the host's default applies
  kAllow = 1,  // deliver normally, with a notification
  kMute = 2,   // deliver silently, or to a filtered folder
  kBlock = 3,  // keep out of the inbox (junk or blocked folder)
};

inline constexpr std::size_t kActionCount = 4;

inline constexpr std::array<std::string_view, kActionCount> kActionNames = {"none", "allow", "mute",
                                                                           "block"};

constexpr std::string_view action_name(Action a) {
  return kActionNames[static_cast<std::size_t>(a)];
}

constexpr std::optional<Action> action_from_name(std::string_view name) {
  return enum_from_name<Action>(kActionNames, name);
}

}  // namespace smsfilter

#endif  // SMSFILTER_ACTION_H_
