// Opens the model file a command names, or the built-in default model.
#ifndef SMSFILTER_TOOLS_OPEN_MODEL_H_
#define SMSFILTER_TOOLS_OPEN_MODEL_H_

#include <memory>
#include <optional>
#include <string>

#include "smsfilter/model.h"

namespace smsfilter::cli {

// On failure prints the reason to stderr and returns null.
std::shared_ptr<const Model> open_model(const std::optional<std::string>& path);

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_OPEN_MODEL_H_
