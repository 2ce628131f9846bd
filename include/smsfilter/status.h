// Status codes returned across every API boundary. Messages attached to a status
// describe the failure (file, offset, section) and never contain SMS text.
#ifndef SMSFILTER_STATUS_H_
#define SMSFILTER_STATUS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "smsfilter/enum_names.h"

namespace smsfilter {

// Values, names and meanings: SMSF_STATUS_CODE in smsfilter/enums.def.
enum class StatusCode : int {
#define SMSF_STATUS_CODE(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

// "ok", "invalid argument", "corrupt model"...: what error messages begin with.
inline constexpr auto kStatusCodeNames = enum_names({
#define SMSF_STATUS_CODE(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

constexpr std::string_view status_code_name(StatusCode code) {
  const auto index = static_cast<std::size_t>(code);
  return index < kStatusCodeNames.size() ? kStatusCodeNames[index] : "unknown status";
}

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string to_string() const {
    return ok() ? "ok" : std::string(status_code_name(code_)) + ": " + message_;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace smsfilter

#endif  // SMSFILTER_STATUS_H_
