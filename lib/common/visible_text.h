// What classify and decide read of a message: its visible characters, bounded.
//
// Invisible characters (default-ignorable code points such as U+200B, U+00AD, U+2060,
// U+FE0F, U+2066, U+034F, and control characters) are dropped and each run of white
// space becomes one space; neither counts toward the limit, so padding hides nothing.
// A text with more than `max_chars` visible characters is read at both ends: the first
// half of the budget from the head, the rest from the tail, with a space where the middle
// was left out. Each end scans at most kMaxScannedBytes of input, so the cost is flat in
// the size of the input (smsfilter/host_text.h).
#ifndef SMSFILTER_LIB_COMMON_VISIBLE_TEXT_H_
#define SMSFILTER_LIB_COMMON_VISIBLE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "smsfilter/host_text.h"

namespace smsfilter::internal {

// Visible characters of a sender read: any phone number, short code or sender name.
inline constexpr std::size_t kMaxSenderChars = 32;

// Replaces `out` with the visible text of `text`. Invalid UTF-8 (each maximal invalid
// subsequence) and unpaired surrogates read as U+FFFD. Reuses `out`'s capacity.
void read_visible(std::string_view text, std::size_t max_chars, std::u32string* out);
void read_visible(std::u16string_view text, std::size_t max_chars, std::u32string* out);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_VISIBLE_TEXT_H_
