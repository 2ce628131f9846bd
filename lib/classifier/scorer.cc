#include "classifier/scorer.h"

#include <Eigen/Core>

#include "common/exact_math.h"

namespace smsfilter::internal {
namespace {

constexpr int kClasses = static_cast<int>(kCategoryCount);
using ClassVector = Eigen::Matrix<float, kClasses, 1>;
using WeightRow = Eigen::Map<const Eigen::Matrix<std::int8_t, kClasses, 1>>;
using SumVector = Eigen::Matrix<std::int32_t, kClasses, 1>;

Eigen::Map<const ClassVector> as_vector(const ClassScores& scores) {
  return Eigen::Map<const ClassVector>(scores.data());
}

// A message is read as at most kMaxCharsLimit visible characters, each starting at most
// kMaxCharNgram n-grams and one word, plus a few dozen markers: the sums of int8 weights
// stay far inside int32.
constexpr std::int64_t kMaxFeatures = std::int64_t{kMaxCharsLimit} * (kMaxCharNgram + 1) + 1024;
static_assert(kMaxFeatures * 128 < INT32_MAX, "weight sums could overflow");

}  // namespace

ClassScores Scorer::logits(const std::vector<Feature>& features) const {
  SumVector sums = SumVector::Zero();
  for (const Feature& feature : features) {
    // Eigen's fixed-size sum, not add_row(): 6% fewer instructions classifying dev.
    const SignedRow row = row_of(feature);
    sums += row.sign * WeightRow(row.weights).cast<std::int32_t>();
  }
  WeightSums out;
  Eigen::Map<SumVector>(out.data()) = sums;
  return logits(out, features.size());
}

ClassScores Scorer::logits(const WeightSums& sums, std::size_t feature_count) const {
  ClassScores out;
  Eigen::Map<ClassVector>(out.data()) =
      as_vector(model_.biases) +
      feature_value(feature_count) * as_vector(model_.scales).cwiseProduct(Eigen::Map<const SumVector>(sums.data()).cast<float>());
  return out;
}

ClassScores Scorer::probabilities(const ClassScores& logits) const {
  const ClassVector scaled = as_vector(logits) / model_.settings.temperature;
  const float max = scaled.maxCoeff();
  const ClassVector exp = scaled.unaryExpr([max](float v) { return static_cast<float>(exact_exp(v - max)); });
  ClassScores out;
  Eigen::Map<ClassVector>(out.data()) = exp / exp.sum();
  return out;
}

}  // namespace smsfilter::internal
