// The C API's version, names and last error.
#include <string>
#include <string_view>

#include "c_api/c_api.h"
#include "smsfilter/category.h"
#include "smsfilter/decision.h"

namespace smsfilter::c_api {
namespace {

static_assert(SMSF_VERSION_MAJOR == SMSFILTER_VERSION_MAJOR &&
                  SMSF_VERSION_MINOR == SMSFILTER_VERSION_MINOR &&
                  SMSF_VERSION_PATCH == SMSFILTER_VERSION_PATCH,
              "include/smsfilter.h and CMakeLists.txt disagree on the version");

// Per thread, as smsf_last_error() promises: the C API's one piece of thread state.
thread_local std::string t_message;
// t_message, or the status name alone when there was no memory to format the message.
thread_local const char* t_last_error = "";

void set_last_error(StatusCode code, std::string_view message) noexcept {
  const std::string_view name = status_code_name(code);  // a NUL-terminated literal
  try {
    t_message.assign(name).append(": ").append(message);
    t_last_error = t_message.c_str();
  } catch (...) {
    t_last_error = name.data();
  }
}

}  // namespace

smsf_status report(const Status& status) noexcept {
  if (status.ok()) t_last_error = "";
  else set_last_error(status.code(), status.message());
  return static_cast<smsf_status>(status.code());
}

smsf_status report(StatusCode code, const char* message) noexcept {
  set_last_error(code, message);
  return static_cast<smsf_status>(code);
}

}  // namespace smsfilter::c_api

using namespace smsfilter;

// The names are NUL-terminated literals.
const char* smsf_version(void) { return SMSFILTER_VERSION; }

int32_t smsf_version_number(void) { return SMSF_VERSION_NUMBER; }

size_t smsf_category_count(void) { return kCategoryCount; }

const char* smsf_category_name(smsf_category category) {
  const int index = c_api::category_index(category);
  return index < 0 ? nullptr : category_name(static_cast<Category>(index)).data();
}

const char* smsf_reason_kind_name(smsf_reason_kind kind) {
  return c_api::name_of(kReasonKindNames, c_api::enum_argument(kind));
}

const char* smsf_sub_kind_name(smsf_sub_kind kind) {
  return c_api::name_of(kSubKindNames, c_api::enum_argument(kind));
}

const char* smsf_contact_kind_name(smsf_contact_kind kind) {
  return c_api::name_of(kContactKindNames, c_api::enum_argument(kind));
}

const char* smsf_status_name(smsf_status status) {
  return c_api::name_of(kStatusCodeNames, c_api::enum_argument(status));
}

const char* smsf_last_error(void) { return c_api::t_last_error; }
