// Opens arbitrary bytes as a model, then the same bytes with their checksum rewritten so
// that the fuzzer reaches the section checks behind it. A model that opens must classify.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "smsfilter/model_format.h"

namespace {

void open_and_classify(const unsigned char* data, std::size_t size) {
  using namespace smsfilter;
  Status status;
  const auto model = Model::open_buffer(data, size, &status);
  fuzz::require((model != nullptr) == status.ok(), "a model exactly when the status is ok");
  if (!model) {
    fuzz::require(status.code() != StatusCode::kInternal && !status.message().empty(),
                  "a refusal names what is wrong");
    return;
  }
  Classifier classifier(model);
  Result result;
  fuzz::check_result(classifier.classify("【招商银行】您的验证码为482913，5分钟内有效。", "95555", &result),
                     result);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter::format;
  // Copied, so that reading past the input is caught even inside the first call.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto* p = reinterpret_cast<unsigned char*>(bytes.data());
  open_and_classify(p, bytes.size());
  if (bytes.size() < kFileHeaderSize) return 0;
  store_u32(p + kChecksumOffset, crc32c(p + kChecksummedFrom, bytes.size() - kChecksummedFrom));
  open_and_classify(p, bytes.size());
  return 0;
}
