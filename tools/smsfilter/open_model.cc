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

}  // namespace smsfilter::cli
