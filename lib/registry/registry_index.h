// The registry's lookups, for the policy and a model's brand markers: which organisations
// send from a number, list a number or own a host, and which ones a message names.
#ifndef SMSFILTER_LIB_REGISTRY_REGISTRY_INDEX_H_
#define SMSFILTER_LIB_REGISTRY_REGISTRY_INDEX_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "registry/key_table.h"
#include "registry/organization_set.h"
#include "smsfilter/registry.h"
#include "smsfilter/status.h"

namespace smsfilter {

// The lookups, stored as a model's brands section stores them (model_format.h): read in
// place from a model's bytes, or built from organisations into bytes the index owns and
// read the same way. An index refers to its bytes, so it is neither copied nor moved.
class Registry::Index {
 public:
  using OrganizationSet = internal::OrganizationSet;

  Index() = default;
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Each on a new index. build() normalises the names and signatures and sorts the keys:
  // what the trainer stores in a model. read() refuses (kCorruptModel) malformed bytes,
  // which must outlive the index.
  Status build(std::string_view version, const std::vector<Organization>& organizations);
  Status read(std::string_view bytes);

  // The brands section these lookups are read from.
  std::string_view bytes() const { return bytes_; }
  // `sender` as normalize_sender() gives it.
  void add_senders(std::string_view sender, OrganizationSet* out) const;
  // Organisations that send from or ask to call `digits` (no separators or +86).
  void add_number_owners(std::string_view digits, OrganizationSet* out) const;
  // Organisations owning `host` (lower case) or a domain it is under.
  void add_host_owners(std::string_view host, OrganizationSet* out) const;
  bool is_official_host(std::string_view host) const;
  // Only for an index built from organisations (the policy's registry): a model's brands
  // section doesn't store kinds or regions.
  OrganizationKind kind(std::uint16_t org) const { return kinds_[org]; }
  bool serves(std::uint16_t org, Region region) const { return regions_[org] >> static_cast<unsigned>(region) & 1u; }
  // Organisations a normalised text names: its `head` and `tail` signatures (inner
  // names, may be empty) as a whole, and names anywhere. ASCII names match whole words.
  void add_named(std::u32string_view text, std::u32string_view head, std::u32string_view tail,
                 OrganizationSet* out) const;

 private:
  std::string owned_;  // what build() wrote
  std::string_view bytes_;
  std::vector<OrganizationKind> kinds_;  // by organisation, from build()
  std::vector<std::uint8_t> regions_;    // by organisation, from build(): a bit per Region
  internal::KeyTable<char> senders_, numbers_, domains_;
  internal::KeyTable<char32_t> names_;       // normalised, matched anywhere
  // Normalised, matched only as a whole head or tail; without the pairs names_ holds.
  internal::KeyTable<char32_t> signatures_;
  // The first two characters of names_ (the first and 0 for a name of one), hashed: most
  // places in a text start no name, and a test of two bits skips them.
  std::bitset<0x10000> name_starts_;
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
