// The folder a transaction or a promotion belongs in (SubKind): from the kind of the
// registry organisation behind it, else from what the message talks about.
#ifndef SMSFILTER_LIB_POLICY_SUB_KIND_H_
#define SMSFILTER_LIB_POLICY_SUB_KIND_H_

#include <optional>

#include "analysis/message_analysis.h"
#include "smsfilter/category.h"
#include "smsfilter/decision.h"
#include "smsfilter/registry.h"

namespace smsfilter::internal {

// Transactional sub-kinds for transaction and security, promotional ones for marketing,
// kNone for personal and fraud. `organization`: the kind of the organisation the message
// comes from or names.
SubKind sub_kind_of(Category category, std::optional<OrganizationKind> organization,
                    const MessageAnalysis& analysis);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_SUB_KIND_H_
