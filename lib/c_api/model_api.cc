// smsf_model: a reference-counted handle on a shared Model.
#include "c_api/c_api.h"

using namespace smsfilter;

namespace {

// `open(Status*)` returns the model or null; on success *out is a new handle on it.
template <typename Open>
smsf_status open_model(smsf_model** out, Open open) {
  return c_api::guarded([&] {
    Status status;
    std::shared_ptr<const Model> model = open(&status);
    if (model) *out = new smsf_model(std::move(model));
    return status;
  });
}

}  // namespace

smsf_status smsf_model_open_file(const char* path, smsf_model** model) {
  if (path == nullptr || model == nullptr) return c_api::invalid_argument("path or model is NULL");
  return open_model(model, [&](Status* status) { return Model::open_file(path, status); });
}

smsf_status smsf_model_open_buffer(const void* data, size_t size, smsf_model** model) {
  if (data == nullptr || model == nullptr) return c_api::invalid_argument("data or model is NULL");
  return open_model(model,
                    [&](Status* status) { return Model::open_buffer(data, size, status); });
}

smsf_model* smsf_model_retain(smsf_model* model) { return c_api::retain(model); }

void smsf_model_release(smsf_model* model) { c_api::release(model); }
