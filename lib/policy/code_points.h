// Code point helpers shared by the policy's text scans.
#ifndef SMSFILTER_LIB_POLICY_CODE_POINTS_H_
#define SMSFILTER_LIB_POLICY_CODE_POINTS_H_

#include <string>
#include <string_view>

#include "characters.h"

namespace smsfilter::internal {

// Invalid or truncated sequences become U+FFFD, one per bad byte.
std::u32string decode_utf8(std::string_view utf8);
std::string encode_utf8(std::u32string_view text);
// UTF-16 (Java and Apple strings) as UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::u16string_view text);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_CODE_POINTS_H_
