// Status codes returned across every API boundary. Messages attached to a status
// describe the failure (file, offset, section) and never contain SMS text.
#ifndef SMSFILTER_STATUS_H_
#define SMSFILTER_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace smsfilter {

// Values are stable: the C API and the bindings expose them as numbers.
enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,
  kIoError = 2,
  kBadMagic = 3,               // not a .smsf file
  kUnsupportedVersion = 4,     // major version this build cannot read
  kTruncated = 5,              // shorter than its header says
  kChecksumMismatch = 6,       // bytes changed after writing
  kCorruptModel = 7,           // header valid, but a section is out of range or inconsistent
  kSelfTestFailed = 8,         // samples stored in the model classify differently here
  kInternal = 9,               // ICU or allocation failure
};

constexpr std::string_view status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kIoError: return "i/o error";
    case StatusCode::kBadMagic: return "not a smsfilter model (bad magic)";
    case StatusCode::kUnsupportedVersion: return "unsupported model version";
    case StatusCode::kTruncated: return "truncated model";
    case StatusCode::kChecksumMismatch: return "model checksum mismatch";
    case StatusCode::kCorruptModel: return "corrupt model";
    case StatusCode::kSelfTestFailed: return "model self-test failed";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown status";
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
