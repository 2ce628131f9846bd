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

bool names_merchant(const MessageAnalysis& analysis, const Link& link, const RegistryIndex& registry) {
  const std::size_t begin = analysis.raw_offset(link.host.begin);
  const std::u16string_view written = analysis.raw().substr(begin, analysis.raw_offset(link.host.end) - begin);
  const auto is_lower = [](char16_t c) { return c >= u'a' && c <= u'z'; };
  const auto is_upper = [](char16_t c) { return c >= u'A' && c <= u'Z'; };
  return std::none_of(written.begin(), written.end(), is_lower) &&
         std::any_of(written.begin(), written.end(), is_upper) && registry.is_official_host(analysis.host(link));
}

}  // namespace smsfilter::internal
