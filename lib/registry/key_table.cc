#include "registry/key_table.h"

#include <algorithm>
#include <type_traits>

namespace smsfilter::internal {
namespace {

// The first index in [first, last) for which `before` is false; it is true for a prefix.
template <typename Before>
std::size_t partition_point(std::size_t first, std::size_t last, Before before) {
  while (first < last) {
    const std::size_t middle = first + (last - first) / 2;
    if (before(middle)) first = middle + 1;
    else last = middle;
  }
  return first;
}

template <typename Char>
char32_t unit(Char c) {
  return static_cast<std::make_unsigned_t<Char>>(c);
}

}  // namespace

template <typename Char>
Status KeyTable<Char>::read(ByteReader* reader, std::uint16_t org_count, std::string_view what, KeyTable* out) {
  const auto corrupt = [what](std::string_view problem) {
    return Status(StatusCode::kCorruptModel,
                  "brands section: the " + std::string(what) + " table " + std::string(problem));
  };
  KeyTable table;
  std::uint32_t count, units;
  if (!reader->read(&count) || !reader->read(&units) || !reader->read_array(count, 4, &table.ends_) ||
      !reader->read_array(count, 2, &table.orgs_) || !reader->read_array(units, kUnitSize, &table.keys_)) {
    return corrupt("runs past the section");
  }
  table.size_ = count;
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < table.size_; ++i) {
    const std::size_t end = table.key_end(i);
    if (end > units) return corrupt("has a key past its key characters");
    if (end <= previous_end) return corrupt("has an empty key");
    if (table.org(i) >= org_count) return corrupt("names an organisation out of range");
    if (i > 0 && !table.entry_before(i - 1, i)) return corrupt("is not sorted or repeats an entry");
    previous_end = end;
  }
  if (previous_end != units) return corrupt("has key characters left over");
  *out = table;
  return {};
}

template <typename Char>
template <typename UnitAt>
int KeyTable<Char>::compare_with(std::size_t i, std::size_t size, UnitAt unit_at) const {
  const std::size_t begin = key_begin(i), own_size = key_end(i) - begin;
  for (std::size_t j = 0; j < own_size && j < size; ++j) {
    const char32_t a = load_unit(begin + j), b = unit_at(j);
    if (a != b) return a < b ? -1 : 1;
  }
  return own_size < size ? -1 : own_size > size ? 1 : 0;
}

template <typename Char>
int KeyTable<Char>::compare(std::size_t i, View key) const {
  return compare_with(i, key.size(), [key](std::size_t j) { return unit(key[j]); });
}

template <typename Char>
bool KeyTable<Char>::entry_before(std::size_t a, std::size_t b) const {
  const int keys = compare_with(a, key_size(b), [&](std::size_t j) { return key_char(b, j); });
  return keys != 0 ? keys < 0 : org(a) < org(b);
}

template <typename Char>
void KeyTable<Char>::add_owners(View key, OrganizationSet* out) const {
  std::size_t i = partition_point(0, size_, [&](std::size_t e) { return compare(e, key) < 0; });
  for (; i < size_ && compare(i, key) == 0; ++i) out->add(org(i));
}

template <typename Char>
std::pair<std::size_t, std::size_t> KeyTable<Char>::starting_with(char32_t c) const {
  const std::size_t first = partition_point(0, size_, [&](std::size_t e) { return key_char(e, 0) < c; });
  std::size_t last = first;
  while (last < size_ && key_char(last, 0) == c) ++last;  // a few: keys that share a first character
  return {first, last};
}

template <typename Char>
void KeyTableWriter<Char>::write(std::string* out) {
  std::sort(entries_.begin(), entries_.end());
  entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
  std::uint32_t units = 0;
  for (const auto& entry : entries_) units += static_cast<std::uint32_t>(entry.first.size());
  format::append_u32(*out, static_cast<std::uint32_t>(entries_.size()));
  format::append_u32(*out, units);
  std::uint32_t end = 0;
  for (const auto& entry : entries_) format::append_u32(*out, end += static_cast<std::uint32_t>(entry.first.size()));
  for (const auto& entry : entries_) format::append_u16(*out, entry.second);
  for (const auto& entry : entries_) {
    for (const Char c : entry.first) {
      if constexpr (sizeof(Char) == 1) out->push_back(c);
      else format::append_u32(*out, static_cast<std::uint32_t>(c));
    }
  }
}

template class KeyTable<char>;
template class KeyTable<char32_t>;
template class KeyTableWriter<char>;
template class KeyTableWriter<char32_t>;

}  // namespace smsfilter::internal
