#include "arguments.h"

#include <cstdint>

#include <unicode/utf16.h>

#include "smsfilter/host_text.h"

namespace smsfilter::python {

void throw_wrong_type(py::handle object, const char* name, const std::string& expected) {
  throw py::type_error(std::string(name) + " must be " + expected + ", not " +
                       Py_TYPE(object.ptr())->tp_name);
}

std::string message_text(py::handle object, const char* name) {
  PyObject* source = object.ptr();
  if (PyBytes_Check(source)) return std::string(PyBytes_AS_STRING(source), PyBytes_GET_SIZE(source));
  if (!PyUnicode_Check(source)) throw_wrong_type(object, name, "str or bytes");
  Py_ssize_t size = 0;
  if (const char* utf8 = PyUnicode_AsUTF8AndSize(source, &size)) return std::string(utf8, size);
  // An unpaired surrogate. The UnicodeEncodeError holds the whole text: drop it.
  PyErr_Clear();
  // Read as UTF-16, as Java and the C API's UTF-16 calls pass text.
  const int kind = PyUnicode_KIND(source);
  const void* data = PyUnicode_DATA(source);
  std::u16string units;
  for (Py_ssize_t i = 0, length = PyUnicode_GET_LENGTH(source); i < length; ++i) {
    char16_t unit[U16_MAX_LENGTH];
    std::int32_t unit_size = 0;
    U16_APPEND_UNSAFE(unit, unit_size, static_cast<UChar32>(PyUnicode_READ(kind, data, i)));
    units.append(unit, static_cast<std::size_t>(unit_size));
  }
  return utf16_to_utf8(units);
}

}  // namespace smsfilter::python
