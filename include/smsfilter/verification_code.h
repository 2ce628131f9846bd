// Finding the one-time code in a verification message, for autofill.
#ifndef SMSFILTER_VERIFICATION_CODE_H_
#define SMSFILTER_VERIFICATION_CODE_H_

#include <optional>
#include <string>
#include <string_view>

namespace smsfilter {

struct VerificationCode {
  std::string code;    // 4 to 8 ASCII digits or letters, separators removed
  std::string issuer;  // the signature without brackets, e.g. "招商银行"; may be empty
};

// The code in a UTF-8 message that names one (验证码, 校验码, 动态码, code ...): the
// candidate closest to such a word, skipping amounts, dates, durations, phone and card
// numbers. Full-width digits are read as ASCII; digit groups split by single spaces
// ("829 104", "8 2 9 1 0 4") are joined when the groups are the same length. Reads the
// message's visible text as the classifier does (invisible characters dropped, white space
// runs as one space), at most its first and last 500 visible characters.
std::optional<VerificationCode> extract_verification_code(std::string_view text);

// `text` with every run of 4 or more digits (single spaces or hyphens may split it, as in
// card numbers) and every letter-and-digit token of 4 or more characters masked with '*',
// for logs.
std::string redact_for_log(std::string_view text);

}  // namespace smsfilter

#endif  // SMSFILTER_VERIFICATION_CODE_H_
