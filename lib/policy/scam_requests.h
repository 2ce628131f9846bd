// Requests that no bank, police office or shop makes by SMS, and that scams live on: money
// moved to a "safe account" (安全账户) to protect it from an investigation, to an account
// the message designates (转至指定账户) or to an account number a notice gives (【国网…】…
// 转至电力代收账户 6228 4810 **** 7732), the phone's
// screen shared with a "case officer" or "customer service" (屏幕共享) to walk the reader
// through a transfer, or a one-time code told to the "staff" who calls or to "customer
// service" (验证码告知来电的客服, 验证码请告知专员), or a code sent to the reader asked for by
// someone who says they write from a new or borrowed number (我换号了…验证码发我一下) or
// whose own phone can't receive it (我手机欠费收不到短信，帮我收个验证码): the way accounts
// are taken over. Nor does any police office serve a warrant on the reader by SMS
// (您已被列为网上追逃人员，通缉令编号…): the threat that opens the "police" scams, nor order
// the reader to keep a case from family or the bank (请勿向家人透露案情); and no one asking for
// money forbids calling the police (不要报警，马上准备50万). Nor
// may anyone selling an investment promise its profit (稳赚不赔, 保证获利) or trade for the
// reader (带单): the lure of the investment scams, written as chat as often as not, and
// opened as often by a message "sent by mistake" that turns to getting to know the reader
// (发错人了，不过也算缘分). Nor may an employer charge whoever it hires before the job starts
// (入职前需缴纳服装费及培训费). Nor
// does any service ask for a reply to send a link or make one work (回复1获取理赔链接): the
// reply wakes the links a phone leaves dead in an unknown sender's message; nor for an ID
// or card number by reply (请回复姓名+身份证号+银行卡号). Genuine senders name them only to
// warn against them, and a warning does not count (analysis/warnings.h).
#ifndef SMSFILTER_LIB_POLICY_SCAM_REQUESTS_H_
#define SMSFILTER_LIB_POLICY_SCAM_REQUESTS_H_

#include <optional>
#include <string_view>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// The requests' ids, which reasons carry as their rule id.
inline constexpr std::string_view kSafeAccount = "safe_account";
inline constexpr std::string_view kDesignatedAccount = "designated_account";
inline constexpr std::string_view kNoticeAccount = "notice_account";
inline constexpr std::string_view kScreenSharing = "screen_sharing";
inline constexpr std::string_view kCodeToCaller = "code_to_caller";
inline constexpr std::string_view kCodeByReply = "code_by_reply";
inline constexpr std::string_view kCodeToNewNumber = "code_to_new_number";
inline constexpr std::string_view kCodeByMistake = "code_by_mistake";
inline constexpr std::string_view kCodeRelay = "code_relay";
inline constexpr std::string_view kWrongNumberPivot = "wrong_number_pivot";
inline constexpr std::string_view kWarrant = "warrant";
inline constexpr std::string_view kSecrecyOrder = "secrecy_order";
inline constexpr std::string_view kNoPolice = "no_police";
inline constexpr std::string_view kSureProfit = "sure_profit";
inline constexpr std::string_view kJobFee = "job_fee";
inline constexpr std::string_view kLinkByReply = "link_by_reply";
inline constexpr std::string_view kDetailsByReply = "details_by_reply";
// Found by policy/phishing.h, which knows the hosts users and the registry trust.
inline constexpr std::string_view kPhotoBait = "photo_bait";

// The id of the first request the message makes ("safe_account", "designated_account",
// "notice_account", "screen_sharing", "code_to_caller", "code_by_reply", "code_to_new_number",
// "code_by_mistake", "code_relay", "wrong_number_pivot", "warrant", "secrecy_order", "no_police",
// "sure_profit", "job_fee", "link_by_reply", "details_by_reply"), if any. Its normalised text
// is read: Simplified, so 安全帳戶 reads 安全帐户.
std::optional<std::string_view> find_scam_request(const MessageAnalysis& analysis);

// Whether the text speaks of being scammed or of scammers as such (被骗, 上当, 骗子, 骗局 …),
// as a person telling of a scam they met does (我刚差点被骗了…让我开屏幕共享，还好我挂了): the
// request and the link it quotes are the scammer's, not the writer's.
bool tells_of_scam(const MessageAnalysis& analysis);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_SCAM_REQUESTS_H_
