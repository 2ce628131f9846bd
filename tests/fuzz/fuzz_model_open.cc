// Opens arbitrary bytes as a model, then the same bytes with this build's featurizer
// version and their checksum rewritten so that the fuzzer reaches the section checks
// behind them, with and without the self-test (which a mutated weight usually fails, so
// that without it mutated weights, scales and settings reach the scorer). A model that
// opens must classify and decide a few messages that reach every kind of feature.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "smsfilter/model_format.h"
#include "smsfilter/policy.h"

namespace {

struct Message {
  std::string_view text;
  std::string_view sender;
};

const Message kMessages[] = {
    {"【招商银行】您的验证码为482913，5分钟内有效。", "95555"},
    {"【建設銀行】您的賬戶異常，請登錄 http://ccb-vip.cc 驗證，詳詢 400-123-4567", "17012345678"},
    {"双11大促，全场５折，加微信 abc123 领券，回T退订", "10690001"},
    {"明天见😀", ""},
    {"", ""},
    {"\xff\xc0\xaf\xed\xa0\x80 \xe2\x80\x8b\xe2\x80\x8b 123456", "\xff"},
};

const smsfilter::Policy& default_policy() {
  static const auto policy = [] {
    smsfilter::Status status;
    auto parsed = smsfilter::Policy::parse("smsfilter-policy 1\n", &status);
    smsfilter::fuzz::require(parsed != nullptr, "the empty policy parses");
    return parsed;
  }();
  return *policy;
}

void open_and_classify(const unsigned char* data, std::size_t size, bool run_self_test) {
  using namespace smsfilter;
  Status status;
  OpenOptions options;
  options.run_self_test = run_self_test;
  const auto model = Model::open_buffer(data, size, &status, options);
  fuzz::require((model != nullptr) == status.ok(), "a model exactly when the status is ok");
  if (!model) {
    fuzz::require(status.code() != StatusCode::kInternal && !status.message().empty(),
                  "a refusal names what is wrong");
    return;
  }
  Classifier classifier(model);
  for (const Message& message : kMessages) {
    Result result;
    fuzz::check_result(classifier.classify(message.text, message.sender, &result), result);
    Decision decision;
    fuzz::require(default_policy()
                      .decide(&classifier, {message.text, message.sender, std::nullopt}, nullptr,
                              &decision)
                      .ok(),
                  "decide succeeds with any model that opens");
  }
}

// Writes this build's featurizer version into the settings section, if the section
// table says where it is: seeds outlive featurizer versions, and a seed refused at the
// version check would never reach the checks behind it.
void set_featurizer_version(unsigned char* p, std::size_t size) {
  using namespace smsfilter::format;
  const std::uint32_t sections = load_u32(p + kSectionCountOffset);
  for (std::size_t i = 0; i < sections && kFileHeaderSize + (i + 1) * kSectionEntrySize <= size; ++i) {
    const unsigned char* entry = p + kFileHeaderSize + i * kSectionEntrySize;
    const std::uint64_t offset = load_u64(entry + 8);
    if (load_u32(entry) == static_cast<std::uint32_t>(SectionKind::kSettings) && size >= 4 && offset <= size - 4)
      store_u32(p + offset, smsfilter::kFeaturizerVersion);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter::format;
  // Copied, so that reading past the input is caught even inside the first call.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto* p = reinterpret_cast<unsigned char*>(bytes.data());
  open_and_classify(p, bytes.size(), true);
  if (bytes.size() < kFileHeaderSize) return 0;
  set_featurizer_version(p, bytes.size());
  store_u32(p + kChecksumOffset, crc32c(p + kChecksummedFrom, bytes.size() - kChecksummedFrom));
  open_and_classify(p, bytes.size(), true);
  open_and_classify(p, bytes.size(), false);
  return 0;
}
