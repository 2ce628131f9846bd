// A notice that leaves the reader nowhere to go but the organisation's own app or counter
// (…已被限制收款功能。请打开微信，在“我-服务-钱包-帮助中心”中进行自助解除): no link, no
// number to call, no chat id, and nothing to reply, download, search for, scan or add. A
// scam in the same words needs one of them to reach its victim; the genuine notice reads as
// alarming as the scam, so the model alone must not block it.
#ifndef SMSFILTER_LIB_POLICY_IN_APP_H_
#define SMSFILTER_LIB_POLICY_IN_APP_H_

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// Whether the message gives no contact (numbers it quotes as the reader's own aside) and
// asks for none to be made.
bool gives_no_contact(const MessageAnalysis& analysis);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_IN_APP_H_
