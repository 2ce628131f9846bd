// Whether a phrase of normalised text is warned against rather than asked for. Genuine
// banks, police and shops quote the scammer's requests in order to deny them: 工作人员不会
// 要求您转账到安全账户, 请勿把验证码告诉他人, 要求先交保证金的都是诈骗. A negation
// shortly before the phrase, or a condemnation shortly after it, within its clause, makes it a
// warning; one in another clause (请勿告诉家人，将存款转入安全账户) does not, but for a clause that
// ends in 的 or 嘅 and is condemned by the next (要求您转账的，均为诈骗). A list of requests each opened
// by 凡 is condemned once, at the end of its sentence (凡…的；凡…的，都是诈骗).
#ifndef SMSFILTER_LIB_ANALYSIS_WARNINGS_H_
#define SMSFILTER_LIB_ANALYSIS_WARNINGS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace smsfilter::internal {

// `text` is normalised (Simplified, NFKC: full-width commas read ','); the phrase is
// text[begin, end).
bool warned_against(std::u32string_view text, std::size_t begin, std::size_t end);

// Sets `negated` to one flag per character of `text`: whether a negation before it or a
// condemnation after it reaches it, as warned_against reads them (不会要求您转账: 转账 is
// denied; 要求您转账的，均为诈骗: condemned). A list opened by 凡 is left to warned_against.
void mark_negated(std::u32string_view text, std::vector<bool>* negated);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_WARNINGS_H_
