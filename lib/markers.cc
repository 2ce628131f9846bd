#include "markers.h"

#include <algorithm>
#include <array>

namespace smsfilter::internal {
namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t c) { return c >= 'a' && c <= 'z'; }

// Top-level domains seen in SMS links; a dot followed by one of these is a link.
constexpr std::array<std::u32string_view, 20> kLinkDomains = {
    U"cn", U"com", U"net", U"cc", U"top", U"vip", U"xyz", U"me", U"io", U"ly",
    U"co", U"info", U"work", U"club", U"site", U"link", U"shop", U"org", U"app", U"tk"};

bool starts_with_at(const std::vector<char32_t>& chars, std::size_t i, std::u32string_view s) {
  return i + s.size() <= chars.size() && std::equal(s.begin(), s.end(), chars.begin() + i);
}

bool has_link(const std::vector<char32_t>& chars) {
  for (std::size_t i = 0; i < chars.size(); ++i) {
    // Testing the first letter here spares a call at almost every position.
    if ((chars[i] == 'h' && starts_with_at(chars, i, U"http")) ||
        (chars[i] == 'w' && starts_with_at(chars, i, U"www."))) return true;
    if (chars[i] != '.' || i == 0 || !(is_letter(chars[i - 1]) || is_digit(chars[i - 1])))
      continue;
    std::size_t end = i + 1;
    while (end < chars.size() && is_letter(chars[end])) ++end;
    const std::u32string_view label(chars.data() + i + 1, end - i - 1);
    if (std::find(kLinkDomains.begin(), kLinkDomains.end(), label) != kLinkDomains.end())
      return true;
  }
  return false;
}

bool is_mobile_number(std::u32string_view digits) {
  if (digits.size() == 13 && digits.substr(0, 2) == U"86") digits.remove_prefix(2);
  return digits.size() == 11 && digits[0] == '1' && digits[1] >= '3';
}

bool is_hotline(std::u32string_view digits) {
  const std::u32string_view prefix = digits.substr(0, 3);
  return (digits.size() == 10 && (prefix == U"400" || prefix == U"800")) ||
         (digits.size() == 5 && (prefix.substr(0, 2) == U"95" || prefix.substr(0, 2) == U"96"));
}

bool is_amount_unit(char32_t c) { return c == U'元' || c == U'块' || c == U'万' || c == 'w'; }
bool is_currency_sign(char32_t c) { return c == U'¥' || c == '$'; }

bool is_signature_open(char32_t c) { return c == U'【' || c == '['; }
bool is_signature_close(char32_t c) { return c == U'】' || c == ']'; }

bool has_head_signature(const std::vector<char32_t>& chars) {
  if (chars.empty() || !is_signature_open(chars[0])) return false;
  const std::size_t limit = std::min<std::size_t>(chars.size(), 20);
  return std::any_of(chars.begin() + 1, chars.begin() + limit, is_signature_close);
}

std::string_view length_class(std::size_t n) {
  if (n < 15) return "len:<15";
  if (n < 40) return "len:<40";
  if (n < 80) return "len:<80";
  if (n < 160) return "len:<160";
  return "len:>=160";
}

}  // namespace

void detect_markers(const std::vector<char32_t>& chars, std::vector<std::string_view>* markers) {
  markers->clear();
  markers->push_back(length_class(chars.size()));
  if (has_link(chars)) markers->push_back("url");
  if (has_head_signature(chars)) markers->push_back("signature:head");
  if (!chars.empty() && is_signature_close(chars.back())) markers->push_back("signature:tail");

  bool mobile = false, hotline = false, amount = false;
  for (std::size_t i = 0; i < chars.size();) {
    if (!is_digit(chars[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < chars.size() && is_digit(chars[i])) ++i;
    const std::u32string_view digits(chars.data() + begin, i - begin);
    mobile |= is_mobile_number(digits);
    hotline |= is_hotline(digits);
    std::size_t after = i;  // past a decimal part
    while (after < chars.size() && (is_digit(chars[after]) || chars[after] == '.' ||
                                    chars[after] == ',')) ++after;
    amount |= (after < chars.size() && is_amount_unit(chars[after])) ||
              (begin > 0 && is_currency_sign(chars[begin - 1]));
  }
  if (mobile) markers->push_back("mobile");
  if (hotline) markers->push_back("hotline");
  if (amount) markers->push_back("amount");
}

std::string_view sender_kind(std::u16string_view sender) {
  if (sender.empty()) return {};
  char32_t digits[24];
  std::size_t n = 0;
  bool plus = false;
  for (char16_t c : sender) {
    if (c == '+' && n == 0) plus = true;
    else if (c >= '0' && c <= '9') { if (n < std::size(digits)) digits[n++] = c; }
    else if (c != ' ' && c != '-') return "named";
  }
  std::u32string_view number(digits, n);
  // +86 and 0086 are China's country code, any other is abroad; "86" before a mobile
  // number is how some phones show it.
  if (plus || number.substr(0, 2) == U"00") {
    if (!plus) number.remove_prefix(2);
    if (number.substr(0, 2) != U"86") return "intl";
    number.remove_prefix(2);
  } else if (number.substr(0, 2) == U"86" && number.size() == 13) {
    number.remove_prefix(2);
  }
  if (number.substr(0, 3) == U"106") return "service";
  if (is_mobile_number(number)) return "mobile";
  if (number.size() >= 5 && number.size() <= 6 &&
      (number.substr(0, 2) == U"95" || number.substr(0, 2) == U"96")) return "bank";
  if (number.size() == 5 && number.substr(0, 3) == U"100") return "carrier";
  if (number.size() == 5 && number.substr(0, 2) == U"12") return "government";
  if (number.size() >= 10 && number.size() <= 12 && number[0] == '0') return "landline";
  return number.size() <= 8 ? "short" : "long";
}

}  // namespace smsfilter::internal
