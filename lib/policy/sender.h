// Who sent a message, as rules and per-sender memory key it.
#ifndef SMSFILTER_LIB_POLICY_SENDER_H_
#define SMSFILTER_LIB_POLICY_SENDER_H_

#include <string>
#include <string_view>

#include "common/utf.h"
#include "common/visible_text.h"

namespace smsfilter::internal {

// The sender as rules and per-sender memory key it: a number as its digits without the
// +86 / 0086 country code; a name (e-mail, alphanumeric sender) in ASCII lower case
// without spaces. Reads the sender's visible text (visible_text.h): invisible characters
// can't make a blocked number look like another.
// At most kMaxSenderChars characters: it fits in place. Leaves in `visible`, whose
// capacity is reused, the sender's visible text with full-width forms folded (what
// sender_kind() reads).
using NormalizedSender = InlineUtf8<4 * kMaxSenderChars>;
NormalizedSender normalize_sender(std::string_view sender, std::u32string* visible);

// Whether a sender as normalize_sender() gives it is a registered sender ID, '#' and a
// name (#hsbc): under Hong Kong's SMS Sender Registration Scheme the networks block any
// sender ID with '#' that a registered sender didn't send.
bool is_registered_sender_id(std::string_view sender);

// Whether a foreign number's digits (as normalize_sender() gives them, after "+" or "00")
// are Taiwan's (886).
bool is_taiwanese_number(std::string_view digits);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_SENDER_H_
