// The verification-code detector: the one-time code a message names (验证码, 驗證碼,
// 动态密码, 一次性密碼, code, OTP …) in Simplified, Traditional or English, never an
// amount, date, time, phone number, card tail, order or tracking number or reference code.
#ifndef SMSFILTER_LIB_ANALYSIS_CODE_FINDER_H_
#define SMSFILTER_LIB_ANALYSIS_CODE_FINDER_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// Reads the analysis's text and spans (all but its code), and its raw text for the code's
// letters as written. `code_words` is scratch space.
std::optional<CodeMatch> find_code(const MessageAnalysis& analysis, std::vector<Span>* code_words);

// Whether a normalised text speaks of a one-time code (验证码, 动态密码, 口令 …), with or
// without one: "请将收到的验证码告知客服" gives none. 违法代码 and the other kinds of 代码 the
// code finder passes over are no code word here either.
bool names_code_word(std::u32string_view normalized_text);

// The length of the whole English code word (code, otp, pin, passcode, one-time password)
// that starts at normalised text[at], 0 if none.
std::size_t ascii_code_word_at(std::u32string_view normalized_text, std::size_t at);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_CODE_FINDER_H_
