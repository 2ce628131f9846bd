#include "policy/trusted_hosts.h"

#include <algorithm>

namespace smsfilter::internal {

bool is_trusted_host(std::string_view host, const std::vector<std::string>& trusted_domains) {
  return std::any_of(trusted_domains.begin(), trusted_domains.end(),
                     [&](const std::string& domain) { return is_under_domain(host, domain); });
}

bool is_vouched_host(std::string_view host, const std::vector<std::string>& trusted_domains,
                     const RegistryIndex& registry) {
  return is_trusted_host(host, trusted_domains) || registry.is_official_host(host) || is_public_body_host(host);
}

}  // namespace smsfilter::internal
