// View of a model's character map: sorted (from, to) code point pairs, to == 0 deletes.
// The entries stay in the model's bytes; copies share one index of them.
#ifndef SMSFILTER_LIB_ANALYSIS_CHAR_MAP_H_
#define SMSFILTER_LIB_ANALYSIS_CHAR_MAP_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "smsfilter/model_format.h"

namespace smsfilter::internal {

inline constexpr std::size_t kCharMapEntrySize = 8;

class CharMap {
 public:
  CharMap() = default;
  // Indexes the BMP entries, so that looking up an unmapped character (most of them)
  // costs one bit test rather than a binary search.
  CharMap(const unsigned char* entries, std::size_t count) : entries_(entries), count_(count) {
    auto mapped = std::make_shared<std::array<std::uint64_t, 0x10000 / 64>>();
    mapped->fill(0);
    for (std::size_t i = 0; i < count; ++i) {
      if (from(i) < 0x10000) (*mapped)[from(i) / 64] |= std::uint64_t{1} << (from(i) % 64);
    }
    bmp_mapped_ = std::move(mapped);
  }

  // The replacement for `c`: itself when unmapped, 0 when it is to be deleted.
  char32_t map(char32_t c) const {
    if (count_ == 0) return c;
    if (c < 0x10000 && ((*bmp_mapped_)[c / 64] >> (c % 64) & 1) == 0) return c;
    std::size_t lo = 0, hi = count_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (from(mid) == c) return to(mid);
      if (from(mid) < c) lo = mid + 1; else hi = mid;
    }
    return c;
  }
  std::size_t size() const { return count_; }
  char32_t from(std::size_t i) const { return format::load_u32(entries_ + i * kCharMapEntrySize); }
  char32_t to(std::size_t i) const { return format::load_u32(entries_ + i * kCharMapEntrySize + 4); }

 private:
  const unsigned char* entries_ = nullptr;
  std::size_t count_ = 0;
  std::shared_ptr<const std::array<std::uint64_t, 0x10000 / 64>> bmp_mapped_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_CHAR_MAP_H_
