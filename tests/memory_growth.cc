// Classifies and decides COUNT messages (default 1 000 000) with one Classifier and checks
// that the resident set does not grow after a warm-up: nothing is kept per message.
// usage: memory_growth [COUNT]
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "default_model.h"
#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"
#include "test_support.h"

namespace smsfilter {
namespace {

constexpr long kWarmUp = 10000;
// Allowed growth: a few pages of allocator bookkeeping, far below one byte a message.
constexpr long kMaxGrowthKb = 16;

// Resident memory not backed by a file: the heap and stacks, without the pages of the
// compiled-in model that first reads of its weight rows bring in.
long resident_anonymous_kb() {
  long size = 0, resident = 0, file_backed = 0;
  std::ifstream("/proc/self/statm") >> size >> resident >> file_backed;
  return (resident - file_backed) * (sysconf(_SC_PAGESIZE) / 1024);
}

int run(long count) {
  const std::string_view bytes = default_model_bytes();
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  const auto policy = Policy::parse("smsfilter-policy 1\n", &status);
  if (!model || !policy) {
    std::fprintf(stderr, "memory_growth: %s\n", status.to_string().c_str());
    return 1;
  }
  Classifier classifier(std::move(model));
  const std::vector<train::Example> examples = testing::fixture_messages();

  std::string text;
  Decision decision;
  long before = 0;
  for (long i = 0; i < kWarmUp + count; ++i) {
    if (i == kWarmUp) before = resident_anonymous_kb();
    const train::Example& example = examples[static_cast<std::size_t>(i) % examples.size()];
    // A different text each time: the message number changes its digits and length.
    text.assign(example.text).append(std::to_string(i));
    status = policy->decide(&classifier, {text, example.sender, i}, nullptr, &decision);
    if (!status.ok()) {
      std::fprintf(stderr, "memory_growth: %s\n", status.to_string().c_str());
      return 1;
    }
  }
  const long after = resident_anonymous_kb();
  std::printf("%ld messages: resident %ld KB after warm-up, %ld KB at the end\n", count, before,
              after);
  if (after - before > kMaxGrowthKb) {
    std::fprintf(stderr, "memory_growth: grew by %ld KB\n", after - before);
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace smsfilter

int main(int argc, char** argv) {
  return smsfilter::run(argc > 1 ? std::atol(argv[1]) : 1000000);
}
