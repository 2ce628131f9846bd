#include "common/crc32c.h"

#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#endif

namespace smsfilter::internal {
namespace {

constexpr std::uint32_t kPolynomial = 0x82F63B78u;

using SlicingTables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr SlicingTables make_slicing_tables() {
  SlicingTables t{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? kPolynomial ^ (c >> 1) : c >> 1;
    t[0][i] = c;
  }
  for (std::size_t slice = 1; slice < 8; ++slice) {
    for (std::size_t i = 0; i < 256; ++i) t[slice][i] = (t[slice - 1][i] >> 8) ^ t[0][t[slice - 1][i] & 0xFF];
  }
  return t;
}

constexpr SlicingTables kTables = make_slicing_tables();

std::uint64_t load_le64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// `crc` is the running (pre-inverted) register value.
std::uint32_t crc32c_software(const unsigned char* p, std::size_t n, std::uint32_t crc) {
  for (; n >= 8; p += 8, n -= 8) {
    const std::uint64_t v = load_le64(p) ^ crc;
    crc = kTables[7][v & 0xFF] ^ kTables[6][(v >> 8) & 0xFF] ^ kTables[5][(v >> 16) & 0xFF] ^
          kTables[4][(v >> 24) & 0xFF] ^ kTables[3][(v >> 32) & 0xFF] ^ kTables[2][(v >> 40) & 0xFF] ^
          kTables[1][(v >> 48) & 0xFF] ^ kTables[0][v >> 56];
  }
  for (; n > 0; ++p, --n) crc = kTables[0][(crc ^ *p) & 0xFF] ^ (crc >> 8);
  return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) std::uint32_t crc32c_hardware(const unsigned char* p, std::size_t n,
                                                                std::uint32_t crc) {
  std::uint64_t c = crc;
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    c = _mm_crc32_u64(c, v);
  }
  auto c32 = static_cast<std::uint32_t>(c);
  for (; n > 0; ++p, --n) c32 = _mm_crc32_u8(c32, *p);
  return c32;
}
bool has_crc_instruction() { return __builtin_cpu_supports("sse4.2"); }
#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
std::uint32_t crc32c_hardware(const unsigned char* p, std::size_t n, std::uint32_t crc) {
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    crc = __crc32cd(crc, v);
  }
  for (; n > 0; ++p, --n) crc = __crc32cb(crc, *p);
  return crc;
}
bool has_crc_instruction() { return true; }
#else
std::uint32_t crc32c_hardware(const unsigned char* p, std::size_t n, std::uint32_t crc) {
  return crc32c_software(p, n, crc);
}
bool has_crc_instruction() { return false; }
#endif

}  // namespace

std::uint32_t fast_crc32c(const unsigned char* data, std::size_t size, std::uint32_t crc) {
  static const bool hardware = has_crc_instruction();
  return hardware ? ~crc32c_hardware(data, size, ~crc) : slicing_crc32c(data, size, crc);
}

std::uint32_t slicing_crc32c(const unsigned char* data, std::size_t size, std::uint32_t crc) {
  return ~crc32c_software(data, size, ~crc);
}

}  // namespace smsfilter::internal
