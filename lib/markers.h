// Message-level markers (url, phone number, signature, amount, length) and the sender's
// kind. Their names are hashed as features, so they are part of the featurizer version.
#ifndef SMSFILTER_LIB_MARKERS_H_
#define SMSFILTER_LIB_MARKERS_H_

#include <string_view>
#include <vector>

namespace smsfilter::internal {

// Appends the names of the markers found in normalised text.
void detect_markers(const std::vector<char32_t>& chars, std::vector<std::string_view>* markers);

// "service" (106…), "bank" (95xxx/96xxx), "carrier" (100xx), "government" (12xxx),
// "mobile", "landline", "short", "long", "intl" or "named"; empty for an empty sender.
// +86 and 0086 prefixes are read as domestic.
std::string_view sender_kind(std::u16string_view sender);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_MARKERS_H_
