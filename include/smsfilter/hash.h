// The feature hash. Part of the model format: changing it changes every model's
// meaning, so it is fixed and versioned with the featurizer.
//
// FNV-1a over bytes read as uint8_t (so the result does not depend on whether `char` is
// signed), finished with MurmurHash3's 64-bit mixer so that the low bits used for bucket
// selection and the top bit used for the sign depend on every input byte.
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

// A hashed feature: the row of the weight table it reads, added or subtracted. Signed
// feature hashing (Weinberger et al., 2009): the features that share a row push it the
// same way only half the time, so their collisions cancel on average instead of adding
// a bias to every one of them.
struct HashedFeature {
  std::uint32_t bucket = 0;
  bool negated = false;

  // +1 or -1, without a branch: the scorer multiplies by it, as a branch on a coin toss
  // would be mispredicted half the time.
  constexpr std::int32_t sign() const { return 1 - 2 * static_cast<std::int32_t>(negated); }

  friend constexpr bool operator==(const HashedFeature& a, const HashedFeature& b) {
    return a.bucket == b.bucket && a.negated == b.negated;
  }
  friend constexpr bool operator!=(const HashedFeature& a, const HashedFeature& b) { return !(a == b); }
};

// A hashed feature in a table of 2^bucket_bits buckets (bucket_bits <= 32): the bucket
// from the mixed hash's low bits, the sign from its top bit.
constexpr HashedFeature hash_feature(std::uint64_t fnv_state, unsigned bucket_bits) {
  const std::uint64_t mixed = mix64(fnv_state);
  return {static_cast<std::uint32_t>(mixed & ((std::uint64_t{1} << bucket_bits) - 1)), (mixed >> 63) != 0};
}

}  // namespace smsfilter

#endif  // SMSFILTER_HASH_H_
