#include "utf8_to_utf16.h"

#include <unicode/ustring.h>

namespace smsfilter::internal {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

Status utf8_to_utf16(std::string_view utf8, std::size_t max_bytes, std::u16string* out) {
  if (utf8.size() > max_bytes) {
    // Back to the start of the character at the cut: at most 3 bytes, so that a run of
    // stray continuation bytes (each read as U+FFFD) is cut rather than dropped whole.
    std::size_t cut = max_bytes;
    for (int back = 0; back < 3 && cut > 0 && is_continuation_byte(utf8[cut]); ++back) --cut;
    utf8 = utf8.substr(0, cut);
  }
  // UTF-16 never needs more code units than UTF-8 has bytes.
  if (out->size() < utf8.size()) out->resize(utf8.size());
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8WithSub(out->data(), static_cast<int32_t>(out->size()), &length, utf8.data(),
                       static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &error);
  if (U_FAILURE(error)) {
    return Status(StatusCode::kInternal,
                  std::string("UTF-8 conversion failed: ") + u_errorName(error));
  }
  out->resize(static_cast<std::size_t>(length));
  return {};
}

}  // namespace smsfilter::internal
