#include "train/row_selection.h"

#include <cmath>

#include "smsfilter/category.h"

namespace smsfilter::train {
namespace {

float spread(const float* row) {
  float mean = 0;
  for (std::size_t c = 0; c < kCategoryCount; ++c) mean += row[c];
  mean /= static_cast<float>(kCategoryCount);
  float sum = 0;
  for (std::size_t c = 0; c < kCategoryCount; ++c) sum += std::fabs(row[c] - mean);
  return sum;
}

}  // namespace

std::vector<std::uint8_t> select_rows(const std::vector<float>& weights, const FeatureMatrix& matrix,
                                      std::uint32_t row_bits) {
  const std::size_t buckets = weights.size() / kCategoryCount;
  std::vector<std::uint32_t> occurrences(buckets, 0);
  for (std::uint64_t i = 0; i < matrix.features(); ++i) ++occurrences[matrix.feature(i).bucket];

  const std::size_t rows = std::size_t{1} << row_bits;
  std::vector<std::uint8_t> tags(rows, 0);
  std::vector<double> best_importance(rows, -1);
  for (std::size_t bucket = 0; bucket < buckets; ++bucket) {
    if (occurrences[bucket] == 0) continue;
    const double importance = spread(&weights[bucket * kCategoryCount]) * std::sqrt(static_cast<double>(occurrences[bucket]));
    const std::size_t row = bucket & (rows - 1);
    if (importance > best_importance[row]) {
      best_importance[row] = importance;
      tags[row] = static_cast<std::uint8_t>(bucket >> row_bits);
    }
  }
  return tags;
}

}  // namespace smsfilter::train
