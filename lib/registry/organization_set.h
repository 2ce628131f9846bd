// A few organisations, by index into the registry's or a model's list, without allocating.
#ifndef SMSFILTER_LIB_REGISTRY_ORGANIZATION_SET_H_
#define SMSFILTER_LIB_REGISTRY_ORGANIZATION_SET_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

namespace smsfilter::internal {

// A message that names more organisations than kCapacity is not a notice from any of
// them: the rest are dropped.
class OrganizationSet {
 public:
  static constexpr std::size_t kCapacity = 8;

  void add(std::uint16_t org) {
    if (size_ < kCapacity && !contains(org)) ids_[size_++] = org;
  }
  bool contains(std::uint16_t org) const { return std::find(begin(), end(), org) != end(); }
  bool intersects(const OrganizationSet& other) const {
    return std::any_of(begin(), end(), [&](std::uint16_t org) { return other.contains(org); });
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const std::uint16_t* begin() const { return ids_.data(); }
  const std::uint16_t* end() const { return ids_.data() + size_; }

 private:
  std::array<std::uint16_t, kCapacity> ids_{};
  std::uint8_t size_ = 0;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_REGISTRY_ORGANIZATION_SET_H_
