#include "smsfilter/train/metrics.h"

#include <algorithm>
#include <cmath>

namespace smsfilter::train {
namespace {

double ratio(std::size_t numerator, std::size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

Category category(std::size_t i) { return static_cast<Category>(i); }

}  // namespace

std::size_t ConfusionMatrix::total() const {
  std::size_t n = 0;
  for (const auto& row : counts_) for (std::size_t v : row) n += v;
  return n;
}

std::size_t ConfusionMatrix::support(Category truth) const {
  std::size_t n = 0;
  for (std::size_t v : counts_[index(truth)]) n += v;
  return n;
}

double ConfusionMatrix::accuracy() const {
  std::size_t correct = 0;
  for (std::size_t c = 0; c < kCategoryCount; ++c) correct += counts_[c][c];
  return ratio(correct, total());
}

double ConfusionMatrix::precision(Category c) const {
  std::size_t predicted = 0;
  for (const auto& row : counts_) predicted += row[index(c)];
  return ratio(count(c, c), predicted);
}

double ConfusionMatrix::recall(Category c) const { return ratio(count(c, c), support(c)); }

double ConfusionMatrix::f1(Category c) const {
  const double p = precision(c), r = recall(c);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double ConfusionMatrix::macro_f1() const {
  double sum = 0;
  std::size_t present = 0;
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    if (support(category(c)) == 0) continue;
    sum += f1(category(c));
    ++present;
  }
  return present == 0 ? 0.0 : sum / static_cast<double>(present);
}

void Calibration::add(float confidence, bool correct) {
  const auto bin = std::min(kBins - 1, static_cast<std::size_t>(std::max(0.0f, confidence) * kBins));
  ++counts_[bin];
  confidence_sums_[bin] += confidence;
  correct_[bin] += correct;
}

Calibration::Bin Calibration::bin(std::size_t index) const {
  const std::size_t n = counts_[index];
  return {n, n == 0 ? 0.0 : confidence_sums_[index] / static_cast<double>(n), ratio(correct_[index], n)};
}

std::size_t Calibration::total() const {
  std::size_t n = 0;
  for (std::size_t count : counts_) n += count;
  return n;
}

double Calibration::expected_error() const {
  double gap = 0;
  for (std::size_t b = 0; b < kBins; ++b)
    gap += std::abs(static_cast<double>(correct_[b]) - confidence_sums_[b]);
  const std::size_t n = total();
  return n == 0 ? 0.0 : gap / static_cast<double>(n);
}

}  // namespace smsfilter::train
