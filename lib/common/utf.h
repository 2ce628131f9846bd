// The library's one codec between UTF-8, UTF-16 and code points, with one rule for bad
// input: each maximal subpart of an ill-formed UTF-8 sequence, and each unpaired UTF-16
// surrogate, reads as one U+FFFD (Unicode §3.9, as ICU, WHATWG and Python decode).
#ifndef SMSFILTER_LIB_COMMON_UTF_H_
#define SMSFILTER_LIB_COMMON_UTF_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "smsfilter/host_text.h"  // utf16_to_utf8, utf8_to_utf16 for hosts

namespace smsfilter::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// The code point at utf8[*i], moving *i past it (or past the bad bytes read as U+FFFD).
char32_t next_utf8(std::string_view utf8, std::size_t* i);
// The code point at text[*i], moving *i past it.
char32_t next_utf16(std::u16string_view text, std::size_t* i);

// Writes the 1 to 4 UTF-8 bytes of `c` to `out`: their count.
std::size_t encode_utf8(char32_t c, char* out);
void append_utf8(char32_t c, std::string* out);
void append_utf16(char32_t c, std::u16string* out);

std::u32string decode_utf8(std::string_view utf8);
std::string encode_utf8(std::u32string_view text);
// Replaces `out` with `text` in UTF-16, reusing its capacity.
void utf32_to_utf16(std::u32string_view text, std::u16string* out);
// Converts at most the first `max_bytes` of `utf8` (cut back to a character boundary)
// into `out`, reusing its capacity.
void utf8_to_utf16(std::string_view utf8, std::size_t max_bytes, std::u16string* out);

// UTF-8 text of at most N bytes held in place: the short keys a policy builds for every
// message (senders, signatures) without heap memory.
template <std::size_t N>
class InlineUtf8 {
 public:
  // Appends `c`, or returns false and leaves the text as it was when it doesn't fit.
  bool append(char32_t c) {
    char bytes[4];
    const std::size_t length = encode_utf8(c, bytes);
    if (size_ + length > N) return false;
    for (std::size_t i = 0; i < length; ++i) bytes_[size_++] = bytes[i];
    return true;
  }
  std::string_view view() const { return {bytes_.data(), size_}; }
  bool empty() const { return size_ == 0; }

 private:
  std::array<char, N> bytes_;
  std::size_t size_ = 0;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_UTF_H_
