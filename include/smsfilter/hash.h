// The feature hash. Part of the model format: changing it changes every model's
// meaning, so it is fixed and versioned with the featurizer.
//
// FNV-1a over bytes read as uint8_t (so the result does not depend on whether `char` is
// signed), finished with MurmurHash3's 64-bit mixer so that the low bits used for bucket
// selection depend on every input byte.
#ifndef SMSFILTER_HASH_H_
#define SMSFILTER_HASH_H_

#include <cstdint>
#include <string_view>

namespace smsfilter {

inline constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ull;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ull;

constexpr std::uint64_t fnv1a_byte(std::uint64_t h, std::uint8_t byte) {
  return (h ^ byte) * kFnvPrime;
}

constexpr std::uint64_t fnv1a(std::uint64_t h, std::string_view bytes) {
  for (char c : bytes) h = fnv1a_byte(h, static_cast<std::uint8_t>(c));
  return h;
}

constexpr std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// Index of a hashed feature in a table of 2^bucket_bits buckets.
constexpr std::uint32_t bucket_index(std::uint64_t fnv_state, unsigned bucket_bits) {
  return static_cast<std::uint32_t>(mix64(fnv_state) & ((std::uint64_t{1} << bucket_bits) - 1));
}

}  // namespace smsfilter

#endif  // SMSFILTER_HASH_H_
