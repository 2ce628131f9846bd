// A complete model from weights trained elsewhere: settings, character map, int8 weights
// and self-test samples, as the trainer would write them.
#ifndef SMSFILTER_TRAIN_PACK_H_
#define SMSFILTER_TRAIN_PACK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/status.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/featurizer_spec.h"
#include "smsfilter/train/model_writer.h"
#include "smsfilter/train/weights_import.h"

namespace smsfilter::train {

struct PackOptions {
  float temperature = 1;
  float unsure_threshold = 0.5f;  // the trainer's default
  unsigned self_tests_per_class = 2;
  std::string training_info;      // "key=value" lines: where the weights came from
};

// Quantises `weights` (trained on features of `spec`) and picks the self-test samples
// from `samples` (a dev set). Refuses weights whose size differs from the spec's bucket
// count, and samples among which some class has no message the model classifies right:
// the usual sign of features made with other settings or another character map.
Status pack_model(const LinearWeights& weights, const FeaturizerSpec& spec,
                  const std::vector<Example>& samples, const PackOptions& options,
                  ModelContents* model);

enum class WeightsFormat { kLiblinear, kDenseCsv };

// "liblinear" or "dense-csv".
std::optional<WeightsFormat> weights_format_from_name(std::string_view name);

// pack_model over the weights file `weights_path` and the self-test candidates the trainer
// would sample from the TSV file `samples_path` (read once, in bounded memory);
// records the weights' format in the training info.
Status pack_files(const std::string& weights_path, WeightsFormat format,
                  const std::string& samples_path, const FeaturizerSpec& spec,
                  PackOptions options, ModelContents* model);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_PACK_H_
