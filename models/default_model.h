// The bytes of models/default.smsf, compiled in; open with Model::open_buffer.
#ifndef SMSFILTER_MODELS_DEFAULT_MODEL_H_
#define SMSFILTER_MODELS_DEFAULT_MODEL_H_

#include <string_view>

namespace smsfilter {

std::string_view default_model_bytes();

}  // namespace smsfilter

#endif  // SMSFILTER_MODELS_DEFAULT_MODEL_H_
