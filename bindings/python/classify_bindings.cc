// smsfilter.Model, Classifier, Result and default_model().
#include <pybind11/stl.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "arguments.h"
#include "bindings.h"
#include "smsfilter/decision.h"
#include "default_model.h"

namespace smsfilter::python {
namespace {

using namespace pybind11::literals;

// A Result that owns its feature names, so it outlives the classifier's next call.
struct PyResult {
  Category category = Category::kPersonal;
  float confidence = 0;
  std::array<float, kCategoryCount> probabilities{};
  bool unsure = false;
  std::vector<std::pair<std::string, float>> top_features;
};

PyResult classify(PyClassifier& self, const Param<MessageText>& text_param,
                  const Param<MessageText>& sender_param) {
  const MessageText text = text_param.get("text");
  const MessageText sender = sender_param.get("sender");
  PyResult out;
  Status status;
  {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(self.mutex);
    Result result;
    status = self.classifier.classify(text.utf8(), sender.utf8(), &result);
    out = {result.category, result.confidence, result.probabilities, result.unsure, {}};
    for (std::size_t i = 0; i < result.top_feature_count; ++i)
      out.top_features.emplace_back(result.top_features[i].feature, result.top_features[i].weight);
  }
  check(status);
  return out;
}

// smsfilter::explain() of the result: its feature names point into `r` while it runs.
std::string explain_result(const PyResult& r) {
  Result result;
  result.category = r.category;
  result.confidence = r.confidence;
  result.top_feature_count = std::min(r.top_features.size(), kMaxExplainedFeatures);
  for (std::size_t i = 0; i < result.top_feature_count; ++i)
    result.top_features[i] = {r.top_features[i].first, r.top_features[i].second};
  return explain(result);
}

std::string normalized_text(PyClassifier& self) {
  std::lock_guard<std::mutex> lock(self.mutex);
  return std::string(self.classifier.normalized_text());
}

PyModel open_file(const std::string& path) {
  Status status;
  std::shared_ptr<const Model> model;
  {
    py::gil_scoped_release release;
    model = Model::open_file(path, &status);
  }
  check(status);
  return {std::move(model), py::none()};
}

PyModel from_bytes(const py::bytes& bytes) {
  const std::string_view view(bytes);  // the bytes object's own buffer, no copy
  Status status;
  std::shared_ptr<const Model> model;
  {
    py::gil_scoped_release release;  // bytes objects are immutable
    model = Model::open_buffer(view.data(), view.size(), &status);
  }
  check(status);
  return {std::move(model), bytes};
}

PyModel default_model() {
  const std::string_view bytes = default_model_bytes();
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  check(status);
  return {std::move(model), py::none()};
}

py::dict probabilities_dict(const PyResult& r) {
  py::dict d;
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    d[py::str(std::string(kCategoryNames[c]))] = r.probabilities[c];
  return d;
}

std::string category_string(const PyResult& r) { return std::string(category_name(r.category)); }

}  // namespace

void define_classify(py::module_& m) {
  py::tuple categories(kCategoryCount);
  for (std::size_t c = 0; c < kCategoryCount; ++c) categories[c] = std::string(kCategoryNames[c]);
  m.attr("CATEGORIES") = categories;

  py::class_<PyModel>(
      m, "Model", "An immutable model. Share one between threads; give each its own Classifier.")
      .def_static("open", &open_file, "path"_a, "Opens (memory-maps) a .smsf file.")
      .def_static("from_bytes", &from_bytes, "data"_a,
                  "Opens the bytes of a .smsf file in place; the model keeps the bytes object.")
      .def_property_readonly(
          "version",
          [](const PyModel& self) {
            return std::make_pair(self.model->major_version(), self.model->minor_version());
          },
          "(major, minor) format version")
      .def_property_readonly("file_size",
                             [](const PyModel& self) { return self.model->file_size(); })
      .def_property_readonly("featurizer_settings",
                             [](const PyModel& self) { return self.model->featurizer_settings(); })
      .def_property_readonly("temperature",
                             [](const PyModel& self) { return self.model->temperature(); })
      .def_property_readonly("unsure_threshold",
                             [](const PyModel& self) { return self.model->unsure_threshold(); })
      .def_property_readonly(
          "training_info",
          [](const PyModel& self) { return std::string(self.model->training_info()); },
          "key=value lines the trainer wrote");

  m.def("default_model", &default_model,
        "The model compiled into this module (models/default.smsf).");

  py::class_<PyResult>(m, "Result", "What classifying one message returns.")
      .def_property_readonly("category", &category_string, "the most probable category's name")
      .def_readonly("confidence", &PyResult::confidence, "probabilities[category]")
      .def_property_readonly("probabilities", &probabilities_dict,
                             "category name -> probability, in CATEGORIES order; they sum to 1")
      .def_readonly("unsure", &PyResult::unsure,
                    "the top probability is below the model's threshold: leave the message alone")
      .def_readonly("top_features", &PyResult::top_features,
                    "(feature, weight) pairs that raised the category most, strongest first")
      .def("explain", &explain_result,
           "Why the model chose its category, for the message's owner who asks, e.g. "
           "'marketing 0.97: w:贷款 +1.32, c2:退订 +0.85'. The features are pieces of the "
           "message's text: never log it (repr() is safe to log).")
      .def("__repr__", [](const PyResult& r) {
        return "<Result " + category_string(r) + " " + std::to_string(r.confidence) +
               (r.unsure ? " unsure>" : ">");
      });

  py::class_<PyClassifier> classifier(m, "Classifier",
                                      "Classifies messages with a Model. One per thread.");
  classifier.def(py::init<const PyModel&>(), "model"_a, py::keep_alive<1, 2>())
      .def("classify", &classify, "text"_a, "sender"_a = "",
           "Classifies one message; `sender` is the number or name the phone shows. Releases "
           "the GIL.")
      .def("normalized_text", &normalized_text,
           "The last classified message after normalisation, as the model saw it.");
  refuse_unmatched_calls(classifier, "classify");
}

}  // namespace smsfilter::python
