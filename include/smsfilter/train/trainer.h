// Multinomial logistic regression over hashed features, trained with AdaGrad and L2.
// Deterministic: the same examples, settings and seed give a byte-identical model.
#ifndef SMSFILTER_TRAIN_TRAINER_H_
#define SMSFILTER_TRAIN_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/featurizer_settings.h"
#include "smsfilter/status.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter::train {

inline constexpr unsigned kMaxThreads = 64;

struct TrainOptions {
  FeaturizerSettings featurizer;
  unsigned epochs = 10;
  float learning_rate = 0.2f;
  float l2 = 1e-6f;
  std::uint64_t seed = 1;
  // Class c's loss is weighted by (examples / (classes * examples of c))^power: 0 is
  // unweighted, 1 fully balanced.
  float class_weight_power = 0.5f;
  // Each example's target is 1 - x on its label and x spread over all the classes (0: the
  // label alone). Labels from keyword rules and crowd corpora are noisy, and a model that
  // must be sure of every one of them learns weights too strong for any single phrase.
  float label_smoothing = 0;
  float unsure_threshold = 0.5f;
  // 0: a weight row per bucket. Otherwise the model keeps 2^row_bits rows, each the one
  // bucket that mattered most among those sharing it (format::ModelSettings::row_bits) to a
  // model trained first on every bucket for row_selection_epochs; then `epochs` on the kept
  // buckets alone. Four epochs choose about as well as ten and keep a million messages
  // within a minute (docs/model.md, "2^20 buckets in 2^16 tagged rows").
  std::uint32_t row_bits = 0;
  unsigned row_selection_epochs = 4;
  // The training after row selection (or the only one) runs this many times, in the
  // orders of seeds seed, seed + 1, ..., and the model keeps the mean of their weights:
  // an average over orders generalises better than any one of them.
  unsigned shuffles = 1;
  // Self-test samples stored per class: those classified most surely among a sample of
  // kSelfTestCandidatesPerSample times as many training examples (train/self_tests.h).
  unsigned self_tests_per_class = 2;
  // Threads featurizing the training set, 1..kMaxThreads; the model does not depend on it.
  unsigned threads = 2;
  std::function<void(std::string_view)> progress;
};

// Trains on the examples of `train`, read once: only their features stay in memory. `dev`
// (may be empty) calibrates the softmax temperature and is reported in progress lines.
// Fills a complete, quantised model.
Status train_model(ExampleSource* train, const std::vector<Example>& dev,
                   const CharMapEntries& char_map, const TrainOptions& options,
                   ModelContents* model);

// The same over examples in memory.
Status train_model(const std::vector<Example>& train, const std::vector<Example>& dev,
                   const CharMapEntries& char_map, const TrainOptions& options,
                   ModelContents* model);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_TRAINER_H_
