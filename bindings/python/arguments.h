// Arguments of functions that take message text, converted without ever quoting a value.
//
// When no overload accepts a call's arguments, pybind11 raises a TypeError ending in
// "Invoked with: " and the repr of every argument: the whole SMS and its sender for a
// classify() called with a wrong sender type. So such a function declares each parameter
// as a Param<T>, which pybind11 always accepts, converts it with Param::get(), whose
// TypeError names the parameter and its expected type but not the value, and ends its
// overloads with refuse_unmatched_calls(), which catches the calls still unmatched (a wrong
// number or name of arguments, or a wrong self) before pybind11's own error does.
#ifndef SMSFILTER_BINDINGS_PYTHON_ARGUMENTS_H_
#define SMSFILTER_BINDINGS_PYTHON_ARGUMENTS_H_

#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace smsfilter::python {

namespace py = pybind11;

// Raises TypeError "`name` must be `expected`, not <the type of object>".
[[noreturn]] void throw_wrong_type(py::handle object, const char* name, const std::string& expected);

// A str as UTF-8, each unpaired surrogate read as U+FFFD as the library reads unpaired
// surrogates in UTF-16, or bytes as they are (read as UTF-8).
std::string utf8_argument(py::handle object, const char* name);

// A message's text or sender as classify and decide read it, in UTF-8: bytes and an ASCII
// str in place, or of any other str what the library reads from each end
// (smsfilter/host_text.h) converted as utf8_argument() does, so a huge str costs no more
// than its ends.
class MessageText {
 public:
  MessageText(py::handle object, const char* name);
  std::string_view utf8() const { return in_place_.data() ? in_place_ : converted_; }

 private:
  std::string_view in_place_;  // pybind11 holds the arguments for the whole call
  std::string converted_;
};

// The Python name of what a Param<T> converts to, for errors.
template <typename T>
std::string expected_type_name() {
  using Caster = py::detail::make_caster<T>;
  if constexpr (std::is_base_of_v<py::detail::type_caster_generic, Caster>) {
    using Class = py::detail::intrinsic_t<T>;
    const std::string name = py::str(py::type::of<Class>().attr("__name__"));
    return std::is_pointer_v<T> ? name + " or None" : name;
  } else {
    return Caster::name.text;
  }
}

template <typename T>
inline constexpr bool is_integer = std::is_integral_v<T>;
template <typename T>
inline constexpr bool is_integer<std::optional<T>> = std::is_integral_v<T>;

template <typename T>
class Param {
 public:
  // What the parameter shows in signatures.
  using Shown = std::conditional_t<std::is_same_v<T, MessageText>, std::string, T>;

  // The argument as a T, or a TypeError naming `name`.
  decltype(auto) get(const char* name) const {
    if constexpr (std::is_same_v<T, std::string>) {
      return utf8_argument(object_, name);
    } else if constexpr (std::is_same_v<T, MessageText>) {
      return MessageText(object_, name);
    } else {
      try {
        return py::cast<T>(object_);
      } catch (const py::cast_error&) {
      } catch (const py::reference_cast_error&) {  // None for a reference
      }
      if (is_integer<T> && PyLong_Check(object_.ptr()))
        throw py::value_error(std::string(name) + " is out of range");
      throw_wrong_type(object_, name, expected_type_name<T>());
    }
  }

 private:
  friend struct py::detail::type_caster<Param>;
  py::handle object_;  // borrowed: pybind11 holds the arguments for the whole call
};

// Last overload of `name` in `scope` (a module or class): takes any arguments and raises a
// TypeError that doesn't show them.
template <typename Scope>
void refuse_unmatched_calls(Scope& scope, const char* name) {
  scope.def(
      name,
      [name](const py::args&, const py::kwargs&) {
        throw py::type_error(std::string(name) +
                             "(): arguments that match none of its signatures (see its help); "
                             "their values are not shown, they may be message text");
      },
      "Any other arguments: raises TypeError without showing them.");
}

}  // namespace smsfilter::python

namespace pybind11::detail {

// Accepts any object, so a call never fails in pybind11's dispatch because of a Param.
template <typename T>
struct type_caster<smsfilter::python::Param<T>> {
  PYBIND11_TYPE_CASTER(smsfilter::python::Param<T>,
                       make_caster<typename smsfilter::python::Param<T>::Shown>::name);
  bool load(handle source, bool /*convert*/) {
    value.object_ = source;
    return true;
  }
};

}  // namespace pybind11::detail

#endif  // SMSFILTER_BINDINGS_PYTHON_ARGUMENTS_H_
