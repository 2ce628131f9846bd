#include "analysis/literal_normalizer.h"

#include "common/utf.h"

namespace smsfilter::internal {

Status LiteralNormalizer::normalize(std::string_view utf8, std::u32string* out) {
  utf8_to_utf16(utf8, utf8.size(), &utf16_);
  const Status status = normalizer_.normalize(utf16_, &chars_, &offsets_);
  if (status.ok()) out->assign(chars_.begin(), chars_.end());
  return status;
}

}  // namespace smsfilter::internal
