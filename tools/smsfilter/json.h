// Minimal JSON string escaping for the CLI's --json output.
#ifndef SMSFILTER_TOOLS_JSON_H_
#define SMSFILTER_TOOLS_JSON_H_

#include <string>
#include <string_view>

#include <fmt/core.h>

namespace smsfilter::cli {

inline std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", c);
        else out.push_back(c);
    }
  }
  return out + "\"";
}

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_JSON_H_
