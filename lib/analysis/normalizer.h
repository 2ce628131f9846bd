// Message normalisation: NFKC with case folding (ICU C API), the model's character map,
// digit look-alikes inside numbers, and the separators spammers put between Chinese
// characters (微 信, 加.V) and the spaces between single letters or digits (Q Q 2 8 4 0)
// removed.
#ifndef SMSFILTER_LIB_ANALYSIS_NORMALIZER_H_
#define SMSFILTER_LIB_ANALYSIS_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unorm2.h>

#include "analysis/char_map.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

class Normalizer {
 public:
  explicit Normalizer(CharMap char_map);

  // Normalises `text` into `chars` (code points) and, for each of them, the offset in
  // `text` of the character it comes from into `offsets`, which ends with text.size().
  // Reuses the buffers' capacity.
  Status normalize(std::u16string_view text, std::vector<char32_t>* chars,
                   std::vector<std::uint32_t>* offsets);

 private:
  bool fold_alone(std::u16string_view text, std::vector<char32_t>* chars,
                  std::vector<std::uint32_t>* offsets) const;
  Status fold(std::u16string_view text, std::vector<char32_t>* chars,
              std::vector<std::uint32_t>* offsets);
  int32_t normalize_segment(std::u16string_view segment);
  void append_mapped(UChar32 c, std::uint32_t offset, std::vector<char32_t>* chars,
                     std::vector<std::uint32_t>* offsets) const;
  static void strip_separators(std::vector<char32_t>* chars, std::vector<std::uint32_t>* offsets);
  static void drop_interleaved_letters(std::vector<char32_t>* chars, std::vector<std::uint32_t>* offsets);
  static void fix_digit_lookalikes(std::vector<char32_t>* chars);

  const UNormalizer2* nfkc_casefold_ = nullptr;
  CharMap char_map_;
  std::u16string paired_;  // the input with unpaired surrogates replaced, when it has any
  std::u16string folded_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_NORMALIZER_H_
