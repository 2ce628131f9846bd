// What classifying one message returns.
#ifndef SMSFILTER_RESULT_H_
#define SMSFILTER_RESULT_H_

#include <array>
#include <cstddef>
#include <string_view>

#include "smsfilter/category.h"

namespace smsfilter {

// One feature that pushed the message towards its category, for explanations.
// `feature` is a readable name such as "w:验证码" (word), "c2:退订" (character bigram),
// "n:转账" (character n-gram that a negation or condemnation reaches: 不会要求您转账),
// "t:退订" (character bigram at the message's tail), "m:url" (marker) or "s:service"
// (sender kind). It points into the Classifier that produced it and stays valid until that
// Classifier's next call.
struct FeatureContribution {
  std::string_view feature;
  float weight = 0;  // contribution to the winning category's logit
};

inline constexpr std::size_t kMaxExplainedFeatures = 4;

struct Result {
  Category category = Category::kPersonal;
  float confidence = 0;  // probabilities[category]
  std::array<float, kCategoryCount> probabilities{};
  // The top probability is below the model's unsure threshold: hosts should leave the
  // message alone (Apple's ILMessageFilterAction.none) rather than act on `category`.
  // A message with no visible text (empty or white space only) is unsure, with every
  // category equally likely and no features.
  bool unsure = false;
  std::array<FeatureContribution, kMaxExplainedFeatures> top_features{};
  std::size_t top_feature_count = 0;
};

}  // namespace smsfilter

#endif  // SMSFILTER_RESULT_H_
