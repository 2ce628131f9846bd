// smsfilter.train() and evaluate(), over lib/train.
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "bindings.h"
#include "smsfilter/classifier.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/metrics.h"
#include "smsfilter/train/pack.h"
#include "smsfilter/train/trainer.h"

namespace smsfilter::python {
namespace {

using namespace pybind11::literals;

py::bytes train(const std::string& train_path, const std::optional<std::string>& dev_path,
                const std::optional<std::string>& char_map_path,
                const std::optional<FeaturizerSettings>& settings, unsigned epochs,
                float learning_rate, float l2, std::uint64_t seed, float class_weight_power,
                float label_smoothing, float unsure_threshold, std::uint32_t row_bits, unsigned row_selection_epochs,
                unsigned shuffles, unsigned self_tests_per_class,
                unsigned threads, const py::object& progress) {
  train::TrainOptions options;
  if (settings) options.featurizer = *settings;
  options.epochs = epochs;
  options.learning_rate = learning_rate;
  options.l2 = l2;
  options.seed = seed;
  options.class_weight_power = class_weight_power;
  options.label_smoothing = label_smoothing;
  options.unsure_threshold = unsure_threshold;
  options.row_bits = row_bits;
  options.row_selection_epochs = row_selection_epochs;
  options.shuffles = shuffles;
  options.self_tests_per_class = self_tests_per_class;
  options.threads = threads;
  if (!progress.is_none()) {
    options.progress = [&progress](std::string_view line) {
      py::gil_scoped_acquire gil;
      progress(std::string(line));
    };
  }
  std::string bytes;
  Status status;
  {
    py::gil_scoped_release release;
    train::DatasetReader train_set;
    std::vector<train::Example> dev_set;
    train::CharMapEntries char_map;
    status = train_set.open(train_path);
    if (status.ok() && dev_path) status = train::read_dataset(*dev_path, &dev_set);
    if (status.ok() && char_map_path) status = train::read_char_map_file(*char_map_path, &char_map);
    train::ModelContents contents;
    if (status.ok()) status = train::train_model(&train_set, dev_set, char_map, options, &contents);
    if (status.ok()) bytes = train::serialize_model(contents);
  }
  check(status);
  return py::bytes(bytes);
}

py::dict metrics_dict(const train::ConfusionMatrix& m, const train::Calibration& calibration,
                      std::size_t unsure) {
  py::dict categories;
  py::list confusion;
  for (std::size_t t = 0; t < kCategoryCount; ++t) {
    const auto truth = static_cast<Category>(t);
    categories[py::str(std::string(kCategoryNames[t]))] =
        py::dict("precision"_a = m.precision(truth), "recall"_a = m.recall(truth),
                 "f1"_a = m.f1(truth), "support"_a = m.support(truth));
    py::list row;
    for (std::size_t p = 0; p < kCategoryCount; ++p)
      row.append(m.count(truth, static_cast<Category>(p)));
    confusion.append(row);
  }
  py::list reliability;
  for (std::size_t b = 0; b < train::Calibration::kBins; ++b) {
    const train::Calibration::Bin bin = calibration.bin(b);
    reliability.append(py::dict("count"_a = bin.count, "confidence"_a = bin.confidence,
                                "accuracy"_a = bin.accuracy));
  }
  return py::dict("count"_a = m.total(), "accuracy"_a = m.accuracy(), "macro_f1"_a = m.macro_f1(),
                  "unsure"_a = unsure, "categories"_a = categories, "confusion"_a = confusion,
                  "expected_calibration_error"_a = calibration.expected_error(),
                  "reliability"_a = reliability);
}

py::dict evaluate(const PyModel& model, const std::string& data_path) {
  train::ConfusionMatrix matrix;
  train::Calibration calibration;
  std::size_t unsure = 0;
  Status status;
  {
    py::gil_scoped_release release;
    Classifier classifier(model.model);
    train::DatasetReader reader;
    status = reader.open(data_path);
    for (train::Example example; status.ok() && reader.next(&example);) {
      Result result;
      status = classifier.classify(example.text, example.sender, &result);
      matrix.add(example.label, result.category);
      calibration.add(result.confidence, result.category == example.label);
      unsure += result.unsure;
    }
    if (status.ok()) status = reader.status();
  }
  check(status);
  return metrics_dict(matrix, calibration, unsure);
}

py::bytes pack_with_spec(const std::string& weights_path, const std::string& format_name,
                         const std::string& data_path, const train::FeaturizerSpec& spec, float temperature,
                         float unsure_threshold) {
  const auto format = train::weights_format_from_name(format_name);
  if (!format) check(Status(StatusCode::kInvalidArgument, "format must be \"liblinear\" or \"dense-csv\""));
  train::PackOptions options;
  options.temperature = temperature;
  options.unsure_threshold = unsure_threshold;
  std::string bytes;
  Status status;
  {
    py::gil_scoped_release release;
    train::ModelContents contents;
    status = train::pack_files(weights_path, *format, data_path, spec, options, &contents);
    if (status.ok()) bytes = train::serialize_model(contents);
  }
  check(status);
  return py::bytes(bytes);
}

py::bytes pack_for_model(const std::string& weights_path, const std::string& format_name,
                         const std::string& data_path, const PyModel& settings_model, float temperature,
                         float unsure_threshold) {
  return pack_with_spec(weights_path, format_name, data_path, train::spec_of(*settings_model.model),
                        temperature, unsure_threshold);
}

py::bytes pack_with_settings(const std::string& weights_path, const std::string& format_name,
                             const std::string& data_path, const FeaturizerSettings& settings,
                             const std::optional<std::string>& char_map, float temperature,
                             float unsure_threshold) {
  return pack_with_spec(weights_path, format_name, data_path, spec_with(settings, char_map), temperature,
                        unsure_threshold);
}

}  // namespace

void define_train(py::module_& m) {
  const train::TrainOptions d;
  m.def("train", &train, "train"_a, "dev"_a = py::none(), "char_map"_a = py::none(), py::kw_only(),
        "settings"_a = py::none(), "epochs"_a = d.epochs, "learning_rate"_a = d.learning_rate,
        "l2"_a = d.l2, "seed"_a = d.seed, "class_weight_power"_a = d.class_weight_power,
        "label_smoothing"_a = d.label_smoothing, "unsure_threshold"_a = d.unsure_threshold,
        "row_bits"_a = d.row_bits, "row_selection_epochs"_a = d.row_selection_epochs,
        "shuffles"_a = d.shuffles, "self_tests_per_class"_a = d.self_tests_per_class, "threads"_a = d.threads,
        "progress"_a = py::none(),
        "Trains a model on a labeled TSV file (label, sender, text, source), read once and kept "
        "only as features, and returns the .smsf bytes. `threads` featurize it. `dev` calibrates "
        "the confidence; `char_map` is a models/charmap.txt-style file; `row_bits` > 0 keeps "
        "2^row_bits weight rows of the settings' buckets, chosen after row_selection_epochs, as "
        "`smsfilter train --row-bits`; `shuffles` > 1 keeps the mean of that many trainings in "
        "other orders, as `--shuffles`; "
        "`progress` is called with each progress line. Deterministic for a given seed. Releases "
        "the GIL.");
  const train::PackOptions p;
  m.def("pack", &pack_for_model, "weights"_a, "format"_a, "data"_a, "settings"_a, py::kw_only(),
        "temperature"_a = p.temperature, "unsure_threshold"_a = p.unsure_threshold,
        "Builds a model from weights trained elsewhere on featurize_file() output, as `smsfilter "
        "pack` does, and returns the .smsf bytes. `format` is \"liblinear\" (a liblinear-train "
        "-s 0 model file) or \"dense-csv\" (one line per class: label, intercept, then one "
        "weight per bucket); `data` is a labeled TSV the self-test samples are chosen from; "
        "`settings` is the Model whose featurizer settings and character map made the features. "
        "Releases the GIL.");
  m.def("pack", &pack_with_settings, "weights"_a, "format"_a, "data"_a, "settings"_a, py::kw_only(),
        "char_map"_a = py::none(), "temperature"_a = p.temperature, "unsure_threshold"_a = p.unsure_threshold,
        "The same for features made under FeaturizerSettings `settings` with the character map "
        "file `char_map` or none (featurize_file's second form).");
  m.def("evaluate", &evaluate, "model"_a, "data"_a,
        "Classifies a labeled TSV file and returns its metrics: count, accuracy, macro_f1, "
        "unsure, per-category precision/recall/f1/support, the confusion matrix (rows: "
        "truth, columns: predicted, in category order), expected_calibration_error and "
        "reliability (per tenth of confidence: count, mean confidence, accuracy). Releases "
        "the GIL. smsfilter.evaluate() wraps it to draw figures.");
}

}  // namespace smsfilter::python
