// The registry's text form (registry/official_channels.txt): read and validated entry by
// entry, so that a malformed file is refused with the line at fault.
#ifndef SMSFILTER_LIB_REGISTRY_REGISTRY_TEXT_H_
#define SMSFILTER_LIB_REGISTRY_REGISTRY_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/registry.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

// Reads `text` into `version` and `organizations`, which are only written on success.
Status read_registry_text(std::string_view text, std::string* version,
                          std::vector<Organization>* organizations);

// A host name as links are compared: lower-case ASCII labels of letters, digits and
// inner hyphens, at least two of them, the last made of letters.
bool is_valid_domain(std::string_view domain);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_REGISTRY_REGISTRY_TEXT_H_
