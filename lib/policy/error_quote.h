// A value from a policy quoted in an error: at most kMaxErrorQuoteBytes of it, cut at a
// character boundary, so that an error never repeats a whole (possibly huge) rule value.
#ifndef SMSFILTER_LIB_POLICY_ERROR_QUOTE_H_
#define SMSFILTER_LIB_POLICY_ERROR_QUOTE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace smsfilter::internal {

inline constexpr std::size_t kMaxErrorQuoteBytes = 40;

inline std::string error_quote(std::string_view value) {
  if (value.size() <= kMaxErrorQuoteBytes) return std::string(value);
  std::size_t cut = kMaxErrorQuoteBytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return std::string(value.substr(0, cut)) + "...";
}

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_ERROR_QUOTE_H_
