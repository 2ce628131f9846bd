// The training set as the trainer keeps it: the hashed features of every message, row by
// row, and nothing else of the messages.
#ifndef SMSFILTER_LIB_TRAIN_FEATURE_MATRIX_H_
#define SMSFILTER_LIB_TRAIN_FEATURE_MATRIX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "smsfilter/status.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/featurizer_spec.h"

namespace smsfilter::train {

// Compressed sparse rows: row r's features are feature(row_begin[r]) .. feature(row_begin[r + 1] - 1),
// in the featurizer's order, repeats kept (the scorer counts a feature once per occurrence).
// A feature is stored as its code, bucket * 2 + negated, in 2 bytes, 3 when bucket_bits >= 16:
// the features are most of the memory.
struct FeatureMatrix {
  std::vector<std::uint64_t> row_begin{0};
  std::vector<std::uint16_t> code_low;  // bits 0-15
  std::vector<std::uint8_t> code_high;  // bits 16-23; empty when bucket_bits < 16
  std::vector<std::uint8_t> labels;

  static bool needs_code_high(std::uint32_t bucket_bits) { return bucket_bits + 1 > 16; }
  HashedFeature feature(std::uint64_t i) const {
    const std::uint32_t code = code_high.empty() ? code_low[i] : code_low[i] | std::uint32_t{code_high[i]} << 16;
    return {code >> 1, (code & 1) != 0};
  }
  std::size_t rows() const { return labels.size(); }
  std::uint64_t features() const { return code_low.size(); }
  std::size_t bytes() const;
};

// Appends a row per example of `source`, featurized by `threads` >= 1 threads (the caller
// and threads - 1 more), in the source's order: the matrix is the same for any thread count.
// `visit`, if set, sees every example in order, on the calling thread.
Status featurize_examples(ExampleSource* source, const FeaturizerSpec& spec, unsigned threads,
                          const std::function<void(const Example&)>& visit, FeatureMatrix* matrix);

}  // namespace smsfilter::train

#endif  // SMSFILTER_LIB_TRAIN_FEATURE_MATRIX_H_
