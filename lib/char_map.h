// View of a model's character map: sorted (from, to) code point pairs, to == 0 deletes.
#ifndef SMSFILTER_LIB_CHAR_MAP_H_
#define SMSFILTER_LIB_CHAR_MAP_H_

#include <cstddef>
#include <cstdint>

#include "smsfilter/model_format.h"

namespace smsfilter::internal {

inline constexpr std::size_t kCharMapEntrySize = 8;

class CharMap {
 public:
  CharMap() = default;
  CharMap(const unsigned char* entries, std::size_t count) : entries_(entries), count_(count) {}

  // The replacement for `c`: itself when unmapped, 0 when it is to be deleted.
  char32_t map(char32_t c) const {
    std::size_t lo = 0, hi = count_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      const std::uint32_t from = format::load_u32(entries_ + mid * kCharMapEntrySize);
      if (from == c) return format::load_u32(entries_ + mid * kCharMapEntrySize + 4);
      if (from < c) lo = mid + 1; else hi = mid;
    }
    return c;
  }
  std::size_t size() const { return count_; }
  char32_t from(std::size_t i) const { return format::load_u32(entries_ + i * kCharMapEntrySize); }
  char32_t to(std::size_t i) const { return format::load_u32(entries_ + i * kCharMapEntrySize + 4); }

 private:
  const unsigned char* entries_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CHAR_MAP_H_
