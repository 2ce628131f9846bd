// registry/official_channels.txt as compiled into the library (lib/CMakeLists.txt).
#ifndef SMSFILTER_LIB_REGISTRY_BUNDLED_REGISTRY_H_
#define SMSFILTER_LIB_REGISTRY_BUNDLED_REGISTRY_H_

#include <string_view>

namespace smsfilter {

std::string_view bundled_registry_text();

}  // namespace smsfilter

#endif  // SMSFILTER_LIB_REGISTRY_BUNDLED_REGISTRY_H_
