#include "open_model.h"

#include <fmt/core.h>

#include "default_model.h"

namespace smsfilter::cli {

std::shared_ptr<const Model> open_model(const std::optional<std::string>& path) {
  Status status;
  std::shared_ptr<const Model> model;
  if (path) {
    model = Model::open_file(*path, &status);
  } else {
    const std::string_view bytes = default_model_bytes();
    model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  }
  if (!model) fmt::print(stderr, "smsfilter: {}: {}\n", path.value_or("built-in model"), status.to_string());
  return model;
}

bool read_spec(const std::optional<std::string>& path, train::FeaturizerSpec* spec) {
  if (!path) {
    const auto model = open_model(path);
    if (model) *spec = train::spec_of(*model);
    return model != nullptr;
  }
  const Status status = train::read_featurizer_spec(*path, spec);
  if (!status.ok()) fmt::print(stderr, "smsfilter: {}\n", status.to_string());
  return status.ok();
}

}  // namespace smsfilter::cli
