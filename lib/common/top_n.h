// The N items of largest key among those offered, largest first, in fixed storage: no
// allocation, for choosing on the classifier's path.
#ifndef SMSFILTER_LIB_COMMON_TOP_N_H_
#define SMSFILTER_LIB_COMMON_TOP_N_H_

#include <array>
#include <cstddef>
#include <utility>

namespace smsfilter::internal {

template <typename T, std::size_t N>
class TopN {
 public:
  struct Entry {
    T item;
    float key;
  };

  bool full() const { return count_ == N; }
  // The key an offer must exceed to be kept, once full.
  float least_key() const { return entries_[N - 1].key; }
  // Keeps `item` if its key is among the N largest offered so far; an equal key ranks
  // after those offered before it.
  void offer(const T& item, float key) {
    if (full() && key <= least_key()) return;
    std::size_t slot = full() ? N - 1 : count_++;
    entries_[slot] = {item, key};
    for (; slot > 0 && entries_[slot].key > entries_[slot - 1].key; --slot) std::swap(entries_[slot], entries_[slot - 1]);
  }

  std::size_t size() const { return count_; }
  const Entry& operator[](std::size_t i) const { return entries_[i]; }
  const Entry* begin() const { return entries_.data(); }
  const Entry* end() const { return entries_.data() + count_; }

 private:
  std::array<Entry, N> entries_{};
  std::size_t count_ = 0;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_TOP_N_H_
