// Normalises rule values the way the classifier normalises messages (NFKC, case folding,
// separator removal), so that keywords meet the text they are matched against. No
// model's character map is applied: keywords are written in Simplified Chinese.
#ifndef SMSFILTER_LIB_ANALYSIS_LITERAL_NORMALIZER_H_
#define SMSFILTER_LIB_ANALYSIS_LITERAL_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/normalizer.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

class LiteralNormalizer {
 public:
  LiteralNormalizer() : normalizer_(CharMap()) {}

  Status normalize(std::string_view utf8, std::u32string* out);

 private:
  Normalizer normalizer_;
  std::u16string utf16_;
  std::vector<char32_t> chars_;
  std::vector<std::uint32_t> offsets_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_LITERAL_NORMALIZER_H_
