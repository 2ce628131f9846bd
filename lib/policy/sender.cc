#include "policy/sender.h"

#include <algorithm>
#include <cstddef>

#include "policy/code_points.h"

namespace smsfilter::internal {
namespace {

constexpr std::size_t kMaxSignatureLength = 20;

bool is_open_bracket(char32_t c) { return c == U'【' || c == '['; }
bool is_close_bracket(char32_t c) { return c == U'】' || c == ']'; }
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
  std::u32string chars = decode_utf8(sender);
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

Signatures find_signatures(std::u32string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  Signatures found;
  if (!text.empty() && is_open_bracket(text.front())) {
    const std::size_t end = std::min(text.size(), kMaxSignatureLength + 2);
    for (std::size_t close = 2; close < end; ++close) {
      if (is_close_bracket(text[close])) {
        found.head = text.substr(1, close - 1);
        break;
      }
    }
  }
  if (text.size() >= 3 && is_close_bracket(text.back())) {
    const std::size_t close = text.size() - 1;
    const std::size_t earliest = close > kMaxSignatureLength + 1 ? close - kMaxSignatureLength - 1 : 0;
    for (std::size_t open = close - 1; open-- > earliest;) {
      if (is_open_bracket(text[open])) {
        found.tail = text.substr(open + 1, close - open - 1);
        break;
      }
    }
  }
  return found;
}

}  // namespace smsfilter::internal
