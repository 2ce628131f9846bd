// Code point helpers shared by the policy's text scans.
#ifndef SMSFILTER_LIB_POLICY_CODE_POINTS_H_
#define SMSFILTER_LIB_POLICY_CODE_POINTS_H_

#include <string>
#include <string_view>

namespace smsfilter::internal {

// Invalid or truncated sequences become U+FFFD, one per bad byte.
std::u32string decode_utf8(std::string_view utf8);
std::string encode_utf8(std::u32string_view text);
// UTF-16 (Java and Apple strings) as UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::u16string_view text);

// Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) as ASCII and the ideographic space as
// a space, the way NFKC reads them. Full-width punctuation stays: "，" separates clauses
// where "," may separate thousands.
constexpr char32_t fold_width(char32_t c) {
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
    return c - 0xFEE0;
  return c == 0x3000 ? U' ' : c;
}

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_letter(c); }

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_CODE_POINTS_H_
