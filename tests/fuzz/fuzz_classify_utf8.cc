// Classifies arbitrary bytes as UTF-8 with the default model. The first byte gives the
// sender's length (up to 79 bytes, past the featurizer's 64-byte cap); the rest is text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter;
  static Classifier classifier(fuzz::default_model());
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t sender_size = std::min<std::size_t>(data[0] % 80, input.size());
  Result result;
  const Status status = classifier.classify(input.substr(sender_size), input.substr(0, sender_size), &result);
  fuzz::check_result(status, result);
  return 0;
}
