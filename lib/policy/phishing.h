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

struct PhishingEvidence {
  std::string_view host;  // the first untrusted host linked to, in the analysis
};

// `trusted_domains` are lower case; a host matches a domain and its subdomains. The
// registry's domains and public bodies' hosts are trusted too.
std::optional<PhishingEvidence> find_phishing(const MessageAnalysis& analysis,
                                              const std::vector<std::string>& trusted_domains,
                                              const RegistryIndex& registry);

// A link to an untrusted host offered as a photo or a video of the reader (这张照片里的人是不是
// 你？http://…): the phishing that asks for no credential until the page opens.
std::optional<PhishingEvidence> find_photo_bait(const MessageAnalysis& analysis,
                                                const std::vector<std::string>& trusted_domains,
                                                const RegistryIndex& registry);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_PHISHING_H_
