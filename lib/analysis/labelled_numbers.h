// Numbers that a currency, unit or label says are money, the last digits of a card or
// account ("¥80", "2,380.00元", "金额169.00", "TWD$9876", "尾号1234", "卡號後四碼8888"),
// and the reader's own phone number.
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

// Whether the number at `span` is the reader's own phone number or account, which a
// carrier or a bank quotes to say whose account a notice is about rather than as a number
// to call: "尊敬的13407009491客户", "您的13557479671话费余额", "您反映的18912345678号码问题",
// "用户号码：15628765001", "宽带账号 0755293811", "号码18512345678于12月1日办理".
bool is_readers_number(std::u32string_view text, Span span);

// Whether the number at `span` is given as customer service ("联系客服18720637415",
// "售后电话：13812345678"): a shop's or platform's is a hotline, never a staff mobile.
bool is_customer_service_number(std::u32string_view text, Span span);

// Whether the number at `span` is a field worker's, named just before it in its clause
// ("司机王师傅电话13925168842", "装维工程师李师傅（18907512264）"): carriers, insurers and
// utilities send installers and drivers who give their own mobiles.
bool is_field_workers_number(std::u32string_view text, Span span);

// Whether the text right before `end` is one of `labels`, ignoring spaces and colons.
bool label_before(std::u32string_view text, std::size_t end,
                  const std::u32string_view* labels, std::size_t count);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_LABELLED_NUMBERS_H_
