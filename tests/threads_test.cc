#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "default_model.h"
#include "smsfilter/classifier.h"
#include "test_support.h"

namespace smsfilter {
namespace {

std::vector<Result> classify_all(Classifier* classifier, const std::vector<train::Example>& examples) {
  std::vector<Result> results(examples.size());
  for (std::size_t i = 0; i < examples.size(); ++i) {
    REQUIRE(classifier->classify(examples[i].text, examples[i].sender, &results[i]).ok());
  }
  return results;
}

TEST_CASE("threads share one model, each with its own classifier", "[classifier][threads]") {
  constexpr int kThreads = 8;
  constexpr int kRounds = 20;
  const std::string_view bytes = default_model_bytes();
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(model);
  const auto examples = testing::fixture_messages();
  Classifier single(model);
  const std::vector<Result> expected = classify_all(&single, examples);

  // Each thread starts at a different message, so the same and different messages are
  // classified at the same time.
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Classifier classifier(model);
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t k = 0; k < examples.size(); ++k) {
          const std::size_t i = (k + static_cast<std::size_t>(t) * 7) % examples.size();
          Result result;
          const bool ok = classifier.classify(examples[i].text, examples[i].sender, &result).ok();
          if (!ok || result.category != expected[i].category ||
              result.probabilities != expected[i].probabilities) {
            ++mismatches[static_cast<std::size_t>(t)];
          }
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) CHECK(mismatches[static_cast<std::size_t>(t)] == 0);
}

}  // namespace
}  // namespace smsfilter
