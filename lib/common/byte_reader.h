// Bounds-checked little-endian reads: the saved policy state, a model's brands section.
#ifndef SMSFILTER_LIB_COMMON_BYTE_READER_H_
#define SMSFILTER_LIB_COMMON_BYTE_READER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "smsfilter/model_format.h"

namespace smsfilter::internal {

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  // Each returns false, leaving `value` alone, when fewer bytes remain than it needs.
  bool read(std::uint8_t* value) { return read_with<1>([&](const unsigned char* p) { *value = p[0]; }); }
  bool read(std::uint16_t* value) {
    return read_with<2>([&](const unsigned char* p) { *value = format::load_u16(p); });
  }
  bool read(std::uint32_t* value) {
    return read_with<4>([&](const unsigned char* p) { *value = format::load_u32(p); });
  }
  bool read(std::uint64_t* value) {
    return read_with<8>([&](const unsigned char* p) { *value = format::load_u64(p); });
  }
  bool read(std::int64_t* value) {
    return read_with<8>([&](const unsigned char* p) {
      *value = static_cast<std::int64_t>(format::load_u64(p));
    });
  }
  bool read(float* value) {
    return read_with<4>([&](const unsigned char* p) { *value = format::load_f32(p); });
  }

  // `count` items of `item_size` bytes each, left where they are: `*items` points at the
  // first. A count too large for the bytes left is refused without overflowing.
  bool read_array(std::uint32_t count, std::size_t item_size, const unsigned char** items) {
    if (count > remaining() / item_size) return false;
    *items = reinterpret_cast<const unsigned char*>(bytes_.data() + offset_);
    offset_ += count * item_size;
    return true;
  }

  std::size_t remaining() const { return bytes_.size() - offset_; }

 private:
  template <std::size_t kSize, typename Load>
  bool read_with(Load load) {
    if (remaining() < kSize) return false;
    load(reinterpret_cast<const unsigned char*>(bytes_.data() + offset_));
    offset_ += kSize;
    return true;
  }

  std::string_view bytes_;
  std::size_t offset_ = 0;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_BYTE_READER_H_
