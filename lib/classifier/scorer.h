// The linear model: per-class logits from hashed features and int8 weights.
#ifndef SMSFILTER_LIB_CLASSIFIER_SCORER_H_
#define SMSFILTER_LIB_CLASSIFIER_SCORER_H_

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "classifier/featurizer.h"
#include "classifier/model_data.h"

namespace smsfilter::internal {

using ClassScores = std::array<float, kCategoryCount>;

// Every feature occurrence has the value 1/sqrt(count), so a message's feature vector has
// unit length whatever its length. The trainer uses the same value.
inline float feature_value(std::size_t feature_count) {
  return feature_count == 0 ? 0.0f : 1.0f / std::sqrt(static_cast<float>(feature_count));
}

class Scorer {
 public:
  explicit Scorer(const ModelData& model) : model_(model) {}

  ClassScores logits(const std::vector<Feature>& features) const;
  // The same from the sums of the features' signed int8 weight rows (add_row).
  using WeightSums = std::array<std::int32_t, kCategoryCount>;
  void add_row(const HashedFeature& feature, WeightSums* sums) const {
    const SignedRow row = row_of(feature);
    for (std::size_t c = 0; c < kCategoryCount; ++c) (*sums)[c] += row.sign * row.weights[c];
  }
  ClassScores logits(const WeightSums& sums, std::size_t feature_count) const;
  // What turns a feature's weight row into its contribution to class `c` above the mean
  // of all classes, one occurrence weighing `value`: per class, value × scale × (1 if it
  // is `c`, else 0, minus 1/classes).
  using ContributionWeights = std::array<float, kCategoryCount>;
  ContributionWeights contribution_weights(std::size_t c, float value) const {
    ContributionWeights k;
    for (std::size_t j = 0; j < kCategoryCount; ++j) {
      k[j] = value * model_.scales[j] * ((j == c ? 1.0f : 0.0f) - 1.0f / kCategoryCount);
    }
    return k;
  }
  // How much one occurrence of `feature` raises the class `k` was made for above the mean.
  // Inline: explaining a result calls it for every feature of the message.
  float contribution(const HashedFeature& feature, const ContributionWeights& k) const {
    static_assert(kCategoryCount == 5, "the sum below names every class");
    const auto [row, sign] = row_of(feature);
    // Summed pairwise, so that the products don't wait on one another.
    const float sum = (k[0] * row[0] + k[1] * row[1]) + (k[2] * row[2] + k[3] * row[3]) + k[4] * row[4];
    return static_cast<float>(sign) * sum;
  }
  // Softmax of logits / temperature.
  ClassScores probabilities(const ClassScores& logits) const;

 private:
  // A feature's weight row, and the sign it is added with: 0 when a tagged table keeps
  // another bucket in that row. The row is read either way, because whether its tag
  // matches is a coin toss for rare n-grams: a branch on it was mispredicted a third of
  // the time (cachegrind's branch simulation, dev's real messages).
  struct SignedRow {
    const std::int8_t* weights;
    std::int32_t sign;
  };
  SignedRow row_of(const HashedFeature& feature) const {
    if (model_.row_tags == nullptr) {
      return {model_.weights + std::size_t{feature.bucket} * kCategoryCount, feature.sign()};
    }
    const format::TaggedRow tagged = format::tagged_row(model_.row_tags, model_.settings.row_bits, feature.bucket);
    return {model_.weights + std::size_t{tagged.row} * kCategoryCount,
            feature.sign() * static_cast<std::int32_t>(tagged.holds)};
  }

  const ModelData& model_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CLASSIFIER_SCORER_H_
