// Classification metrics over the five categories, and the calibration of the confidence.
#ifndef SMSFILTER_TRAIN_METRICS_H_
#define SMSFILTER_TRAIN_METRICS_H_

#include <array>
#include <cstddef>

#include "smsfilter/category.h"

namespace smsfilter::train {

class ConfusionMatrix {
 public:
  void add(Category truth, Category predicted) { ++counts_[index(truth)][index(predicted)]; }

  std::size_t count(Category truth, Category predicted) const { return counts_[index(truth)][index(predicted)]; }
  std::size_t total() const;
  std::size_t support(Category truth) const;  // examples whose truth is `truth`
  double accuracy() const;
  double precision(Category c) const;
  double recall(Category c) const;
  double f1(Category c) const;
  // Mean F1 over the categories present in the truth.
  double macro_f1() const;

 private:
  static std::size_t index(Category c) { return static_cast<std::size_t>(c); }
  std::array<std::array<std::size_t, kCategoryCount>, kCategoryCount> counts_{};
};

// How well the confidence (the top probability) matches the share of right predictions,
// in kBins bins of equal width: the data of a reliability diagram.
class Calibration {
 public:
  static constexpr std::size_t kBins = 10;
  struct Bin {
    std::size_t count = 0;
    double confidence = 0;  // mean confidence of the bin's predictions
    double accuracy = 0;    // their share predicted right
  };

  void add(float confidence, bool correct);
  Bin bin(std::size_t index) const;
  std::size_t total() const;
  // Expected calibration error: the mean over predictions of |accuracy - confidence| of
  // their bin.
  double expected_error() const;

 private:
  std::array<std::size_t, kBins> counts_{};
  std::array<double, kBins> confidence_sums_{};
  std::array<std::size_t, kBins> correct_{};
};

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_METRICS_H_
