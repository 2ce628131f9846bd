// Every fraud and marketing message of a labelled set (test.tsv), padded with 1,000 and
// 10,000 of each invisible kind and of spaces, in front, behind and both, is decided as
// it is unpadded, under examples/policy.txt and the default model.
// usage: padding_attack TEST_TSV POLICY; exits 77 (skipped) when TEST_TSV is absent.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "default_model.h"
#include "padding_attack.h"
#include "train/dataset.h"

namespace smsfilter {
namespace {

int run(const std::string& data_path, const std::string& policy_path) {
  if (!std::ifstream(data_path)) {
    std::printf("no %s: skipped\n", data_path.c_str());
    return 77;
  }
  std::vector<train::Example> examples;
  Status status = train::read_dataset(data_path, &examples);
  std::stringstream policy_text;
  policy_text << std::ifstream(policy_path).rdbuf();
  const auto policy = Policy::parse(policy_text.str(), &status);
  const std::string_view bytes = default_model_bytes();
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  if (examples.empty() || !policy || !model) {
    std::fprintf(stderr, "padding_attack: %s\n", status.to_string().c_str());
    return 1;
  }
  Classifier classifier(std::move(model));
  long messages = 0, decided = 0, changed = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const train::Example& example = examples[i];
    if (example.label != Category::kFraud && example.label != Category::kMarketing) continue;
    ++messages;
    const long n = testing::check_padding(
        *policy, &classifier, example.text, example.sender,
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
