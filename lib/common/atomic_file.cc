#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace smsfilter::internal {
namespace {

Status io_error(const std::string& path, const char* what) {
  return Status(StatusCode::kIoError, path + ": " + what + ": " + std::strerror(errno));
}

Status write_all(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return io_error(path, "cannot write");
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view bytes) {
  std::string temp = path + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file beside it");
  temp = name.data();
  Status status = write_all(fd, bytes, temp);
  if (status.ok() && ::fsync(fd) != 0) status = io_error(temp, "cannot sync");
  if (::close(fd) != 0 && status.ok()) status = io_error(temp, "cannot close");
  // mkstemp creates the file 0600; give it the usual permissions a new file gets.
  if (status.ok()) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::chmod(temp.c_str(), 0666 & ~mask) != 0) status = io_error(temp, "cannot set permissions");
  }
  if (status.ok() && ::rename(temp.c_str(), path.c_str()) != 0) status = io_error(path, "cannot replace");
  if (!status.ok()) {
    ::unlink(temp.c_str());
    return status;
  }
  // The rename itself reaches the disk with the directory.
  const int dir = ::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

}  // namespace smsfilter::internal
