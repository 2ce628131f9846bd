// Phone numbers in normalised text and what they reach: "13800138000", "138 0013 8000",
// "+86-138-0013-8000", "400-893-3900", "95588", "12306", "010-12345678", "+1 415 555 0100".
#ifndef SMSFILTER_LIB_ANALYSIS_PHONE_NUMBERS_H_
#define SMSFILTER_LIB_ANALYSIS_PHONE_NUMBERS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// The kind of a number from its digits; `international` when written after "+" or "00".
// A Chinese number loses its 86 country code into `national`.
std::optional<PhoneKind> phone_kind(std::string_view digits, bool international,
                                    std::string_view* national);

// Replaces `phones` with the numbers in `text`, in text order. Digit groups split by
// single spaces or hyphens are read as one number when together they make one.
void find_phone_numbers(std::u32string_view text, std::vector<PhoneNumber>* phones);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_PHONE_NUMBERS_H_
