#include "registry/registry_index.h"

#include <algorithm>

#include "common/characters.h"
#include "common/utf.h"
#include "analysis/literal_normalizer.h"

namespace smsfilter {
namespace {

using internal::is_ascii_alnum;

constexpr char32_t kBmpEnd = 0x10000;

template <typename Key>
void sort_table(std::vector<std::pair<Key, std::uint16_t>>* table) {
  std::sort(table->begin(), table->end());
  table->erase(std::unique(table->begin(), table->end()), table->end());
}

// An ASCII name inside a longer word ("line" in "online") is not the name.
bool is_whole_word(std::u32string_view text, std::size_t begin, std::size_t end) {
  const bool starts_word = is_ascii_alnum(text[begin]) && begin > 0 && is_ascii_alnum(text[begin - 1]);
  const bool ends_word = is_ascii_alnum(text[end - 1]) && end < text.size() && is_ascii_alnum(text[end]);
  return !starts_word && !ends_word;
}

}  // namespace

namespace internal {

bool OrganizationSet::contains(std::uint16_t org) const {
  return std::find(begin(), end(), org) != end();
}

bool OrganizationSet::intersects(const OrganizationSet& other) const {
  return std::any_of(begin(), end(), [&](std::uint16_t org) { return other.contains(org); });
}

}  // namespace internal

Status Registry::Index::build(const std::vector<Organization>& organizations, Index* out) {
  Index index;
  internal::LiteralNormalizer normalizer;
  std::u32string normalized;
  for (std::size_t i = 0; i < organizations.size(); ++i) {
    const Organization& org = organizations[i];
    const auto id = static_cast<std::uint16_t>(i);
    index.kinds_.push_back(org.kind);
    for (const std::string& number : org.senders) index.senders_.emplace_back(number, id);
    for (const auto* numbers : {&org.senders, &org.hotlines})
      for (const std::string& number : *numbers) index.numbers_.emplace_back(number, id);
    for (const std::string& domain : org.domains) index.domains_.emplace_back(domain, id);
    for (const auto* names : {&org.names, &org.signatures}) {
      for (const std::string& name : *names) {
        if (Status s = normalizer.normalize(name, &normalized); !s.ok()) return s;
        if (normalized.empty()) continue;
        index.signatures_.emplace_back(normalized, id);
        if (names != &org.names) continue;
        index.names_.emplace_back(normalized, id);
      }
    }
  }
  sort_table(&index.senders_);
  sort_table(&index.numbers_);
  sort_table(&index.domains_);
  sort_table(&index.signatures_);
  sort_table(&index.names_);
  for (std::uint32_t i = 0; i < index.names_.size(); ++i) {
    const char32_t start = index.names_[i].first.front();
    auto [range, added] = index.names_by_start_.try_emplace(start, i, i);
    range->second.second = i + 1;
    if (added && start < kBmpEnd) index.name_starts_.set(start);
  }
  *out = std::move(index);
  return {};
}

template <typename Key, typename View>
void Registry::Index::add_matches(const Table<Key>& table, View key, OrganizationSet* out) {
  auto it = std::lower_bound(table.begin(), table.end(), key,
                             [](const std::pair<Key, std::uint16_t>& entry, View k) { return View(entry.first) < k; });
  for (; it != table.end() && View(it->first) == key; ++it) out->add(it->second);
}

void Registry::Index::add_senders(std::string_view sender, OrganizationSet* out) const {
  if (!sender.empty()) add_matches(senders_, sender, out);
}

void Registry::Index::add_number_owners(std::string_view digits, OrganizationSet* out) const {
  if (!digits.empty()) add_matches(numbers_, digits, out);
}

void Registry::Index::add_host_owners(std::string_view host, OrganizationSet* out) const {
  // The host itself, then each domain it is under: a.b.example.com, b.example.com, …
  for (std::string_view domain = host; !domain.empty();) {
    add_matches(domains_, domain, out);
    const std::size_t dot = domain.find('.');
    if (dot == std::string_view::npos) break;
    domain.remove_prefix(dot + 1);
  }
}

bool Registry::Index::is_official_host(std::string_view host) const {
  OrganizationSet owners;
  add_host_owners(host, &owners);
  return !owners.empty();
}

void Registry::Index::add_named(std::u32string_view text, std::u32string_view head,
                                std::u32string_view tail, OrganizationSet* out) const {
  if (!head.empty()) add_matches(signatures_, head, out);
  if (!tail.empty()) add_matches(signatures_, tail, out);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] < kBmpEnd && !name_starts_.test(text[i])) continue;
    const auto range = names_by_start_.find(text[i]);
    if (range == names_by_start_.end()) continue;
    for (std::uint32_t n = range->second.first; n < range->second.second; ++n) {
      const std::u32string& name = names_[n].first;
      // Names that share a first character mostly differ at the second.
      if (name.size() > 1 && (i + 1 == text.size() || text[i + 1] != name[1])) continue;
      if (text.compare(i, name.size(), name) == 0 && is_whole_word(text, i, i + name.size()))
        out->add(names_[n].second);
    }
  }
}

}  // namespace smsfilter
