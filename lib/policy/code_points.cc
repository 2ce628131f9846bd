#include "policy/code_points.h"

#include "featurizer.h"

namespace smsfilter::internal {
namespace {

constexpr char32_t kReplacementChar = 0xFFFD;

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

std::u32string decode_utf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t length;
    char32_t c;
    char32_t min;
    if (lead < 0x80) { out.push_back(lead); ++i; continue; }
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; c = lead & 0x1F; min = 0x80; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; c = lead & 0x0F; min = 0x800; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; c = lead & 0x07; min = 0x10000; }
    else { out.push_back(kReplacementChar); ++i; continue; }
    std::size_t n = 1;
    for (; n < length && i + n < utf8.size(); ++n) {
      const auto b = static_cast<unsigned char>(utf8[i + n]);
      if (!is_continuation(b)) break;
      c = c << 6 | (b & 0x3F);
    }
    const bool valid = n == length && c >= min && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
    out.push_back(valid ? c : kReplacementChar);
    i += valid ? length : 1;
  }
  return out;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) append_utf8(c, &out);
  return out;
}

std::string utf16_to_utf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    const bool high = c >= 0xD800 && c <= 0xDBFF;
    if (high && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = kReplacementChar;
    }
    append_utf8(c, &out);
  }
  return out;
}

}  // namespace smsfilter::internal
