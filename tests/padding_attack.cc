// Every fraud and marketing message of a labelled set (test.tsv), padded with 1,000 and
// 10,000 of each invisible kind and of spaces, in front, behind and both, is decided as
// it is unpadded, under examples/policy.txt and the default model.
// usage: padding_attack TEST_TSV POLICY; exits 77 (skipped) when TEST_TSV is absent.
#include <cstdio>
#include <fstream>
#include <string>

#include "padding_attack.h"
#include "program_support.h"
#include "smsfilter/train/dataset.h"

namespace smsfilter {
namespace {

int run(const std::string& data_path, const std::string& policy_path) {
  if (!std::ifstream(data_path)) {
    std::printf("no %s: skipped\n", data_path.c_str());
    return testing::kSkipped;
  }
  std::vector<train::Example> examples;
  if (const Status status = train::read_dataset(data_path, &examples); !status.ok()) {
    std::fprintf(stderr, "padding_attack: %s\n", status.to_string().c_str());
    return 1;
  }
  auto setup = testing::open_default_model_and_policy_file("padding_attack", policy_path);
  if (!setup) return 1;
  Classifier& classifier = *setup->classifier;
  const Policy& policy = *setup->policy;
  long messages = 0, decided = 0, changed = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const train::Example& example = examples[i];
    if (example.label != Category::kFraud && example.label != Category::kMarketing) continue;
    ++messages;
    const long n = testing::check_padding(
        policy, &classifier, example.text, example.sender,
        [&](const testing::PaddingKind& kind, std::size_t count, testing::Placement placement) {
          ++changed;
          std::printf("message %zu: %zu x %s %s changes the decision\n", i + 1, count,
                      std::string(kind.name).c_str(), std::string(placement_name(placement)).c_str());
        });
    if (n < 0) {
      std::fprintf(stderr, "padding_attack: decide failed on message %zu\n", i + 1);
      return 1;
    }
    decided += n;
  }
  std::printf("%ld fraud and marketing messages, %ld padded versions decided, %ld changed\n",
              messages, decided, changed);
  return changed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace smsfilter

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: padding_attack TEST_TSV POLICY\n");
    return 2;
  }
  return smsfilter::run(argv[1], argv[2]);
}
