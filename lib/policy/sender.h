// Who sent a message, as rules and per-sender memory key it.
#ifndef SMSFILTER_LIB_POLICY_SENDER_H_
#define SMSFILTER_LIB_POLICY_SENDER_H_

#include <string>
#include <string_view>

namespace smsfilter::internal {

// The sender as rules and per-sender memory key it: a number as its digits without the
// +86 / 0086 country code; a name (e-mail, alphanumeric sender) in ASCII lower case
// without spaces. Reads the sender's visible text (visible_text.h): invisible characters
// can't make a blocked number look like another.
std::string normalize_sender(std::string_view sender);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_SENDER_H_
