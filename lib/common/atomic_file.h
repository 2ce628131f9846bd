// Replacing a file so that a crash or a kill leaves either the old or the new contents,
// never a truncated mix: write a temporary file beside it, fsync, rename over it.
#ifndef SMSFILTER_LIB_COMMON_ATOMIC_FILE_H_
#define SMSFILTER_LIB_COMMON_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "smsfilter/status.h"

namespace smsfilter::internal {

Status write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_ATOMIC_FILE_H_
