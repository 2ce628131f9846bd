// A whole regular file read into memory. A model is read rather than mapped: a file
// replaced or truncated while in use then can't take the process down with SIGBUS, and a
// FIFO or device can't block or feed it without end.
#ifndef SMSFILTER_LIB_COMMON_FILE_CONTENTS_H_
#define SMSFILTER_LIB_COMMON_FILE_CONTENTS_H_

#include <cstddef>
#include <memory>
#include <string>

#include "smsfilter/status.h"

namespace smsfilter::internal {

class FileContents {
 public:
  // Fails on a file that is not a regular file or is larger than `max_size` bytes.
  static Status read(const std::string& path, std::size_t max_size,
                     std::shared_ptr<const FileContents>* out);

  const unsigned char* data() const { return bytes_.get(); }
  std::size_t size() const { return size_; }

 private:
  FileContents(std::unique_ptr<unsigned char[]> bytes, std::size_t size)
      : bytes_(std::move(bytes)), size_(size) {}
  std::unique_ptr<unsigned char[]> bytes_;
  std::size_t size_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_FILE_CONTENTS_H_
