// The script of the impersonation scam: the police, a court or the reader's bank "protect"
// the money by having it moved to a safe account (安全账户). No one genuine asks for that;
// banks and the police name it only to warn against it, and a warning does not count
// (analysis/warnings.h).
#ifndef SMSFILTER_LIB_POLICY_SAFE_ACCOUNT_H_
#define SMSFILTER_LIB_POLICY_SAFE_ACCOUNT_H_

#include <string_view>

namespace smsfilter::internal {

// `normalized_text` as the message analysis holds it (Simplified: 安全帳戶 reads 安全帐户).
bool asks_for_safe_account(std::u32string_view normalized_text);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_SAFE_ACCOUNT_H_
