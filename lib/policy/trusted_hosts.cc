#include "policy/trusted_hosts.h"

#include <algorithm>
#include <array>

namespace smsfilter::internal {
namespace {

// Each registered to government bodies or schools alone: mainland China, Hong Kong, Taiwan,
// Macau, and Singapore and Malaysia, whose English notices Chinese speakers there receive.
constexpr std::array<std::string_view, 12> kPublicBodyDomains = {
    "gov.cn", "edu.cn", "gov.hk", "edu.hk", "gov.tw", "edu.tw",
    "gov.mo", "edu.mo", "gov.sg", "edu.sg", "gov.my", "edu.my"};

// Whether `host` is `domain` or a subdomain of it.
bool is_under(std::string_view host, std::string_view domain) {
  if (host == domain) return true;
  const std::size_t start = host.size() - domain.size();
  return host.size() > domain.size() && host[start - 1] == '.' && host.compare(start, domain.size(), domain) == 0;
}

}  // namespace

bool is_trusted_host(std::string_view host, const std::vector<std::string>& trusted_domains) {
  return std::any_of(trusted_domains.begin(), trusted_domains.end(),
                     [&](const std::string& domain) { return is_under(host, domain); });
}

bool is_public_body_host(std::string_view host) {
  return std::any_of(kPublicBodyDomains.begin(), kPublicBodyDomains.end(),
                     [&](std::string_view domain) { return is_under(host, domain); });
}

bool is_vouched_host(std::string_view host, const std::vector<std::string>& trusted_domains,
                     const RegistryIndex& registry) {
  return is_trusted_host(host, trusted_domains) || registry.is_official_host(host) || is_public_body_host(host);
}

}  // namespace smsfilter::internal
