// Classifying examples with a model that is still being built: for calibration and for
// choosing the self-test samples stored in it.
#ifndef SMSFILTER_LIB_TRAIN_SELF_TESTS_H_
#define SMSFILTER_LIB_TRAIN_SELF_TESTS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "smsfilter/result.h"
#include "smsfilter/status.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter::train {

// Longer messages are not stored as self-tests: they would bloat every model file.
inline constexpr std::size_t kMaxSelfTestTextBytes = 200;
// Self-tests are picked from a sample of this many times their number: enough to find
// sure ones, few enough to classify again in no time.
inline constexpr std::size_t kSelfTestCandidatesPerSample = 32;

// A bounded sample of a stream of examples to pick self-tests from: per class, the
// `per_class` distinct messages short enough for a self-test with the lowest hash of
// sender and text, those composed in this repository (source "composed:…") first.
// Deterministic, and spread over the whole stream whatever its order.
class SelfTestCandidates {
 public:
  explicit SelfTestCandidates(std::size_t per_class) : per_class_(per_class) {}
  void offer(const Example& example);
  // The sample, by class and then by hash.
  std::vector<Example> examples() const;

 private:
  struct Candidate {
    std::uint64_t hash;
    Example example;
  };
  static bool by_hash(const Candidate& a, const Candidate& b) { return a.hash < b.hash; }

  std::size_t per_class_;
  std::array<std::vector<Candidate>, kCategoryCount> pools_;  // max-heaps on the hash
};

// Probabilities of each example under the (quantised) model, at temperature 1.
Status predict_all(const ModelContents& contents, const std::vector<Example>& examples,
                   std::vector<Result>* results);

// Per class, the examples of at most kMaxSelfTestTextBytes classified right with the
// highest confidence: a change in featurization flips them last, so a flip means a real break.
std::vector<Example> pick_self_tests(const std::vector<Example>& examples,
                                     const std::vector<Result>& results, unsigned per_class);

}  // namespace smsfilter::train

#endif  // SMSFILTER_LIB_TRAIN_SELF_TESTS_H_
