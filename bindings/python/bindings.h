// What the parts of the Python module share.
#ifndef SMSFILTER_BINDINGS_PYTHON_BINDINGS_H_
#define SMSFILTER_BINDINGS_PYTHON_BINDINGS_H_

#include <pybind11/pybind11.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "smsfilter/classifier.h"
#include "smsfilter/model.h"
#include "smsfilter/status.h"
#include "smsfilter/train/featurizer_spec.h"

namespace smsfilter::python {

namespace py = pybind11;

// smsfilter.Model: a model and, for one opened from bytes, the bytes object it reads in
// place (null otherwise).
struct PyModel {
  std::shared_ptr<const Model> model;
  py::object bytes;
};

// smsfilter.Classifier.
struct PyClassifier {
  explicit PyClassifier(const PyModel& model) : classifier(model.model) {}

  Classifier classifier;
  // Calls run without the GIL: Python threads sharing one classifier take turns.
  std::mutex mutex;
};

// Raises smsfilter.Error, whose `code` is a StatusCode, for a failed status. Needs the GIL.
void check(const Status& status);

// `settings` with the character map file `char_map` (models/charmap.txt format) or none;
// raises for settings the featurizer can't use or a map it can't read. Needs the GIL.
train::FeaturizerSpec spec_with(const FeaturizerSettings& settings, const std::optional<std::string>& char_map);

void define_enums(py::module_& m);
void define_errors(py::module_& m);
void define_classify(py::module_& m);
void define_featurize(py::module_& m);
void define_policy(py::module_& m);
void define_train(py::module_& m);

}  // namespace smsfilter::python

#endif  // SMSFILTER_BINDINGS_PYTHON_BINDINGS_H_
