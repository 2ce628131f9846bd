// UTF-8 to UTF-16 conversion into a reused buffer.
#ifndef SMSFILTER_LIB_UTF8_TO_UTF16_H_
#define SMSFILTER_LIB_UTF8_TO_UTF16_H_

#include <string>
#include <string_view>

#include "smsfilter/status.h"

namespace smsfilter::internal {

// Converts at most the first `max_bytes` of `utf8` (cut back to a character boundary)
// into `out`; invalid sequences become U+FFFD. Reuses `out`'s capacity.
Status utf8_to_utf16(std::string_view utf8, std::size_t max_bytes, std::u16string* out);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_UTF8_TO_UTF16_H_
