// Character classes the text scans share.
#ifndef SMSFILTER_LIB_COMMON_CHARACTERS_H_
#define SMSFILTER_LIB_COMMON_CHARACTERS_H_

namespace smsfilter::internal {

// Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) as ASCII and the ideographic space as
// a space, the way NFKC reads them. Full-width punctuation stays: "，" separates clauses
// where "," may separate thousands.
constexpr char32_t fold_width(char32_t c) {
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
    return c - 0xFEE0;
  return c == 0x3000 ? U' ' : c;
}

// Unicode's White_Space property, a fixed set: u_isUWhiteSpace without the call.
constexpr bool is_white_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_letter(char32_t c) {
  return is_ascii_lower(c) || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_letter(c); }
constexpr char32_t ascii_lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

// The end of a sentence or a clause in normalised text, where NFKC has made "，" a ",".
constexpr bool ends_sentence(char32_t c) { return c == U'\u3002' || c == U'!' || c == U'?' || c == U'\n'; }
constexpr bool ends_clause(char32_t c) { return ends_sentence(c) || c == U',' || c == U';'; }

bool is_han(char32_t c);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_CHARACTERS_H_
