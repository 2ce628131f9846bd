#include "registry/registry_text.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/utf.h"
#include "analysis/literal_normalizer.h"

namespace smsfilter::internal {
namespace {

constexpr std::string_view kHeader = "smsfilter-registry 1";
constexpr std::size_t kMinNumberDigits = 3, kMaxNumberDigits = 15;
constexpr std::size_t kMaxLabel = 63;
constexpr std::size_t kMaxOrganizations = 65535;  // indices are 16 bits

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_list(std::string_view values) {
  std::vector<std::string> out;
  for (std::size_t begin = 0; begin <= values.size();) {
    std::size_t end = values.find(',', begin);
    if (end == std::string_view::npos) end = values.size();
    out.emplace_back(trim(values.substr(begin, end - begin)));
    begin = end + 1;
  }
  return out;
}

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool is_valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return is_lower_alnum(c) || c == '_'; });
}

bool is_valid_number(std::string_view digits) {
  return digits.size() >= kMinNumberDigits && digits.size() <= kMaxNumberDigits &&
         std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "https://" or "http://", a valid host, then optionally a path.
bool is_valid_source(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.substr(0, scheme.size()) != scheme) continue;
    const std::string_view rest = url.substr(scheme.size());
    return is_valid_domain(rest.substr(0, rest.find('/')));
  }
  return false;
}

// One organisation's block as it is read, with the line each key was on.
class EntryBuilder {
 public:
  EntryBuilder(std::string id, std::size_t line) : line_(line) { org_.id = std::move(id); }

  std::size_t line() const { return line_; }
  // The line `key` was on; the entry's first line when it wasn't given.
  std::size_t line_of(const std::string& key) const {
    const auto it = lines_.find(key);
    return it == lines_.end() ? line_ : it->second;
  }

  // Returns an error message, empty when the line is fine.
  std::string add(std::string_view key, std::string_view value, std::size_t line) {
    if (!lines_.emplace(key, line).second) return "'" + std::string(key) + "' given twice";
    if (value.empty()) return "'" + std::string(key) + "' without a value";
    if (key == "kind") return set_kind(value);
    if (key == "source") return add_values(value, &org_.sources, is_valid_source, "source URL");
    if (key == "region") return add_regions(value);
    if (key == "name") return add_values(value, &org_.names, nullptr, "name");
    if (key == "signature") return add_values(value, &org_.signatures, nullptr, "signature");
    if (key == "sender") return add_values(value, &org_.senders, is_valid_number, "sender number");
    if (key == "hotline") return add_values(value, &org_.hotlines, is_valid_number, "hotline number");
    if (key == "domain") return add_values(value, &org_.domains, is_valid_domain, "domain");
    return "unknown key '" + std::string(key) + "'";
  }

  // The entry once its block ends: an error message when a required key is missing.
  std::string finish(Organization* out) {
    for (std::string_view key : {"kind", "region", "name", "source"}) {
      if (lines_.count(std::string(key)) == 0) return "organisation " + org_.id + " has no '" + std::string(key) + "'";
    }
    *out = std::move(org_);
    return {};
  }

 private:
  std::string set_kind(std::string_view value) {
    const std::optional<OrganizationKind> kind = organization_kind_from_name(value);
    if (!kind) return "unknown kind '" + std::string(value) + "'";
    org_.kind = *kind;
    return {};
  }

  std::string add_regions(std::string_view value) {
    for (const std::string& name : split_list(value)) {
      const std::optional<Region> region = enum_from_name<Region>(kRegionNames, name);
      if (!region) return "unknown region '" + name + "'";
      if (std::find(org_.regions.begin(), org_.regions.end(), *region) != org_.regions.end())
        return "region " + name + " listed twice";
      org_.regions.push_back(*region);
    }
    return {};
  }

  std::string add_values(std::string_view value, std::vector<std::string>* out,
                         bool (*valid)(std::string_view), const char* what) {
    for (std::string& item : split_list(value)) {
      if (item.empty()) return std::string("empty ") + what;
      if (valid != nullptr && !valid(item)) return std::string("bad ") + what + " '" + item + "'";
      if (std::find(out->begin(), out->end(), item) != out->end())
        return std::string(what) + " '" + item + "' listed twice";
      out->push_back(std::move(item));
    }
    return {};
  }

  Organization org_;
  std::map<std::string, std::size_t, std::less<>> lines_;
  std::size_t line_;
};

