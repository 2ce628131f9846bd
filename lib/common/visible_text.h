// What classify and decide read of a message: its visible characters, bounded.
//
// Invisible characters (default-ignorable code points such as U+200B, U+00AD, U+2060,
// U+FE0F, U+2066, U+034F, and control characters) are dropped and each run of white
// space becomes one space; neither counts toward the limit, so padding hides nothing.
// A text with more than `max_chars` visible characters is read at both ends: the first
// half of the budget from the head, the rest from the tail, with a space where the middle
// was left out. Each end scans at most kMaxScannedBytes of input, so the cost is flat in
// the size of the input.
#ifndef SMSFILTER_LIB_COMMON_VISIBLE_TEXT_H_
#define SMSFILTER_LIB_COMMON_VISIBLE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace smsfilter::internal {

// Bytes of input (UTF-8 bytes, or UTF-16 code units × 2) scanned from each end.
inline constexpr std::size_t kMaxScannedBytes = 256 * 1024;
// Visible characters of a sender read: any phone number, short code or sender name.
inline constexpr std::size_t kMaxSenderChars = 32;

// Replaces `out` with what read_visible can read of a UTF-16 text of `length` code units,
// for bindings that copy a host's string first: all of it, or its first and last
// kMaxScannedBytes with a space between, which reads the same. `copy(begin, count, out)`
// appends units [begin, begin + count) to `out`.
template <typename Copy>
void copy_readable_utf16(std::size_t length, Copy copy, std::u16string* out) {
  constexpr std::size_t kReach = kMaxScannedBytes / 2;
  out->clear();
  if (length <= 2 * kReach + 1) {
    copy(0, length, out);
    return;
  }
  copy(0, kReach, out);
  out->push_back(u' ');
  copy(length - kReach, kReach, out);
}

// Replaces `out` with the visible text of `text`. Invalid UTF-8 (each maximal invalid
// subsequence) and unpaired surrogates read as U+FFFD. Reuses `out`'s capacity.
void read_visible(std::string_view text, std::size_t max_chars, std::u32string* out);
void read_visible(std::u16string_view text, std::size_t max_chars, std::u32string* out);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_VISIBLE_TEXT_H_
