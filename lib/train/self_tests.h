// Classifying examples with a model that is still being built: for calibration and for
// choosing the self-test samples stored in it.
#ifndef SMSFILTER_LIB_TRAIN_SELF_TESTS_H_
#define SMSFILTER_LIB_TRAIN_SELF_TESTS_H_

#include <vector>

#include "smsfilter/result.h"
#include "smsfilter/status.h"
#include "train/dataset.h"
#include "train/model_writer.h"

namespace smsfilter::train {

// Probabilities of each example under the (quantised) model, at temperature 1.
Status predict_all(const ModelContents& contents, const std::vector<Example>& examples,
                   std::vector<Result>* results);

// Per class, the shortest-text examples among those classified right with the highest
// confidence: a change in featurization flips them last, so a flip means a real break.
std::vector<Example> pick_self_tests(const std::vector<Example>& examples,
                                     const std::vector<Result>& results, unsigned per_class);

}  // namespace smsfilter::train

#endif  // SMSFILTER_LIB_TRAIN_SELF_TESTS_H_
