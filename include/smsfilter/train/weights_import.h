// Weights of a linear model trained outside smsfilter, on features from export_libsvm.
//
// liblinear: the model file `liblinear-train` writes with a logistic-regression solver
// (-s 0, 6 or 7) on all five classes; its `label` line gives the order of the `w` columns,
// and with -B the last `w` row, times `bias`, is the intercept.
//
// dense CSV: one line per class, `LABEL,INTERCEPT,W1,...,WB` with LABEL the 0-based
// category, INTERCEPT its bias and Wi the weight of LIBSVM feature index i (bucket i-1),
// B = 2^bucket_bits: scikit-learn's coef_/intercept_ or Spark's
// coefficientMatrix/interceptVector, row by row. Lines may come in any order.
#ifndef SMSFILTER_TRAIN_WEIGHTS_IMPORT_H_
#define SMSFILTER_TRAIN_WEIGHTS_IMPORT_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "smsfilter/category.h"
#include "smsfilter/status.h"

namespace smsfilter::train {

struct LinearWeights {
  std::vector<float> weights;  // [bucket][class], as quantize_weights takes them
  std::array<float, kCategoryCount> biases{};
};

// Both refuse weights for more features than `bucket_count`: they were trained on
// features of other settings. liblinear may know fewer (its nr_feature is the largest
// index it saw); the buckets it never saw get weight 0.
Status read_liblinear_model(const std::string& path, std::uint32_t bucket_count,
                            LinearWeights* out);
Status read_dense_csv(const std::string& path, std::uint32_t bucket_count, LinearWeights* out);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_WEIGHTS_IMPORT_H_
