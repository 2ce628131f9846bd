// Classifies arbitrary 16-bit units (unpaired surrogates included) as UTF-16, and checks
// that the same message converted to UTF-8 (unpaired surrogates as U+FFFD) gets exactly
// the same result. The first byte gives the sender's length in units, the rest is text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include <unicode/ustring.h>

#include "fuzz_check.h"

namespace {

std::string to_utf8(std::u16string_view text) {
  std::string out(text.size() * 3, '\0');
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length, text.data(),
                     static_cast<int32_t>(text.size()), 0xFFFD, nullptr, &error);
  smsfilter::fuzz::require(U_SUCCESS(error), "UTF-16 converts to UTF-8");
  out.resize(static_cast<std::size_t>(length));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter;
  static Classifier classifier(fuzz::default_model());
  if (size == 0) return 0;
  std::u16string units((size - 1) / 2, u'\0');
  std::memcpy(units.data(), data + 1, units.size() * 2);
  // Up to 40 units: across the 64 bytes of UTF-8 that the sender is read up to.
  const std::size_t sender_size = std::min<std::size_t>(data[0] % 41, units.size());
  const std::u16string_view sender = std::u16string_view(units).substr(0, sender_size);
  const std::u16string_view text = std::u16string_view(units).substr(sender_size);

  Result result16;
  fuzz::check_result(classifier.classify(text, sender, &result16), result16);
  Result result8;
  fuzz::check_result(classifier.classify(to_utf8(text), to_utf8(sender), &result8), result8);
  fuzz::require(result8.category == result16.category &&
                    result8.probabilities == result16.probabilities,
                "UTF-16 and its UTF-8 conversion classify alike");
  return 0;
}
