// Who sent a message: the sender number and the signature in the text.
#ifndef SMSFILTER_LIB_POLICY_SENDER_H_
#define SMSFILTER_LIB_POLICY_SENDER_H_

#include <string>
#include <string_view>

namespace smsfilter::internal {

// The sender as rules and per-sender memory key it: a number as its digits without the
// +86 / 0086 country code; a name (e-mail, alphanumeric sender) in ASCII lower case
// without spaces.
std::string normalize_sender(std::string_view sender);

// The inner names of the 【...】 or [...] signatures that open and close a text; empty
// when absent.
struct Signatures {
  std::u32string_view head;
  std::u32string_view tail;
};
Signatures find_signatures(std::u32string_view text);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_SENDER_H_
