#include "registry/registry_index.h"

#include <algorithm>

#include "common/characters.h"
#include "common/utf.h"
#include "analysis/literal_normalizer.h"

namespace smsfilter {
namespace {

using internal::is_ascii_alnum;

constexpr char32_t kBmpEnd = 0x10000;

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

template <typename Char>
void KeyTable<Char>::add(View key, std::uint16_t org) {
  entries_.push_back({static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(key.size()), org});
  chars_.append(key);
}

template <typename Char>
void KeyTable<Char>::sort() {
  const auto compare = [this](const Entry& a, const Entry& b) {
    const int keys = key_of(a).compare(key_of(b));
    return keys != 0 ? keys : int{a.org} - int{b.org};
  };
  std::sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) { return compare(a, b) < 0; });
  const auto same = [&](const Entry& a, const Entry& b) { return compare(a, b) == 0; };
  entries_.erase(std::unique(entries_.begin(), entries_.end(), same), entries_.end());
}

template <typename Char>
void KeyTable<Char>::add_owners(View key, OrganizationSet* out) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [this](const Entry& e, View k) { return key_of(e) < k; });
  for (; it != entries_.end() && key_of(*it) == key; ++it) out->add(it->org);
}

template class KeyTable<char>;
template class KeyTable<char32_t>;

}  // namespace internal

Status Registry::Index::build(const std::vector<Organization>& organizations, Index* out) {
  Index index;
  internal::LiteralNormalizer normalizer;
  std::u32string normalized;
  for (std::size_t i = 0; i < organizations.size(); ++i) {
    const Organization& org = organizations[i];
    const auto id = static_cast<std::uint16_t>(i);
    index.kinds_.push_back(org.kind);
    for (const std::string& number : org.senders) index.senders_.add(number, id);
    for (const auto* numbers : {&org.senders, &org.hotlines})
      for (const std::string& number : *numbers) index.numbers_.add(number, id);
    for (const std::string& domain : org.domains) index.domains_.add(domain, id);
    for (const auto* names : {&org.names, &org.signatures}) {
      for (const std::string& name : *names) {
        if (Status s = normalizer.normalize(name, &normalized); !s.ok()) return s;
        if (normalized.empty()) continue;
        index.signatures_.add(normalized, id);
        if (names != &org.names) continue;
        index.names_.add(normalized, id);
      }
    }
  }
  index.senders_.sort();
  index.numbers_.sort();
  index.domains_.sort();
  index.signatures_.sort();
  index.names_.sort();
  for (std::uint32_t i = 0; i < index.names_.size(); ++i) {
    const char32_t start = index.names_.key(i).front();
    auto [range, added] = index.names_by_start_.try_emplace(start, i, i);
    range->second.second = i + 1;
    if (added && start < kBmpEnd) index.name_starts_.set(start);
  }
  *out = std::move(index);
  return {};
}

void Registry::Index::add_senders(std::string_view sender, OrganizationSet* out) const {
  if (!sender.empty()) senders_.add_owners(sender, out);
}

void Registry::Index::add_number_owners(std::string_view digits, OrganizationSet* out) const {
  if (!digits.empty()) numbers_.add_owners(digits, out);
}

void Registry::Index::add_host_owners(std::string_view host, OrganizationSet* out) const {
  // The host itself, then each domain it is under: a.b.example.com, b.example.com, …
  for (std::string_view domain = host; !domain.empty();) {
    domains_.add_owners(domain, out);
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
  if (!head.empty()) signatures_.add_owners(head, out);
  if (!tail.empty()) signatures_.add_owners(tail, out);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] < kBmpEnd && !name_starts_.test(text[i])) continue;
    const auto range = names_by_start_.find(text[i]);
    if (range == names_by_start_.end()) continue;
    for (std::uint32_t n = range->second.first; n < range->second.second; ++n) {
      const std::u32string_view name = names_.key(n);
      // Names that share a first character mostly differ at the second.
      if (name.size() > 1 && (i + 1 == text.size() || text[i + 1] != name[1])) continue;
      if (text.compare(i, name.size(), name) == 0 && is_whole_word(text, i, i + name.size()))
        out->add(names_.org(n));
    }
  }
}

}  // namespace smsfilter
