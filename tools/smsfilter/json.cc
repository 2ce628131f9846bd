#include "json.h"

#include <cstdint>

#include <fmt/core.h>
#include <unicode/utf8.h>

namespace smsfilter::cli {
namespace {

// The character at `*i`, advancing `*i` past it. Each maximal ill-formed subsequence
// reads as one U+FFFD, as the library reads messages.
// ICU's U8_NEXT_OR_FFFD assigns ints to its uint8_t temporary.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
char32_t next_utf8(std::string_view s, std::size_t* i) {
  auto index = static_cast<std::int32_t>(*i);
  UChar32 c = 0;
  U8_NEXT_OR_FFFD(s.data(), index, static_cast<std::int32_t>(s.size()), c);
  *i = static_cast<std::size_t>(index);
  return static_cast<char32_t>(c);
}
#pragma GCC diagnostic pop

void append_utf8(char32_t c, std::string* out) {
  char bytes[U8_MAX_LENGTH];
  std::int32_t size = 0;
  U8_APPEND_UNSAFE(bytes, size, c);
  out->append(bytes, static_cast<std::size_t>(size));
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

}  // namespace

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_utf8(s, &i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (is_control(c)) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else append_utf8(c, &out);
    }
  }
  return out + "\"";
}

std::string terminal_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_utf8(s, &i);
    if (is_control(c)) out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    else append_utf8(c, &out);
  }
  return out;
}

}  // namespace smsfilter::cli
