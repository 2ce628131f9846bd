#include "bindings.h"

namespace smsfilter::python {
namespace {

PyObject* error_type = nullptr;  // smsfilter.Error, alive as long as the interpreter

}  // namespace

void check(const Status& status) {
  if (status.ok()) return;
  py::object error = py::reinterpret_borrow<py::object>(error_type)(status.to_string());
  error.attr("code") = status.code();
  PyErr_SetObject(error_type, error.ptr());
  throw py::error_already_set();
}

void define_errors(py::module_& m) {
  error_type = PyErr_NewExceptionWithDoc(
      "smsfilter.Error", "A failure; `code` is a StatusCode. Messages never contain SMS text.",
      PyExc_Exception, nullptr);
  if (error_type == nullptr) throw py::error_already_set();
  m.attr("Error") = py::handle(error_type);
}

}  // namespace smsfilter::python

PYBIND11_MODULE(_smsfilter, m) {
  m.doc() = "On-device Chinese SMS spam filtering: classify, decide, featurize, train and evaluate.";
  using namespace smsfilter::python;
  define_enums(m);
  define_errors(m);
  define_classify(m);
  define_featurize(m);
  define_policy(m);
  define_train(m);
}
