#include "smsfilter/decision.h"

#include <algorithm>

#include "policy/decimal.h"

namespace smsfilter {

bool Decision::has_reason(ReasonKind kind) const {
  return std::any_of(reasons.begin(), reasons.end(), [&](const Reason& r) { return r.kind == kind; });
}

std::string describe(const Decision& decision) {
  std::string out = std::string(action_name(decision.action)) + " (" +
                    std::string(category_name(decision.category)) + " " +
                    internal::format_decimal(decision.confidence, 2) +
                    (decision.unsure ? ", unsure" : "") + ")";
  for (std::size_t i = 0; i < decision.reasons.size(); ++i) {
    const Reason& r = decision.reasons[i];
    out += i == 0 ? ": " : "; ";
    out += reason_kind_name(r.kind);
    if (!r.rule_id.empty()) out += " " + r.rule_id;
    if (!r.detail.empty()) out += " (" + r.detail + ")";
  }
  return out;
}

}  // namespace smsfilter
