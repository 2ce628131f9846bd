// Text the CLI prints: JSON strings for --json and message text for the terminal. Both
// are valid UTF-8 whatever the input (invalid sequences read as U+FFFD) and show control
// characters escaped, so a message can't break the JSON or drive the terminal.
#ifndef SMSFILTER_TOOLS_JSON_H_
#define SMSFILTER_TOOLS_JSON_H_

#include <string>
#include <string_view>

#include <fmt/core.h>

#include "common/utf.h"

namespace smsfilter::cli {

inline bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = internal::next_utf8(s, &i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (is_control(c)) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else internal::append_utf8(c, &out);
    }
  }
  return out + "\"";
}

// `s` for a terminal line: control characters (tab and newline included) as \xNN.
inline std::string terminal_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = internal::next_utf8(s, &i);
    if (is_control(c)) out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    else internal::append_utf8(c, &out);
  }
  return out;
}

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_JSON_H_
