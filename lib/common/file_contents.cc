#include "common/file_contents.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace smsfilter::internal {
namespace {

Status io_error(const std::string& path, const char* what) {
  return Status(StatusCode::kIoError, path + ": " + what + ": " + std::strerror(errno));
}

// Closes a descriptor on every path out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Status FileContents::read(const std::string& path, std::size_t max_size,
                          std::shared_ptr<const FileContents>* out) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (file.fd < 0) return io_error(path, "cannot open");
  struct stat info;
  if (::fstat(file.fd, &info) != 0) return io_error(path, "cannot stat");
  if (!S_ISREG(info.st_mode)) return Status(StatusCode::kIoError, path + ": not a regular file");
  if (static_cast<std::uint64_t>(info.st_size) > max_size) {
    return Status(StatusCode::kIoError, path + ": larger than " + std::to_string(max_size) + " bytes");
  }
  // Read what is there now; a file that shrinks meanwhile gives fewer bytes, which the
  // model reader refuses as truncated.
  const auto capacity = static_cast<std::size_t>(info.st_size);
  auto bytes = std::make_unique<unsigned char[]>(capacity == 0 ? 1 : capacity);
  std::size_t size = 0;
  while (size < capacity) {
    const ssize_t n = ::read(file.fd, bytes.get() + size, capacity - size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error(path, "cannot read");
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
  }
  out->reset(new FileContents(std::move(bytes), size));
  return {};
}

}  // namespace smsfilter::internal
