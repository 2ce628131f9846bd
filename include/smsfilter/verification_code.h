// Finding the one-time code in a verification message, for autofill.
#ifndef SMSFILTER_VERIFICATION_CODE_H_
#define SMSFILTER_VERIFICATION_CODE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace smsfilter {

// A one-time code and who sent it, held without the heap (a Decision carries one).
class VerificationCode {
 public:
  static constexpr std::size_t kMaxCodeLength = 8;
  static constexpr std::size_t kMaxIssuerBytes = 80;  // a signature of 20 characters

  VerificationCode() = default;
  // Keeps at most kMaxCodeLength bytes of `code` and kMaxIssuerBytes of `issuer`, cut at a
  // UTF-8 character boundary.
  VerificationCode(std::string_view code, std::string_view issuer);

  // 4 to 8 ASCII digits or letters, separators removed. NUL-terminated.
  std::string_view code() const { return {code_.data(), code_size_}; }
  // The signature without brackets, e.g. "招商银行"; may be empty. NUL-terminated.
  std::string_view issuer() const { return {issuer_.data(), issuer_size_}; }

 private:
  std::array<char, kMaxCodeLength + 1> code_{};
  std::array<char, kMaxIssuerBytes + 1> issuer_{};
  std::uint8_t code_size_ = 0;
  std::uint8_t issuer_size_ = 0;
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
