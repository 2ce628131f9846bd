// Classification metrics over the five categories.
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

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_METRICS_H_
