#include <catch2/catch.hpp>

#include <algorithm>

#include "test_support.h"
#include "train/self_tests.h"

namespace smsfilter {
namespace {

std::vector<train::Example> sample_of(const std::vector<train::Example>& examples, std::size_t per_class) {
  train::SelfTestCandidates candidates(per_class);
  for (const train::Example& example : examples) candidates.offer(example);
  return candidates.examples();
}

std::vector<std::string> texts(const std::vector<train::Example>& examples) {
  std::vector<std::string> out;
  for (const train::Example& example : examples) out.push_back(example.text);
  return out;
}

TEST_CASE("self-test candidates are a bounded sample that ignores the stream's order", "[self_tests]") {
  const auto fixture = testing::fixture_messages();  // 12 messages per class
  const auto sample = sample_of(fixture, 3);
  CHECK(sample.size() == 3 * kCategoryCount);
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    CHECK(std::count_if(sample.begin(), sample.end(),
                        [&](const train::Example& e) { return e.label == static_cast<Category>(c); }) == 3);
  }
  const std::vector<train::Example> reversed(fixture.rbegin(), fixture.rend());
  CHECK(texts(sample_of(reversed, 3)) == texts(sample));

  std::vector<train::Example> twice = fixture;
  twice.insert(twice.end(), fixture.begin(), fixture.end());
  CHECK(texts(sample_of(twice, 3)) == texts(sample));  // a repeated message is sampled once
  CHECK(sample_of(twice, 12).size() == fixture.size());
}

TEST_CASE("self-test candidates are messages composed for the repository first", "[self_tests]") {
  auto fixture = testing::fixture_messages();
  std::vector<std::string> composed;
  for (std::size_t i = 0; i < fixture.size(); i += 4) {
    fixture[i].source = "composed:family";
    composed.push_back(fixture[i].text);
  }
  const auto sample = sample_of(fixture, 2);
  REQUIRE(sample.size() == 2 * kCategoryCount);
  for (const train::Example& example : sample) {
    CHECK(example.source == "composed:family");
  }
  // Classes with fewer composed messages than asked for are filled from the rest.
  const auto larger = sample_of(fixture, 5);
  CHECK(std::count_if(larger.begin(), larger.end(),
                      [](const train::Example& e) { return e.source == "composed:family"; }) == 3 * kCategoryCount);
}

TEST_CASE("self-test candidates leave out texts too long to store", "[self_tests]") {
  train::Example longest = testing::fixture_messages().front();
  longest.text.assign(train::kMaxSelfTestTextBytes, 'a');
  train::Example too_long = longest;
  too_long.text.push_back('a');
  CHECK(texts(sample_of({too_long, longest}, 2)) == std::vector<std::string>{longest.text});
  CHECK(sample_of({longest}, 0).empty());
}

}  // namespace
}  // namespace smsfilter
