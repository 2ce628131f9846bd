// Once a Classifier has seen messages as long as the next ones, classify() allocates no
// heap memory: every fixture message classified again, as UTF-8 and as UTF-16, must not
// call operator new (counted by bench/allocation_counter.cc, linked into this program).
#include <cstdio>
#include <string>
#include <vector>

#include "allocation_counter.h"
#include "default_model.h"
#include "smsfilter/classifier.h"
#include "test_support.h"
#include "common/utf.h"

namespace smsfilter {
namespace {

struct Message {
  std::string text, sender;
  std::u16string text16, sender16;
};

std::vector<Message> fixture() {
  std::vector<Message> messages;
  for (const train::Example& example : testing::fixture_messages()) {
    Message m{example.text, example.sender, {}, {}};
    internal::utf8_to_utf16(m.text, m.text.size(), &m.text16);
    internal::utf8_to_utf16(m.sender, m.sender.size(), &m.sender16);
    messages.push_back(std::move(m));
  }
  return messages;
}

int run() {
  const std::string_view bytes = default_model_bytes();
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  if (!model) {
    std::fprintf(stderr, "zero_allocation: %s\n", status.to_string().c_str());
    return 1;
  }
  Classifier classifier(std::move(model));
  const std::vector<Message> messages = fixture();
  Result result;
  const auto classify_all = [&] {
    for (const Message& m : messages) {
      if (!classifier.classify(m.text, m.sender, &result).ok() ||
          !classifier.classify(m.text16, m.sender16, &result).ok()) {
        return false;
      }
    }
    return true;
  };
  // The warm-up grows the scratch buffers, which shows that the counter counts.
  const std::uint64_t start = bench::allocation_count();
  if (!classify_all()) return 1;
  const std::uint64_t warm = bench::allocation_count();
  if (!classify_all()) return 1;
  const std::uint64_t warm_up_allocations = warm - start;
  const std::uint64_t allocations = bench::allocation_count() - warm;
  std::printf("%zu messages classified twice: %llu allocations in the warm-up, %llu after\n",
              messages.size(), static_cast<unsigned long long>(warm_up_allocations),
              static_cast<unsigned long long>(allocations));
  return warm_up_allocations > 0 && allocations == 0 ? 0 : 1;
}

}  // namespace
}  // namespace smsfilter

int main() { return smsfilter::run(); }
