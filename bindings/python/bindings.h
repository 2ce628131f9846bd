// What the parts of the Python module share.
#ifndef SMSFILTER_BINDINGS_PYTHON_BINDINGS_H_
#define SMSFILTER_BINDINGS_PYTHON_BINDINGS_H_

#include <pybind11/pybind11.h>

#include <memory>

#include "smsfilter/model.h"
#include "smsfilter/status.h"

namespace smsfilter::python {

namespace py = pybind11;

// smsfilter.Model: a model and, for one opened from bytes, the bytes object it reads in
// place (null otherwise).
struct PyModel {
  std::shared_ptr<const Model> model;
  py::object bytes;
};

// Raises smsfilter.Error, whose `code` is a StatusCode, for a failed status. Needs the GIL.
void check(const Status& status);

void define_errors(py::module_& m);
void define_classify(py::module_& m);
void define_featurize(py::module_& m);
void define_policy(py::module_& m);
void define_train(py::module_& m);

}  // namespace smsfilter::python

#endif  // SMSFILTER_BINDINGS_PYTHON_BINDINGS_H_
