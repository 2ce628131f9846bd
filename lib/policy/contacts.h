// What a message gives the reader to act on: a link, a number to call, a chat id, or an
// account number. A scam needs one to reach its victim or take their money, so a message
// that gives none can be left for the reader to see when the model is unsure of it, and an
// organisation's notice that gives none and asks for none to be made leaves the reader
// nowhere to go but its own app (…已被限制收款功能。请打开微信，在“我-服务-钱包-帮助中心”中进行
// 自助解除), however alarming it reads.
#ifndef SMSFILTER_LIB_POLICY_CONTACTS_H_
#define SMSFILTER_LIB_POLICY_CONTACTS_H_

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// Whether the message gives a link, a number other than the reader's own, a QQ or WeChat
// id, or a token that may be a number, an id or an account (seven digits or more however
// split, letters and digits together).
bool gives_contact(const MessageAnalysis& analysis);

// Whether it asks for a contact to be made that it need not give: a reply, a call, an app
// to download, a name to search for, a code to scan, someone to add or send something to.
bool asks_for_contact(const MessageAnalysis& analysis);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_CONTACTS_H_
