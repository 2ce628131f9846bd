#include "smsfilter/registry.h"

#include "registry/bundled_registry.h"
#include "registry/registry_index.h"
#include "registry/registry_text.h"

namespace smsfilter {

Registry::Registry(std::string version, std::vector<Organization> organizations,
                   std::unique_ptr<const Index> index)
    : version_(std::move(version)), organizations_(std::move(organizations)), index_(std::move(index)) {}

Registry::~Registry() = default;

const std::string& Registry::version() const { return version_; }
const std::vector<Organization>& Registry::organizations() const { return organizations_; }

std::shared_ptr<const Registry> Registry::parse(std::string_view text, Status* status) {
  Status ignored;
  Status& s = status ? *status : ignored;
  std::string version;
  std::vector<Organization> organizations;
  auto index = std::make_unique<Index>();
  s = internal::read_registry_text(text, &version, &organizations);
  if (s.ok()) s = index->build(version, organizations);
  if (!s.ok()) return nullptr;
  return std::shared_ptr<const Registry>(new Registry(std::move(version), std::move(organizations), std::move(index)));
}

std::shared_ptr<const Registry> Registry::bundled(Status* status) {
  struct Parsed {
    Status status;
    std::shared_ptr<const Registry> registry;
  };
  static const Parsed parsed = [] {
    Parsed p;
    p.registry = parse(bundled_registry_text(), &p.status);
    return p;
  }();
  if (status) *status = parsed.status;
  return parsed.registry;
}

}  // namespace smsfilter
