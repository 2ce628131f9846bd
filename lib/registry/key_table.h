// One table of the registry's lookups as the brands section stores it (model_format.h):
// keys, each with the organisation it belongs to, sorted by (key, organisation). A
// KeyTable reads the table in place, from a model's bytes or from the bytes a
// KeyTableWriter wrote, so that training and serving read one representation.
#ifndef SMSFILTER_LIB_REGISTRY_KEY_TABLE_H_
#define SMSFILTER_LIB_REGISTRY_KEY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/byte_reader.h"
#include "registry/organization_set.h"
#include "smsfilter/model_format.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

// Char is char (keys of bytes) or char32_t (keys of code points, stored as u32).
template <typename Char>
class KeyTable {
 public:
  using View = std::basic_string_view<Char>;

  // Reads the table at `reader`, which moves past it; the bytes must outlive the table.
  // Refuses (kCorruptModel, the message naming `what`) a table that runs past the bytes,
  // an empty key, a key past the key characters or characters left over, entries out of
  // order or repeated, and an organisation not below `org_count`.
  static Status read(ByteReader* reader, std::uint16_t org_count, std::string_view what, KeyTable* out);

  std::size_t size() const { return size_; }
  std::uint16_t org(std::size_t i) const { return format::load_u16(orgs_ + 2 * i); }
  std::size_t key_size(std::size_t i) const { return key_end(i) - key_begin(i); }
  // Character `j` of entry `i`'s key, as an unsigned value.
  char32_t key_char(std::size_t i, std::size_t j) const { return load_unit(key_begin(i) + j); }
  // Negative, zero or positive as entry `i`'s key sorts before, as or after `key`.
  int compare(std::size_t i, View key) const;
  // Adds the organisations that `key` belongs to.
  void add_owners(View key, OrganizationSet* out) const;
  // The entries whose keys start with `c`, [first, second): they are contiguous.
  std::pair<std::size_t, std::size_t> starting_with(char32_t c) const;

 private:
  static constexpr std::size_t kUnitSize = sizeof(Char) == 1 ? 1 : 4;

  std::size_t key_begin(std::size_t i) const { return i == 0 ? 0 : key_end(i - 1); }
  std::size_t key_end(std::size_t i) const { return format::load_u32(ends_ + 4 * i); }
  char32_t load_unit(std::size_t k) const {
    if constexpr (kUnitSize == 1) return keys_[k];
    else return format::load_u32(keys_ + 4 * k);
  }
  // Compares entry `i`'s key with the `size` characters `unit_at(j)` gives, as compare().
  template <typename UnitAt>
  int compare_with(std::size_t i, std::size_t size, UnitAt unit_at) const;
  // Orders entries as the writer sorted them: by key, then organisation.
  bool entry_before(std::size_t a, std::size_t b) const;

  const unsigned char* ends_ = nullptr;  // u32 [size_]: where each key ends, in units
  const unsigned char* orgs_ = nullptr;  // u16 [size_]
  const unsigned char* keys_ = nullptr;  // the keys end to end
  std::size_t size_ = 0;
};

// Collects (key, organisation) pairs and writes them as a table KeyTable reads.
template <typename Char>
class KeyTableWriter {
 public:
  using View = std::basic_string_view<Char>;

  // An empty key names nothing: it is left out.
  void add(View key, std::uint16_t org) {
    if (!key.empty()) entries_.emplace_back(key, org);
  }
  // Appends the table, sorted, each pair once.
  void write(std::string* out);

 private:
  std::vector<std::pair<std::basic_string<Char>, std::uint16_t>> entries_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_REGISTRY_KEY_TABLE_H_
