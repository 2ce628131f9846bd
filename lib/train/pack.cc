#include "smsfilter/train/pack.h"

#include <algorithm>
#include <optional>

#include "train/self_tests.h"

namespace smsfilter::train {

namespace {

// The first class no example of `examples` is labelled with, if any.
std::optional<Category> class_missing_from(const std::vector<Example>& examples) {
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const auto category = static_cast<Category>(c);
    if (std::none_of(examples.begin(), examples.end(), [&](const Example& e) { return e.label == category; }))
      return category;
  }
  return std::nullopt;
}

}  // namespace

Status pack_model(const LinearWeights& weights, const FeaturizerSpec& spec,
                  const std::vector<Example>& samples, const PackOptions& options,
                  ModelContents* model) {
  if (std::string problem = featurizer_settings_problem(spec.settings); !problem.empty())
    return Status(StatusCode::kInvalidArgument, std::move(problem));
  if (weights.weights.size() != std::size_t{spec.settings.bucket_count()} * kCategoryCount)
    return Status(StatusCode::kInvalidArgument, "weights do not match the settings' bucket count");
  model->settings = {spec.settings, kCategoryCount, options.temperature, options.unsure_threshold};
  if (std::string problem = format::calibration_problem(model->settings); !problem.empty())
    return Status(StatusCode::kInvalidArgument, std::move(problem));
  model->char_map = spec.char_map;
  model->brands = spec.brands;
  quantize_weights(weights.weights, model);
  model->biases = weights.biases;
  model->training_info = options.training_info;

  if (const auto missing = class_missing_from(samples)) {
    return Status(StatusCode::kInvalidArgument, "the sample messages have none of class " +
                                                    std::string(category_name(*missing)) +
                                                    ": the weights are checked on some of each class");
  }
  std::vector<Result> results;
  Status status = predict_all(*model, samples, &results);
  if (!status.ok()) return status;
  model->self_tests = pick_self_tests(samples, results, options.self_tests_per_class);
  if (const auto missing = class_missing_from(model->self_tests)) {
    return Status(StatusCode::kInvalidArgument,
                  "no sample message of class " + std::string(category_name(*missing)) +
                      " is classified right: were the features made with other settings?");
  }
  return {};
}

std::optional<WeightsFormat> weights_format_from_name(std::string_view name) {
  if (name == "liblinear") return WeightsFormat::kLiblinear;
  if (name == "dense-csv") return WeightsFormat::kDenseCsv;
  return std::nullopt;
}

Status pack_files(const std::string& weights_path, WeightsFormat format,
                  const std::string& samples_path, const FeaturizerSpec& spec,
                  PackOptions options, ModelContents* model) {
  LinearWeights weights;
  const std::uint32_t buckets = spec.settings.bucket_count();
  Status status = format == WeightsFormat::kLiblinear ? read_liblinear_model(weights_path, buckets, &weights)
                                                      : read_dense_csv(weights_path, buckets, &weights);
  SelfTestCandidates candidates(options.self_tests_per_class * kSelfTestCandidatesPerSample);
  std::size_t count = 0;
  DatasetReader reader;
  if (status.ok()) status = reader.open(samples_path);
  for (Example example; status.ok() && reader.next(&example); ++count) candidates.offer(example);
  if (status.ok()) status = reader.status();
  if (!status.ok()) return status;
  options.training_info += std::string("trainer=external\nweights_format=") +
                           (format == WeightsFormat::kLiblinear ? "liblinear" : "dense-csv") +
                           "\nsample_examples=" + std::to_string(count) + "\n";
  return pack_model(weights, spec, candidates.examples(), options, model);
}

}  // namespace smsfilter::train
