// Hosts whose links are never suspect: the user's trusted domains, the registry's, and the
// domains only public bodies may register (analysis/links.h).
#ifndef SMSFILTER_LIB_POLICY_TRUSTED_HOSTS_H_
#define SMSFILTER_LIB_POLICY_TRUSTED_HOSTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "analysis/links.h"
#include "analysis/message_analysis.h"
#include "registry/registry_index.h"

namespace smsfilter::internal {

// Whether `host` is one of `trusted_domains` (lower case) or under one.
bool is_trusted_host(std::string_view host, const std::vector<std::string>& trusted_domains);

// Whether someone vouches for a link to `host`: the user trusts it, the registry lists it as
// an organisation's, or only a public body may hold it.
bool is_vouched_host(std::string_view host, const std::vector<std::string>& trusted_domains,
                     const RegistryIndex& registry);

// Whether `link` names a merchant rather than a page to open: a registry organisation's
// domain written in capitals, as card statements and the banks' notices name the merchant
// a card was charged by (…online payment of CNY3,280.00 to APPLE.COM/BILL).
bool names_merchant(const MessageAnalysis& analysis, const Link& link, const RegistryIndex& registry);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_TRUSTED_HOSTS_H_
