#include "common/utf.h"

namespace smsfilter::internal {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

}  // namespace

char32_t next_utf8(std::string_view utf8, std::size_t* i) {
  const auto lead = static_cast<unsigned char>(utf8[(*i)++]);
  if (lead < 0x80) return lead;
  std::size_t length;
  char32_t c;
  // The second byte's range, which rules out overlong forms, surrogates and values past
  // U+10FFFF; every later byte is any continuation byte.
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, c = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, c = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, c = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return kReplacementChar;
  }
  for (std::size_t n = 1; n < length; ++n, low = 0x80, high = 0xBF) {
    if (*i == utf8.size()) return kReplacementChar;
    const auto b = static_cast<unsigned char>(utf8[*i]);
    if (b < low || b > high) return kReplacementChar;  // the maximal subpart ends before b
    c = c << 6 | (b & 0x3F);
    ++*i;
  }
  return c;
}

char32_t next_utf16(std::u16string_view text, std::size_t* i) {
  const char32_t c = text[(*i)++];
  if (!is_surrogate(c)) return c;
  if (c <= 0xDBFF && *i < text.size() && text[*i] >= 0xDC00 && text[*i] <= 0xDFFF)
    return 0x10000 + ((c - 0xD800) << 10) + (text[(*i)++] - 0xDC00);
  return kReplacementChar;
}

std::size_t encode_utf8(char32_t c, char* out) {
  const auto byte = [](char32_t b) { return static_cast<char>(b); };
  if (c < 0x80) {
    out[0] = byte(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = byte(0xC0 | (c >> 6));
    out[1] = byte(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = byte(0xE0 | (c >> 12));
    out[1] = byte(0x80 | ((c >> 6) & 0x3F));
    out[2] = byte(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = byte(0xF0 | (c >> 18));
  out[1] = byte(0x80 | ((c >> 12) & 0x3F));
  out[2] = byte(0x80 | ((c >> 6) & 0x3F));
  out[3] = byte(0x80 | (c & 0x3F));
  return 4;
}

void append_utf8(char32_t c, std::string* out) {
  char bytes[4];
  out->append(bytes, encode_utf8(c, bytes));
}

void append_utf16(char32_t c, std::u16string* out) {
  if (c < 0x10000) {
    out->push_back(static_cast<char16_t>(c));
  } else {
    out->push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
  }
}

void utf32_to_utf16(std::u32string_view text, std::u16string* out) {
  // Sized for the worst case and cut back: no capacity check per character.
  out->resize(2 * text.size());
  std::size_t n = 0;
  for (char32_t c : text) {
    if (c < 0x10000) {
      (*out)[n++] = static_cast<char16_t>(c);
    } else {
      (*out)[n++] = static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
      (*out)[n++] = static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }
  out->resize(n);
}

std::u32string decode_utf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) out.push_back(next_utf8(utf8, &i));
  return out;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) append_utf8(c, &out);
  return out;
}

void utf8_to_utf16(std::string_view utf8, std::size_t max_bytes, std::u16string* out) {
  if (utf8.size() > max_bytes) {
    // Back to the start of the character at the cut: at most 3 bytes, so that a run of
    // stray continuation bytes (each read as U+FFFD) is cut rather than dropped whole.
    std::size_t cut = max_bytes;
    for (int back = 0; back < 3 && cut > 0 && is_continuation(static_cast<unsigned char>(utf8[cut])); ++back) --cut;
    utf8 = utf8.substr(0, cut);
  }
  out->clear();
  for (std::size_t i = 0; i < utf8.size();) append_utf16(next_utf8(utf8, &i), out);
}

}  // namespace smsfilter::internal

namespace smsfilter {

std::string utf16_to_utf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (std::size_t i = 0; i < text.size();)
    internal::append_utf8(internal::next_utf16(text, &i), &out);
  return out;
}

std::u16string utf8_to_utf16(std::string_view text) {
  std::u16string out;
  internal::utf8_to_utf16(text, text.size(), &out);
  return out;
}

}  // namespace smsfilter
