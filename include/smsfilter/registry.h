// The official-channel registry: organisations that text people in mainland China, Hong
// Kong and Taiwan, with the names they sign with and the numbers and domains they use.
// The policy trusts it: a message from an official sender, or whose links all go to the
// domains of the brand it names, is never blocked by the model alone, and one that names
// a brand but gives a contact the registry doesn't list for it is suspect
// (docs/integration.md, "Official channels").
//
// The registry is bundled in the library (registry/official_channels.txt, embedded at
// build time): the policy trusts it, so a fix to a hotline must ship with a library
// update, never wait for a retrain. A model keeps its own lookups of the names and
// contacts for its brand markers (model_format.h, "brands"), taken when it was trained, so
// that its features don't change under it. A Registry is immutable; any number of threads may
// share one.
#ifndef SMSFILTER_REGISTRY_H_
#define SMSFILTER_REGISTRY_H_

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/enum_names.h"
#include "smsfilter/status.h"

namespace smsfilter {

// Values, names and meanings: SMSF_ORGANIZATION_KIND in smsfilter/enums.def.
enum class OrganizationKind : unsigned char {
#define SMSF_ORGANIZATION_KIND(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kOrganizationKindNames = enum_names({
#define SMSF_ORGANIZATION_KIND(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kOrganizationKindCount = kOrganizationKindNames.size();

constexpr std::string_view organization_kind_name(OrganizationKind k) {
  return kOrganizationKindNames[static_cast<std::size_t>(k)];
}

constexpr std::optional<OrganizationKind> organization_kind_from_name(std::string_view name) {
  return enum_from_name<OrganizationKind>(kOrganizationKindNames, name);
}

enum class Region : unsigned char {
  kMainland = 0,  // "cn"
  kHongKong = 1,  // "hk"
  kTaiwan = 2,    // "tw"
};

inline constexpr std::size_t kRegionCount = 3;

inline constexpr std::array<std::string_view, kRegionCount> kRegionNames = {"cn", "hk", "tw"};

constexpr std::string_view region_name(Region r) { return kRegionNames[static_cast<std::size_t>(r)]; }

struct Organization {
  std::string id;  // e.g. "icbc"
  OrganizationKind kind = OrganizationKind::kBank;
  std::vector<Region> regions;
  // Matched anywhere in a message (written as in the file: Simplified, Traditional,
  // English).
  std::vector<std::string> names;
  // Further names matched only as a whole 【signature】: short or ambiguous ones.
  std::vector<std::string> signatures;
  std::vector<std::string> senders;   // numbers its messages come from, digits only
  std::vector<std::string> hotlines;  // numbers it asks people to call, digits only
  std::vector<std::string> domains;   // hosts its links go to; subdomains included
  std::vector<std::string> sources;   // where the facts were checked
};

class Registry {
 public:
  // Reads the text form (registry/official_channels.txt describes it). Refuses a malformed
  // file, naming the line: a missing header, an unknown key, kind or region, a duplicate
  // organisation or name, a bad number, domain or source, an entry without kind, region,
  // name or source.
  static std::shared_ptr<const Registry> parse(std::string_view text, Status* status);
  // The registry compiled into the library, parsed once.
  static std::shared_ptr<const Registry> bundled(Status* status = nullptr);

  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  const std::string& version() const;
  const std::vector<Organization>& organizations() const;

  // The library's own way in (the policy's lookups), defined in its private headers: not
  // for applications.
  struct Access;

 private:
  class Index;  // the lookups
  Registry(std::string version, std::vector<Organization> organizations,
           std::unique_ptr<const Index> index);

  std::string version_;
  std::vector<Organization> organizations_;
  std::unique_ptr<const Index> index_;
};

}  // namespace smsfilter

#endif  // SMSFILTER_REGISTRY_H_
