// Someone the reader knows, or says they know, asking for money from a number the reader
// doesn't know: "I changed my number" (我换号了) or "I'm your boss" (我是你领导, 我是王总),
// then a transfer, a loan or a card number. It is the commonest impersonation scam, and a
// relative who really changed numbers writes the same words, so it is a warning for the
// host to show (call back on the number you know before paying), not a reason to block.
// A warning against it (骗子冒充亲友换号借钱，切勿转账; 说我手机坏了要你转钱的不是我，别信) is
// no such request.
#ifndef SMSFILTER_LIB_POLICY_IMPERSONATION_H_
#define SMSFILTER_LIB_POLICY_IMPERSONATION_H_

#include <optional>
#include <string_view>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// The checks' ids, which reasons carry as their rule id.
inline constexpr std::string_view kNewNumberMoney = "new_number_money";
inline constexpr std::string_view kBossMoney = "boss_money";

// Whether the message says it comes from a new or borrowed number (换号, 新号, 借同学的手机
// …), other than in a warning.
bool claims_new_number(const MessageAnalysis& analysis);

// Whether the message says it comes from a new or borrowed number and asks for nothing yet:
// no word of money, of a chat app or of secrecy, no code, link or number, and it isn't the
// reader's superior writing. A relative announcing a new number writes so; the scam's
// request comes later.
bool only_announces_new_number(const MessageAnalysis& analysis);

// The id of the impersonation the message attempts ("new_number_money", "boss_money"), if
// any.
std::optional<std::string_view> find_impersonation(const MessageAnalysis& analysis);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_IMPERSONATION_H_
