// The registry's lookups for the policy: which organisations send from a number, list a
// number or own a host, and which ones a message names.
#ifndef SMSFILTER_LIB_REGISTRY_REGISTRY_INDEX_H_
#define SMSFILTER_LIB_REGISTRY_REGISTRY_INDEX_H_

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "smsfilter/registry.h"
#include "smsfilter/status.h"

namespace smsfilter {
namespace internal {

// Indices into Registry::organizations(), without allocating. A message that names more
// organisations than this is not a notice from any of them: the rest are dropped.
class OrganizationSet {
 public:
  static constexpr std::size_t kCapacity = 8;

  void add(std::uint16_t org) {
    if (size_ < kCapacity && !contains(org)) ids_[size_++] = org;
  }
  bool contains(std::uint16_t org) const;
  bool intersects(const OrganizationSet& other) const;
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const std::uint16_t* begin() const { return ids_.data(); }
  const std::uint16_t* end() const { return ids_.data() + size_; }

 private:
  std::array<std::uint16_t, kCapacity> ids_{};
  std::uint8_t size_ = 0;
};

// Keys, each with the organisation it belongs to, sorted by key and stored end to end in
// one buffer: a table of the registry's names or numbers takes two allocations, not one
// per key, and sorts without copying them.
template <typename Char>
class KeyTable {
 public:
  using View = std::basic_string_view<Char>;

  void add(View key, std::uint16_t org);
  // Sorts the keys and drops repeated (key, organisation) pairs; call once, after the adds.
  void sort();
  std::size_t size() const { return entries_.size(); }
  View key(std::size_t i) const { return key_of(entries_[i]); }
  std::uint16_t org(std::size_t i) const { return entries_[i].org; }
  // Adds the organisations that `key` belongs to.
  void add_owners(View key, OrganizationSet* out) const;

 private:
  struct Entry {
    std::uint32_t begin, size;
    std::uint16_t org;
  };
  View key_of(const Entry& e) const { return View(chars_).substr(e.begin, e.size); }
  std::basic_string<Char> chars_;
  std::vector<Entry> entries_;
};

}  // namespace internal

class Registry::Index {
 public:
  using OrganizationSet = internal::OrganizationSet;

  static Status build(const std::vector<Organization>& organizations, Index* out);

  // `sender` as normalize_sender() gives it.
  void add_senders(std::string_view sender, OrganizationSet* out) const;
  // Organisations that send from or ask to call `digits` (no separators or +86).
  void add_number_owners(std::string_view digits, OrganizationSet* out) const;
  // Organisations owning `host` (lower case) or a domain it is under.
  void add_host_owners(std::string_view host, OrganizationSet* out) const;
  bool is_official_host(std::string_view host) const;
  OrganizationKind kind(std::uint16_t org) const { return kinds_[org]; }
  // Organisations a normalised text names: its `head` and `tail` signatures (inner
  // names, may be empty) as a whole, and names anywhere. ASCII names match whole words.
  void add_named(std::u32string_view text, std::u32string_view head, std::u32string_view tail,
                 OrganizationSet* out) const;

 private:
  std::vector<OrganizationKind> kinds_;  // by organisation
  internal::KeyTable<char> senders_, numbers_, domains_;
  internal::KeyTable<char32_t> signatures_;  // names and signatures, normalised
  internal::KeyTable<char32_t> names_;       // names, normalised
  // Where the names starting with a character are in names_, [first, second).
  std::unordered_map<char32_t, std::pair<std::uint32_t, std::uint32_t>> names_by_start_;
  std::bitset<0x10000> name_starts_;  // the keys of names_by_start_ in the BMP, to skip the rest fast
};

struct Registry::Access {
  using Index = Registry::Index;  // the name the rest of the library reaches it by
  static const Index& index(const Registry& registry) { return *registry.index_; }
};

namespace internal {
using RegistryIndex = Registry::Access::Index;
}  // namespace internal

}  // namespace smsfilter

#endif  // SMSFILTER_LIB_REGISTRY_REGISTRY_INDEX_H_