Status error_at(std::size_t line, const std::string& message) {
  return Status(StatusCode::kInvalidArgument, "registry: line " + std::to_string(line) + ": " + message);
}

// Names and signatures are matched after normalisation, so two that normalise alike
// (ICBC and icbc) are one name: each may belong to one organisation only.
class NameChecker {
 public:
  Status check(const Organization& org, const EntryBuilder& entry) {
    for (const char* key : {"name", "signature"}) {
      const std::size_t line = entry.line_of(key);
      for (const std::string& name : key == std::string_view("name") ? org.names : org.signatures) {
        if (Status s = normalizer_.normalize(name, &normalized_); !s.ok()) return s;
        if (normalized_.size() < 2) return error_at(line, "name '" + name + "' is shorter than 2 characters");
        const auto [it, inserted] = owners_.emplace(encode_utf8(normalized_), org.id);
        if (!inserted)
          return error_at(line, "name '" + name + "' of " + org.id + " is also a name of " + it->second);
      }
    }
    return {};
  }

 private:
  LiteralNormalizer normalizer_;
  std::u32string normalized_;
  std::map<std::string, std::string> owners_;
};

}  // namespace

bool is_valid_domain(std::string_view domain) {
  std::size_t labels = 0;
  std::string_view last;
  for (std::size_t begin = 0; begin <= domain.size(); ++labels) {
    std::size_t end = domain.find('.', begin);
    if (end == std::string_view::npos) end = domain.size();
    last = domain.substr(begin, end - begin);
    if (last.empty() || last.size() > kMaxLabel || last.front() == '-' || last.back() == '-') return false;
    if (!std::all_of(last.begin(), last.end(), [](char c) { return is_lower_alnum(c) || c == '-'; }))
      return false;
    begin = end + 1;
  }
  return labels >= 2 && std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

Status read_registry_text(std::string_view text, std::string* version,
                          std::vector<Organization>* organizations) {
  std::string read_version;
  std::vector<Organization> orgs;
  std::set<std::string> ids;
  NameChecker names;
  std::optional<EntryBuilder> entry;
  bool header = false;

  const auto finish_entry = [&]() -> Status {
    if (!entry) return {};
    Organization org;
    if (std::string error = entry->finish(&org); !error.empty()) return error_at(entry->line(), error);
    if (Status s = names.check(org, *entry); !s.ok()) return s;
    orgs.push_back(std::move(org));
    entry.reset();
    return {};
  };

  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin < text.size(); ++line_number) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(begin, end - begin));
    begin = end + 1;
    const std::size_t at = line_number + 1;
    if (line.empty() || line.front() == '#') continue;
    if (!header) {
      if (line != kHeader) return error_at(at, "expected '" + std::string(kHeader) + "'");
      header = true;
      continue;
    }
    const std::size_t space = line.find_first_of(" \t");
    const std::string_view key = line.substr(0, space);
    const std::string_view value = space == std::string_view::npos ? "" : trim(line.substr(space));
    if (key == "version") {
      if (!read_version.empty() || entry || !orgs.empty()) return error_at(at, "'version' must come once, before the organisations");
      if (value.empty()) return error_at(at, "'version' without a value");
      read_version = value;
    } else if (key == "org") {
      if (read_version.empty()) return error_at(at, "no 'version' before the first organisation");
      if (Status s = finish_entry(); !s.ok()) return s;
      if (!is_valid_id(value)) return error_at(at, "bad organisation id '" + std::string(value) + "'");
      if (!ids.insert(std::string(value)).second) return error_at(at, "duplicate organisation " + std::string(value));
      if (orgs.size() == kMaxOrganizations) return error_at(at, "too many organisations");
      entry.emplace(std::string(value), at);
    } else if (!entry) {
      return error_at(at, "'" + std::string(key) + "' outside an organisation");
    } else if (std::string error = entry->add(key, value, at); !error.empty()) {
      return error_at(at, error);
    }
  }
  if (!header) return Status(StatusCode::kInvalidArgument, "registry: empty, expected '" + std::string(kHeader) + "'");
  if (Status s = finish_entry(); !s.ok()) return s;
  if (orgs.empty()) return Status(StatusCode::kInvalidArgument, "registry: no organisations");
  *version = std::move(read_version);
  *organizations = std::move(orgs);
  return {};
}

}  // namespace smsfilter::internal
