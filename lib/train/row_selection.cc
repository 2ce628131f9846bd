#include "train/row_selection.h"

#include <cmath>
#include <limits>

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

std::vector<bool> select_buckets(const std::vector<float>& weights, const FeatureMatrix& matrix,
                                 std::uint32_t row_bits) {
  const std::size_t buckets = weights.size() / kCategoryCount;
  std::vector<std::uint32_t> occurrences(buckets, 0);
  for (std::uint64_t i = 0; i < matrix.features(); ++i) ++occurrences[matrix.feature(i).bucket];

  const std::size_t rows = std::size_t{1} << row_bits;
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> best(rows, kNone);
  std::vector<double> best_importance(rows, 0);
  for (std::size_t bucket = 0; bucket < buckets; ++bucket) {
    if (occurrences[bucket] == 0) continue;
    const double importance = spread(&weights[bucket * kCategoryCount]) * std::sqrt(static_cast<double>(occurrences[bucket]));
    const std::size_t row = bucket & (rows - 1);
    if (best[row] == kNone || importance > best_importance[row]) {
      best[row] = bucket;
      best_importance[row] = importance;
    }
  }
  std::vector<bool> kept(buckets, false);
  for (std::size_t bucket : best) {
    if (bucket != kNone) kept[bucket] = true;
  }
  return kept;
}

void fold_rows(const std::vector<float>& weights, const std::vector<bool>& kept, std::uint32_t row_bits,
               std::vector<float>* rows, std::vector<std::uint8_t>* tags) {
  const std::size_t row_count = std::size_t{1} << row_bits;
  rows->assign(row_count * kCategoryCount, 0.0f);
  tags->assign(row_count, 0);
  for (std::size_t bucket = 0; bucket < kept.size(); ++bucket) {
    if (!kept[bucket]) continue;
    const std::size_t row = bucket & (row_count - 1);
    for (std::size_t c = 0; c < kCategoryCount; ++c)
      (*rows)[row * kCategoryCount + c] = weights[bucket * kCategoryCount + c];
    (*tags)[row] = static_cast<std::uint8_t>(bucket >> row_bits);
  }
}

}  // namespace smsfilter::train
