// Fast CRC-32C for checking model files on load.
#ifndef SMSFILTER_LIB_COMMON_CRC32C_H_
#define SMSFILTER_LIB_COMMON_CRC32C_H_

#include <cstddef>
#include <cstdint>

namespace smsfilter::internal {

// Same result as format::crc32c(), using the CPU's CRC-32C instruction where there is one
// (SSE4.2 on x86-64, the CRC extension on ARMv8) and slicing-by-8 tables elsewhere.
std::uint32_t fast_crc32c(const unsigned char* data, std::size_t size, std::uint32_t crc = 0);

// The table-driven fallback of fast_crc32c(), for CPUs without the instruction.
std::uint32_t slicing_crc32c(const unsigned char* data, std::size_t size, std::uint32_t crc = 0);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_CRC32C_H_
