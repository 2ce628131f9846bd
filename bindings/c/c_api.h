// What the C API's functions share: the handles behind the opaque C types, the calling
// thread's last error, and the boundary no C++ exception crosses.
#ifndef SMSFILTER_BINDINGS_C_C_API_H_
#define SMSFILTER_BINDINGS_C_C_API_H_

#include <atomic>
#include <memory>
#include <new>
#include <string>

#include "smsfilter.h"
#include "smsfilter/classifier.h"
#include "smsfilter/status.h"

struct smsf_model {
  explicit smsf_model(std::shared_ptr<const smsfilter::Model> m) : model(std::move(m)) {}

  std::shared_ptr<const smsfilter::Model> model;
  std::atomic<long> references{1};
};

struct smsf_classifier {
  explicit smsf_classifier(std::shared_ptr<const smsfilter::Model> model)
      : classifier(std::move(model)) {}

  smsfilter::Classifier classifier;
  // UTF-16 input copied for the C++ API, reused from call to call.
  std::u16string text;
  std::u16string sender;
  // The last result's feature names, each followed by NUL: smsf_feature::name points here.
  std::string feature_names;
};

namespace smsfilter::c_api {

// Makes `status` the calling thread's last error ("" when ok) and returns its code.
smsf_status report(const Status& status) noexcept;
// The same without building a Status, which could throw.
smsf_status report(StatusCode code, const char* message) noexcept;

inline smsf_status invalid_argument(const char* message) noexcept {
  return report(StatusCode::kInvalidArgument, message);
}

// Runs `body`, which returns a Status, and reports it; an exception is reported as
// SMSF_STATUS_INTERNAL instead of leaving the C API.
template <typename Body>
smsf_status guarded(Body body) noexcept {
  try {
    return report(body());
  } catch (const std::bad_alloc&) {
    return report(StatusCode::kInternal, "out of memory");
  } catch (...) {
    return report(StatusCode::kInternal, "unexpected C++ exception");
  }
}

}  // namespace smsfilter::c_api

#endif  // SMSFILTER_BINDINGS_C_C_API_H_
