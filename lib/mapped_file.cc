#include "mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace smsfilter::internal {
namespace {

Status io_error(const std::string& path, const char* what) {
  return Status(StatusCode::kIoError, path + ": " + what + ": " + std::strerror(errno));
}

}  // namespace

Status MappedFile::open(const std::string& path, std::shared_ptr<const MappedFile>* out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot open");
  struct stat info;
  if (::fstat(fd, &info) != 0) {
    const Status status = io_error(path, "cannot stat");
    ::close(fd);
    return status;
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  void* data = nullptr;
  if (size > 0) {
    data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
      const Status status = io_error(path, "cannot map");
      ::close(fd);
      return status;
    }
  }
  ::close(fd);
  out->reset(new MappedFile(data, size));
  return {};
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(data_, size_);
}

}  // namespace smsfilter::internal
