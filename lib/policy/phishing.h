// The phishing override's evidence: a link to a host the user doesn't trust together with
// a request for credentials. Banks, carriers and shops in China don't ask for card
// numbers, passwords or identity checks through links in SMS; scams that borrow their
// signatures do, and the model may still read them as bank notices. And the same link
// offered as a photo of the reader, the bait of the phishing that asks for nothing yet.
#ifndef SMSFILTER_LIB_POLICY_PHISHING_H_
#define SMSFILTER_LIB_POLICY_PHISHING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"
#include "registry/registry_index.h"

namespace smsfilter::internal {

// The first host linked to that nobody vouches for (trusted_hosts.h), in the analysis, if
// any. `trusted_domains` are lower case; a host matches a domain and its subdomains.
std::optional<std::string_view> first_untrusted_host(const MessageAnalysis& analysis,
                                                     const std::vector<std::string>& trusted_domains,
                                                     const RegistryIndex& registry);

// Whether the text asks for card numbers, passwords or identity checks, not warning
// against them: phishing beside an untrusted link.
bool asks_for_credentials(const MessageAnalysis& analysis);

// Whether the text offers a photo or a video of the reader (这张照片里的人是不是你？), not
// describing the scam: beside an untrusted link, the phishing that asks for no credential
// until the page opens.
bool offers_photo_bait(const MessageAnalysis& analysis);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_PHISHING_H_
