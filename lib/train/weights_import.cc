#include "smsfilter/train/weights_import.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <set>

namespace smsfilter::train {
namespace {

Status invalid(const std::string& path, const std::string& what) {
  return Status(StatusCode::kInvalidArgument, path + ": " + what);
}

std::string too_many_features(std::size_t features, std::uint32_t bucket_count) {
  return "weights for " + std::to_string(features) + " features, but the settings have " +
         std::to_string(bucket_count) + " buckets: were the features made with other settings?";
}

bool read_finite(std::istream& in, double* value) {
  return static_cast<bool>(in >> *value) && std::isfinite(*value);
}

// liblinear's solvers whose decision values are logistic-regression logits.
bool is_logistic(const std::string& solver) {
  return solver == "L2R_LR" || solver == "L1R_LR" || solver == "L2R_LR_DUAL";
}

}  // namespace

Status read_liblinear_model(const std::string& path, std::uint32_t bucket_count,
                            LinearWeights* out) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot open");
  std::string key, solver;
  std::size_t classes = 0, features = 0;
  double bias = -1;
  std::vector<int> labels;
  while (in >> key && key != "w") {
    if (key == "solver_type") {
      in >> solver;
    } else if (key == "nr_class") {
      in >> classes;
    } else if (key == "label") {
      labels.resize(classes);
      for (int& label : labels) in >> label;
    } else if (key == "nr_feature") {
      in >> features;
    } else if (key == "bias") {
      in >> bias;
    } else {
      return invalid(path, "unexpected liblinear model line \"" + key + "\"");
    }
    if (!in) return invalid(path, "malformed liblinear model header at \"" + key + "\"");
  }
  if (key != "w") return invalid(path, "no \"w\" line: not a liblinear model");
  if (!is_logistic(solver))
    return invalid(path, "solver " + solver + " is not logistic regression (liblinear-train -s 0, 6 or 7)");
  const std::set<int> label_set(labels.begin(), labels.end());
  if (classes != kCategoryCount || labels.size() != kCategoryCount || label_set.size() != kCategoryCount ||
      *label_set.begin() != 0 || *label_set.rbegin() != static_cast<int>(kCategoryCount) - 1)
    return invalid(path, "labels must be the five categories 0..4 (train on data with every class)");
  if (features > bucket_count) return invalid(path, too_many_features(features, bucket_count));

  out->weights.assign(std::size_t{bucket_count} * kCategoryCount, 0.0f);
  out->biases.fill(0.0f);
  const std::size_t rows = features + (bias >= 0 ? 1 : 0);
  for (std::size_t row = 0; row < rows; ++row) {
    for (int label : labels) {
      double w;
      if (!read_finite(in, &w)) return invalid(path, "expected " + std::to_string(rows) + " rows of finite weights");
      const auto c = static_cast<std::size_t>(label);
      if (row < features) out->weights[row * kCategoryCount + c] = static_cast<float>(w);
      else out->biases[c] = static_cast<float>(w * bias);
    }
  }
  return {};
}

Status read_dense_csv(const std::string& path, std::uint32_t bucket_count, LinearWeights* out) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot open");
  out->weights.assign(std::size_t{bucket_count} * kCategoryCount, 0.0f);
  out->biases.fill(0.0f);
  std::array<bool, kCategoryCount> seen{};
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::string where = "line " + std::to_string(number) + ": ";
    const char* p = line.data();
    const char* end = line.data() + line.size();
    unsigned label = 0;
    auto parsed = std::from_chars(p, end, label);
    if (parsed.ec != std::errc() || label >= kCategoryCount || seen[label] || parsed.ptr == end || *parsed.ptr != ',')
      return invalid(path, where + "expected a category 0..4 not seen before, then a comma");
    seen[label] = true;
    p = parsed.ptr + 1;
    // The intercept (column 0), then one weight per bucket.
    std::size_t column = 0;
    for (;; ++column) {
      float value = 0;
      parsed = std::from_chars(p, end, value);
      if (parsed.ec != std::errc() || !std::isfinite(value) || (parsed.ptr != end && *parsed.ptr != ','))
        return invalid(path, where + "expected finite numbers separated by commas");
      if (column > bucket_count) return invalid(path, where + too_many_features(column, bucket_count));
      if (column == 0) out->biases[label] = value;
      else out->weights[(column - 1) * kCategoryCount + label] = value;
      if (parsed.ptr == end) break;
      p = parsed.ptr + 1;
    }
    if (column != bucket_count)
      return invalid(path, where + std::to_string(column) + " weights, the settings have " +
                               std::to_string(bucket_count) + " buckets");
  }
  for (bool s : seen) {
    if (!s) return invalid(path, "expected one line for each of the five categories");
  }
  return {};
}

}  // namespace smsfilter::train
