#include "policy/sender.h"

#include <algorithm>
#include <cstddef>

#include "common/characters.h"
#include "common/utf.h"
#include "common/visible_text.h"

namespace smsfilter::internal {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_number(std::u32string_view s) {
  bool digits = false;
  for (char32_t c : s) {
    if (is_ascii_digit(c)) digits = true;
    else if (c != '+' && c != '-' && c != ' ' && c != '(' && c != ')') return false;
  }
  return digits;
}

}  // namespace

std::string normalize_sender(std::string_view sender) {
  std::u32string chars;
  read_visible(sender, kMaxSenderChars, &chars);
  for (char32_t& c : chars) c = fold_width(c);
  std::string out;
  if (is_number(chars)) {
    for (char32_t c : chars)
      if (is_ascii_digit(c)) out.push_back(static_cast<char>(c));
    if (out.size() == 15 && out.compare(0, 4, "0086") == 0) out.erase(0, 4);
    else if (out.size() == 13 && out.compare(0, 2, "86") == 0) out.erase(0, 2);
    return out;
  }
  std::u32string name;
  for (char32_t c : chars) {
    if (is_space(c)) continue;
    name.push_back(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return encode_utf8(name);
}

}  // namespace smsfilter::internal
