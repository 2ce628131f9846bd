// A read-only memory mapping of a whole file.
#ifndef SMSFILTER_LIB_MAPPED_FILE_H_
#define SMSFILTER_LIB_MAPPED_FILE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "smsfilter/status.h"

namespace smsfilter::internal {

class MappedFile {
 public:
  static Status open(const std::string& path, std::shared_ptr<const MappedFile>* out);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const unsigned char* data() const { return static_cast<const unsigned char*>(data_); }
  std::size_t size() const { return size_; }

 private:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  void* data_;
  std::size_t size_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_MAPPED_FILE_H_
