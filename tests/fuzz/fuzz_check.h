// Shared by the fuzz targets: the default model, and the invariants every classification
// must hold whatever the input.
#ifndef SMSFILTER_TESTS_FUZZ_FUZZ_CHECK_H_
#define SMSFILTER_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "default_model.h"
#include "smsfilter/classifier.h"

namespace smsfilter::fuzz {

// Stops the run with `what`: libFuzzer reports it as a crash and saves the input.
inline void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

inline std::shared_ptr<const Model> default_model() {
  static const std::shared_ptr<const Model> model = [] {
    const std::string_view bytes = default_model_bytes();
    Status status;
    auto opened = Model::open_buffer(bytes.data(), bytes.size(), &status);
    require(opened != nullptr, "the default model opens");
    return opened;
  }();
  return model;
}

// Any message classifies: a category with its probability, the probabilities a
// distribution, at most kMaxExplainedFeatures explanations.
inline void check_result(const Status& status, const Result& result) {
  require(status.ok(), "classify succeeds on any text");
  float sum = 0;
  for (float p : result.probabilities) {
    require(p >= 0 && p <= 1, "probabilities in [0, 1]");
    sum += p;
  }
  require(std::fabs(sum - 1) < 1e-3f, "probabilities sum to 1");
  require(result.confidence == result.probabilities[static_cast<std::size_t>(result.category)],
          "confidence is the category's probability");
  require(result.top_feature_count <= kMaxExplainedFeatures, "at most 4 explanations");
}

}  // namespace smsfilter::fuzz

#endif  // SMSFILTER_TESTS_FUZZ_FUZZ_CHECK_H_
