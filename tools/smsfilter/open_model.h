// Opens the model file a command names, or the built-in default model.
#ifndef SMSFILTER_TOOLS_OPEN_MODEL_H_
#define SMSFILTER_TOOLS_OPEN_MODEL_H_

#include <memory>
#include <optional>
#include <string>

#include "smsfilter/model.h"
#include "smsfilter/train/featurizer_spec.h"

namespace smsfilter::cli {

// On failure prints the reason to stderr and returns null.
std::shared_ptr<const Model> open_model(const std::optional<std::string>& path);

// The featurizer spec of a model or settings file (train::read_featurizer_spec), or of the
// built-in model. On failure prints the reason to stderr and returns false.
bool read_spec(const std::optional<std::string>& path, train::FeaturizerSpec* spec);

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_OPEN_MODEL_H_
