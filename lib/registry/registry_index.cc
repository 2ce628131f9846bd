#include "registry/registry_index.h"

#include <algorithm>

#include "common/characters.h"
#include "common/utf.h"
#include "analysis/literal_normalizer.h"

namespace smsfilter {
namespace {

using internal::is_ascii_alnum;

// The bit of Registry::Index::name_starts_ for names starting with `first`, then `second`
// (0 for a name of one character): the top 16 bits of a multiplicative hash.
std::size_t name_start_bit(char32_t first, char32_t second) {
  return ((first * 0x9E3779B1u) ^ second) * 0x85EBCA6Bu >> 16;
}

// An ASCII name inside a longer word ("line" in "online") is not the name.
bool is_whole_word(std::u32string_view text, std::size_t begin, std::size_t end) {
  const bool starts_word = is_ascii_alnum(text[begin]) && begin > 0 && is_ascii_alnum(text[begin - 1]);
  const bool ends_word = is_ascii_alnum(text[end - 1]) && end < text.size() && is_ascii_alnum(text[end]);
  return !starts_word && !ends_word;
}

Status corrupt(std::string_view problem) {
  return Status(StatusCode::kCorruptModel, "brands section: " + std::string(problem));
}

}  // namespace

Status Registry::Index::build(std::string_view version, const std::vector<Organization>& organizations) {
  if (version.size() > 0xFFFF || organizations.size() > 0xFFFF)
    return Status(StatusCode::kInvalidArgument, "registry version or organisation count too large to store");
  internal::KeyTableWriter<char> senders, numbers, domains;
  internal::KeyTableWriter<char32_t> names, signatures;
  internal::LiteralNormalizer normalizer;
  std::vector<std::u32string> org_names;
  std::u32string normalized;
  for (std::size_t i = 0; i < organizations.size(); ++i) {
    const Organization& org = organizations[i];
    const auto id = static_cast<std::uint16_t>(i);
    kinds_.push_back(org.kind);
    std::uint8_t regions = 0;
    for (Region region : org.regions) regions |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(region));
    regions_.push_back(regions);
    for (const std::string& number : org.senders) senders.add(number, id);
    for (const auto* numbers_of : {&org.senders, &org.hotlines})
      for (const std::string& number : *numbers_of) numbers.add(number, id);
    for (const std::string& domain : org.domains) domains.add(domain, id);
    org_names.clear();
    for (const std::string& name : org.names) {
      if (Status s = normalizer.normalize(name, &normalized); !s.ok()) return s;
      names.add(normalized, id);
      org_names.push_back(normalized);
    }
    for (const std::string& signature : org.signatures) {
      if (Status s = normalizer.normalize(signature, &normalized); !s.ok()) return s;
      if (std::find(org_names.begin(), org_names.end(), normalized) == org_names.end())
        signatures.add(normalized, id);
    }
  }
  format::append_u16(owned_, static_cast<std::uint16_t>(version.size()));
  owned_.append(version);
  format::append_u16(owned_, static_cast<std::uint16_t>(organizations.size()));
  senders.write(&owned_);
  numbers.write(&owned_);
  domains.write(&owned_);
  names.write(&owned_);
  signatures.write(&owned_);
  return read(owned_);
}

Status Registry::Index::read(std::string_view bytes) {
  internal::ByteReader reader(bytes);
  std::uint16_t version_size, org_count;
  const unsigned char* version;  // skipped: for people
  if (!reader.read(&version_size) || !reader.read_array(version_size, 1, &version) ||
      !reader.read(&org_count)) {
    return corrupt("the header runs past the section");
  }
  using Bytes = internal::KeyTable<char>;
  using CodePoints = internal::KeyTable<char32_t>;
  Status status = Bytes::read(&reader, org_count, "senders", &senders_);
  if (status.ok()) status = Bytes::read(&reader, org_count, "numbers", &numbers_);
  if (status.ok()) status = Bytes::read(&reader, org_count, "domains", &domains_);
  if (status.ok()) status = CodePoints::read(&reader, org_count, "names", &names_);
  if (status.ok()) status = CodePoints::read(&reader, org_count, "signatures", &signatures_);
  if (!status.ok()) return status;
  if (reader.remaining() != 0) return corrupt("bytes left over after the tables");
  bytes_ = bytes;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const char32_t second = names_.key_size(i) > 1 ? names_.key_char(i, 1) : 0;
    name_starts_.set(name_start_bit(names_.key_char(i, 0), second));
  }
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
  for (const std::u32string_view whole : {head, tail}) {
    if (whole.empty()) continue;
    names_.add_owners(whole, out);
    signatures_.add_owners(whole, out);
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t next = i + 1 < text.size() ? text[i + 1] : 0;
    if (!name_starts_.test(name_start_bit(text[i], next)) && !name_starts_.test(name_start_bit(text[i], 0)))
      continue;
    const auto [first, last] = names_.starting_with(text[i]);
    for (std::size_t n = first; n < last; ++n) {
      const std::size_t size = names_.key_size(n);
      // Names that share a first character mostly differ at the second.
      if (size > 1 && (i + 1 == text.size() || text[i + 1] != names_.key_char(n, 1))) continue;
      if (names_.compare(n, text.substr(i, size)) == 0 && is_whole_word(text, i, i + size))
        out->add(names_.org(n));
    }
  }
}

}  // namespace smsfilter
