// The verification code a message carries, as the policy reports it.
#ifndef SMSFILTER_LIB_POLICY_VERIFICATION_CODE_H_
#define SMSFILTER_LIB_POLICY_VERIFICATION_CODE_H_

#include <optional>
#include <string>

#include "analysis/message_analysis.h"
#include "smsfilter/verification_code.h"

namespace smsfilter::internal {

// The analysis's code with its issuer: the signature, unless it names the message
// (【验证码】) rather than the sender. `issuer` is scratch whose capacity is reused.
std::optional<VerificationCode> verification_code_of(const MessageAnalysis& analysis, std::string* issuer);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_VERIFICATION_CODE_H_
