// Bounds-checked little-endian reads for the saved policy state.
#ifndef SMSFILTER_LIB_POLICY_BYTE_READER_H_
#define SMSFILTER_LIB_POLICY_BYTE_READER_H_

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

#endif  // SMSFILTER_LIB_POLICY_BYTE_READER_H_
