// QQ and WeChat ids a message asks the reader to add: "加QQ 12345678", "微信号：abc_123",
// "vx: shop8888". Banks, carriers and government services never ask for that by SMS;
// scams borrowing their names do.
#ifndef SMSFILTER_LIB_POLICY_MESSAGING_IDS_H_
#define SMSFILTER_LIB_POLICY_MESSAGING_IDS_H_

#include <string_view>

namespace smsfilter::internal {

// Whether normalised (lower-case) text gives a QQ number or a WeChat id.
bool gives_messaging_id(std::u32string_view normalized_text);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_MESSAGING_IDS_H_
