// Numbers that a currency, unit or label says are money, and the last digits of a card or
// account: "¥80", "2,380.00元", "金额169.00", "TWD$9876", "尾号1234", "卡號後四碼8888".
#ifndef SMSFILTER_LIB_ANALYSIS_LABELLED_NUMBERS_H_
#define SMSFILTER_LIB_ANALYSIS_LABELLED_NUMBERS_H_

#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// Replaces `amounts` with the money amounts in normalised `text`, in text order: each
// span covers the number (digits, thousands commas and decimals) and its sign or unit.
void find_amounts(std::u32string_view text, std::vector<Span>* amounts);

// Replaces `tails` with the card and account tails in `text`: the digits only.
void find_card_tails(std::u32string_view text, std::vector<Span>* tails);

// Whether the text right before `end` is one of `labels`, ignoring spaces and colons.
bool label_before(std::u32string_view text, std::size_t end,
                  const std::u32string_view* labels, std::size_t count);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_LABELLED_NUMBERS_H_
