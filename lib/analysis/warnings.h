// Where normalised text warns against what it names rather than asks for it. Genuine
// banks, police and shops quote the scammer's requests in order to deny them: 工作人员不会
// 要求您转账到安全账户, 请勿把验证码告诉他人, 要求先交保证金的都是诈骗, or tell of the scammer's
// lure (诱导您开启屏幕共享). A negation or a lure reaches the
// rest of its clause, a condemnation the clause before it, 16 characters at most either
// way; one in another clause (请勿告诉家人，将存款转入安全账户) does not reach, but for a clause
// that ends in 的 or 嘅 or states a condition and is condemned by the next (要求您转账的，均为
// 诈骗; 如果有人让您共享屏幕，那一定是诈骗). A list of requests
// each opened by 凡 is condemned once, at the end of its sentence (凡…的；凡…的，都是诈骗).
// A text may also describe a scam as a whole (骗子冒充亲友换号借钱) rather than attempt it.
// Read once per message (MessageAnalysis::warnings()): the featurizer's n-grams and intents
// and the policy's scam requests all read warnings this one way.
#ifndef SMSFILTER_LIB_ANALYSIS_WARNINGS_H_
#define SMSFILTER_LIB_ANALYSIS_WARNINGS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/phrase_set.h"

namespace smsfilter::internal {

class Warnings {
 public:
  // Reads `text`, reusing the buffers' capacity.
  void read(std::u32string_view text);

  // Whether a negation before text[at] or a condemnation after it reaches it: 转账 in 不会要求
  // 您转账 and in 要求您转账的，均为诈骗. Character n-grams that start there are hashed apart.
  bool denies(std::size_t at) const { return denied_[at]; }
  // Whether a phrase found in the text is warned against rather than asked for: denied
  // where it starts, condemned where it ends (the condemnation's reach counts back to the
  // phrase's last character: 要求屏幕共享、下载会议软件的“客服”都是骗子), or in a list opened by 凡
  // that its sentence condemns.
  bool warn_against(const PhraseMatch& phrase) const {
    return denied_[phrase.at] || listed_[phrase.at] || condemned_[phrase.end() - 1];
  }
  // Whether anything in the text is warned against.
  bool any() const;

 private:
  std::vector<bool> denied_, listed_;
  std::vector<bool> condemned_;  // what a condemnation reaches, also in denied_
};

// Whether normalised `text` describes a scam rather than attempts it: it speaks of
// impersonation (冒充, 假冒, 声称), of scammers (骗子, 骗徒) or of the fight against them (反诈,
// 防骗), or disowns a message (别信, 有人用我的名义借钱都不是我). Scams themselves say 涉嫌诈骗,
// so 诈骗 alone is no sign. Asked only of the rare text that makes a claim or a threat, not
// of every message read.
bool describes_scam(std::u32string_view text);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_WARNINGS_H_
