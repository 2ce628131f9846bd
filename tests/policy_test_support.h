// Helpers for the policy tests: classifier results made up for a test, so that each
// case states exactly what the model said.
#ifndef SMSFILTER_TESTS_POLICY_TEST_SUPPORT_H_
#define SMSFILTER_TESTS_POLICY_TEST_SUPPORT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "analysis/message_analysis.h"
#include "policy/policy_access.h"
#include "smsfilter/policy.h"
#include "common/utf.h"

namespace smsfilter::testing {

// A result giving `category` probability `p` and the other categories the rest evenly.
inline Result model_says(Category category, float p, bool unsure = false) {
  Result result;
  result.category = category;
  result.confidence = p;
  result.unsure = unsure;
  result.probabilities.fill((1 - p) / static_cast<float>(kCategoryCount - 1));
  result.probabilities[static_cast<std::size_t>(category)] = p;
  return result;
}

// `text` analysed as the classifier would, without a model's character map.
inline internal::MessageAnalysis analysed(std::string_view text) {
  std::u16string text16;
  internal::utf8_to_utf16(text, text.size(), &text16);
  internal::Normalizer normalizer{internal::CharMap()};
  internal::MessageAnalysis analysis;
  REQUIRE(analysis.analyze(text16, &normalizer).ok());
  return analysis;
}

inline std::shared_ptr<const Policy> policy_from(std::string_view config_text) {
  Status status;
  auto policy = Policy::parse(config_text, &status);
  INFO(status.to_string());
  REQUIRE(policy);
  return policy;
}

struct Incoming {
  std::string_view text;
  std::string_view sender;
  std::optional<std::int64_t> time;
};

inline Decision decide(const Policy& policy, const Incoming& message, const Result& result,
                       PolicyState* state = nullptr) {
  internal::PolicyScratch scratch;
  Decision decision;
  const Status status = Policy::Access::decide(policy, analysed(message.text),
                                               {message.text, message.sender, message.time}, result,
                                               &scratch, state, &decision);
  INFO(status.to_string());
  REQUIRE(status.ok());
  return decision;
}

}  // namespace smsfilter::testing

#endif  // SMSFILTER_TESTS_POLICY_TEST_SUPPORT_H_
