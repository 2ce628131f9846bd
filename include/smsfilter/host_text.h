// For bindings over hosts whose strings are UTF-16 (Java, Objective-C, Python's str with
// surrogates): how much of a long message the library reads, so that copying only that
// much is as good as copying it all, and conversions with the library's rule for bad
// input: each unpaired surrogate and each maximal subpart of an ill-formed UTF-8 sequence
// reads as one U+FFFD.
#ifndef SMSFILTER_HOST_TEXT_H_
#define SMSFILTER_HOST_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace smsfilter {

// Bytes of input (UTF-8 bytes, or UTF-16 code units × 2) that classify and decide scan
// from each end of a text.
inline constexpr std::size_t kMaxScannedBytes = 256 * 1024;

// Replaces `out` with what the library can read of a UTF-16 text of `length` code units:
// all of it, or its first and last kMaxScannedBytes (and one unit more, for a surrogate
// pair read across the limit) with a space between, which reads the same.
// `copy(begin, count, out)` appends units [begin, begin + count) to `out`.
template <typename Copy>
void copy_readable_utf16(std::size_t length, Copy copy, std::u16string* out) {
  constexpr std::size_t kReach = kMaxScannedBytes / 2 + 1;
  out->clear();
  if (length <= 2 * kReach + 1) {
    copy(0, length, out);
    return;
  }
  copy(0, kReach, out);
  out->push_back(u' ');
  copy(length - kReach, kReach, out);
}

std::string utf16_to_utf8(std::u16string_view text);
std::u16string utf8_to_utf16(std::string_view text);

}  // namespace smsfilter

#endif  // SMSFILTER_HOST_TEXT_H_
