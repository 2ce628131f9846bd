#include "smsfilter/decision.h"

#include <algorithm>

#include "policy/decimal.h"

namespace smsfilter {

bool Decision::has_reason(ReasonKind kind) const {
  return std::any_of(reasons.begin(), reasons.end(), [&](const Reason& r) { return r.kind == kind; });
}

void describe(const Decision& decision, std::string* out) {
  out->assign(action_name(decision.action)).append(" (").append(category_name(decision.category));
  out->append(" ").append(internal::format_decimal(decision.confidence, 2));
  if (decision.unsure) out->append(", unsure");
  if (decision.sub_kind != SubKind::kNone) out->append(", ").append(sub_kind_name(decision.sub_kind));
  out->append(")");
  for (std::size_t i = 0; i < decision.reasons.size(); ++i)
    out->append(i == 0 ? ": " : ", ").append(reason_kind_name(decision.reasons[i].kind));
}

std::string describe(const Decision& decision) {
  std::string out;
  describe(decision, &out);
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
