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
                    (decision.unsure ? ", unsure" : "");
  if (decision.sub_kind != SubKind::kNone) out += ", " + std::string(sub_kind_name(decision.sub_kind));
  out += ")";
  for (std::size_t i = 0; i < decision.reasons.size(); ++i) {
    out += i == 0 ? ": " : ", ";
    out += reason_kind_name(decision.reasons[i].kind);
  }
  return out;
}

std::string explain(const Result& result) {
  std::string out =
      std::string(category_name(result.category)) + " " + internal::format_decimal(result.confidence, 2);
  for (std::size_t i = 0; i < result.top_feature_count; ++i) {
    const FeatureContribution& f = result.top_features[i];
    out += (i == 0 ? ": " : ", ") + std::string(f.feature) + " " + (f.weight >= 0 ? "+" : "") +
           internal::format_decimal(f.weight, 2);
  }
  return out;
}

}  // namespace smsfilter
