#include "policy/sender.h"

#include <algorithm>
#include <array>
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

NormalizedSender normalize_sender(std::string_view sender, std::u32string* visible) {
  std::u32string& chars = *visible;
  read_visible(sender, kMaxSenderChars, &chars);
  for (char32_t& c : chars) c = fold_width(c);
  NormalizedSender out;
  if (is_number(chars)) {
    std::array<char, kMaxSenderChars> digits;
    std::size_t count = 0;
    for (char32_t c : chars) {
      if (is_ascii_digit(c)) digits[count++] = static_cast<char>(c);
    }
    std::string_view number(digits.data(), count);
    if (number.size() == 15 && number.substr(0, 4) == "0086") number.remove_prefix(4);
    else if (number.size() == 13 && number.substr(0, 2) == "86") number.remove_prefix(2);
    for (char c : number) out.append(static_cast<char32_t>(c));
    return out;
  }
  for (char32_t c : chars) {
    if (!is_space(c)) out.append(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

bool is_registered_sender_id(std::string_view sender) { return sender.size() > 1 && sender.front() == '#'; }

bool is_taiwanese_number(std::string_view digits) {
  if (digits.substr(0, 2) == "00") digits.remove_prefix(2);
  return digits.substr(0, 3) == "886";
}

}  // namespace smsfilter::internal
