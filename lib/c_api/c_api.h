// What the C API's functions share: the handles behind the opaque C types, the calling
// thread's last error, and the boundary no C++ exception crosses.
#ifndef SMSFILTER_LIB_C_API_C_API_H_
#define SMSFILTER_LIB_C_API_C_API_H_

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>

#include "smsfilter.h"
#include "smsfilter/classifier.h"
#include "smsfilter/decision.h"
#include "smsfilter/platform.h"
#include "smsfilter/policy.h"
#include "smsfilter/status.h"

namespace smsfilter::c_api {

// An immutable, shared object behind a handle that C callers retain and release.
template <typename T>
struct Shared {
  explicit Shared(std::shared_ptr<const T> o) : object(std::move(o)) {}

  std::shared_ptr<const T> object;
  std::atomic<long> references{1};
};

template <typename Handle>
Handle* retain(Handle* handle) {
  if (handle != nullptr) handle->references.fetch_add(1, std::memory_order_relaxed);
  return handle;
}

template <typename Handle>
void release(Handle* handle) {
  // As std::shared_ptr: the release that frees must see every other thread's last use.
  if (handle != nullptr && handle->references.fetch_sub(1, std::memory_order_acq_rel) == 1)
    delete handle;
}

}  // namespace smsfilter::c_api

struct smsf_model : smsfilter::c_api::Shared<smsfilter::Model> {
  using Shared::Shared;
};

struct smsf_policy : smsfilter::c_api::Shared<smsfilter::Policy> {
  using Shared::Shared;
};

struct smsf_policy_state {
  smsfilter::PolicyState state;
};

struct smsf_result {
  smsfilter::Result result;
  // The feature names, each followed by NUL: `result`'s names point into the classifier.
  std::string feature_names;
  std::array<const char*, smsfilter::kMaxExplainedFeatures> feature_name_pointers{};
};

struct smsf_decision {
  smsfilter::Decision decision;
  // The decision's rule ids and organisations point into the policy: held while they are read.
  std::shared_ptr<const smsfilter::Policy> policy;
  smsfilter::AppleFilterVerdict apple;
  std::string description;
};

struct smsf_classifier {
  explicit smsf_classifier(std::shared_ptr<const smsfilter::Model> model)
      : classifier(std::move(model)) {}

  smsfilter::Classifier classifier;
  // UTF-16 input copied for the C++ API, and UTF-16 input converted to UTF-8 for the
  // policy, reused from call to call.
  std::u16string text;
  std::u16string sender;
  std::string text_utf8;
  std::string sender_utf8;
  // What the caller reads until the next call.
  smsf_result result;
  smsf_decision decision;
};

namespace smsfilter::c_api {

// Makes `status` the calling thread's last error ("" when ok) and returns its code.
smsf_status report(const Status& status) noexcept;
// The same without building a Status, which could throw.
smsf_status report(StatusCode code, const char* message) noexcept;

inline smsf_status invalid_argument(const char* message) noexcept {
  return report(StatusCode::kInvalidArgument, message);
}

// A pointer and length that make a string or byte range: NULL only when empty.
inline bool valid_text(const void* data, size_t size) { return data != nullptr || size == 0; }

// The int a C caller passed as `value`. C allows any int in an enum parameter, but C++
// makes loading one outside the enumerators' range undefined, so range checks read the
// argument's bytes instead.
template <typename Enum>
int enum_argument(const Enum& value) noexcept {
  std::underlying_type_t<Enum> bits;
  std::memcpy(&bits, &value, sizeof bits);
  return static_cast<int>(bits);
}

// The name at `index` of an enum's table of NUL-terminated literals; NULL out of range.
template <std::size_t kCount>
const char* name_of(const std::array<std::string_view, kCount>& names, int index) noexcept {
  return index >= 0 && index < static_cast<int>(kCount) ? names[static_cast<std::size_t>(index)].data() : nullptr;
}

// The index of a category argument, or -1 for a value that is not a category.
inline int category_index(smsf_category category) noexcept {
  const int index = enum_argument(category);
  return index >= 0 && index < static_cast<int>(kCategoryCount) ? index : -1;
}

// A string the library keeps NUL-terminated (a std::string's, or a literal's) as C reads
// it: "" for an empty view, which may have no storage.
inline const char* c_string(std::string_view s) { return s.empty() ? "" : s.data(); }

// `text` written as snprintf writes it: at most `size` bytes with a terminating NUL into
// `buffer`; returns its whole length.
inline size_t write_text(std::string_view text, char* buffer, size_t size) noexcept {
  if (size > 0) {
    const size_t n = text.size() < size ? text.size() : size - 1;
    if (n > 0) std::memcpy(buffer, text.data(), n);  // an empty view may have no storage
    buffer[n] = '\0';
  }
  return text.size();
}

// Copies the UTF-16 code units the classifier can read (copy_readable_utf16), so a huge
// message does not cost a huge copy.
void copy_utf16(const uint16_t* units, size_t length, std::u16string* out);

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

#endif  // SMSFILTER_LIB_C_API_C_API_H_
