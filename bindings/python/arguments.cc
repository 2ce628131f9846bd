#include "arguments.h"

#include <cstddef>
#include <cstdint>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "smsfilter/host_text.h"

namespace smsfilter::python {
namespace {

// Appends code points [begin, end) of a str's data as UTF-8. Two surrogates in a row that
// make a pair read as the character they encode, as in UTF-16, which Java and the C API's
// UTF-16 calls pass; any other surrogate reads as U+FFFD.
template <typename CodePoint>
void append_utf8(const CodePoint* data, std::size_t begin, std::size_t end, std::string* out) {
  for (std::size_t i = begin; i < end; ++i) {
    auto c = static_cast<UChar32>(data[i]);
    if (U_IS_SURROGATE(c)) {
      if (U16_IS_SURROGATE_LEAD(c) && i + 1 < end && U16_IS_TRAIL(data[i + 1])) {
        c = U16_GET_SUPPLEMENTARY(c, static_cast<UChar32>(data[++i]));
      } else {
        c = 0xFFFD;
      }
    }
    char bytes[U8_MAX_LENGTH];
    std::int32_t size = 0;
    U8_APPEND_UNSAFE(bytes, size, c);
    out->append(bytes, static_cast<std::size_t>(size));
  }
}

void append_utf8(PyObject* str, std::size_t begin, std::size_t end, std::string* out) {
  const void* data = PyUnicode_DATA(str);
  switch (PyUnicode_KIND(str)) {
    case PyUnicode_1BYTE_KIND:
      return append_utf8(static_cast<const Py_UCS1*>(data), begin, end, out);
    case PyUnicode_2BYTE_KIND:
      return append_utf8(static_cast<const Py_UCS2*>(data), begin, end, out);
    default:
      return append_utf8(static_cast<const Py_UCS4*>(data), begin, end, out);
  }
}

// The str's length in code points, once its data can be read by kind.
std::size_t str_length(PyObject* str) {
#if PY_VERSION_HEX < 0x030C0000
  if (PyUnicode_READY(str) != 0) throw py::error_already_set();  // a legacy str
#endif
  return static_cast<std::size_t>(PyUnicode_GET_LENGTH(str));
}

}  // namespace

void throw_wrong_type(py::handle object, const char* name, const std::string& expected) {
  throw py::type_error(std::string(name) + " must be " + expected + ", not " +
                       Py_TYPE(object.ptr())->tp_name);
}

std::string utf8_argument(py::handle object, const char* name) {
  PyObject* source = object.ptr();
  if (PyBytes_Check(source)) return std::string(PyBytes_AS_STRING(source), PyBytes_GET_SIZE(source));
  if (!PyUnicode_Check(source)) throw_wrong_type(object, name, "str or bytes");
  std::string out;
  append_utf8(source, 0, str_length(source), &out);
  return out;
}

MessageText::MessageText(py::handle object, const char* name) {
  PyObject* source = object.ptr();
  if (PyBytes_Check(source)) {
    in_place_ = {PyBytes_AS_STRING(source), static_cast<std::size_t>(PyBytes_GET_SIZE(source))};
    return;
  }
  if (!PyUnicode_Check(source)) throw_wrong_type(object, name, "str or bytes");
  const std::size_t length = str_length(source);
  if (PyUnicode_IS_ASCII(source)) {
    in_place_ = {static_cast<const char*>(PyUnicode_DATA(source)), length};
    return;
  }
  // The library scans at most kMaxScannedBytes of UTF-8 from each end. A code point is one
  // byte or more, so that many code points from each end hold all it reads; a few more keep
  // something unread between the two, as in the whole text, and put a surrogate pair split
  // at a cut beyond what it reads.
  constexpr std::size_t kReach = kMaxScannedBytes + U8_MAX_LENGTH;
  if (length <= 2 * kReach) {
    append_utf8(source, 0, length, &converted_);
  } else {
    append_utf8(source, 0, kReach, &converted_);
    append_utf8(source, length - kReach, length, &converted_);
  }
}

}  // namespace smsfilter::python
