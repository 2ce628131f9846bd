// What the library reads of a Policy beyond its public API: deciding on a message with an
// analysis and a classifier result given rather than taken from a Classifier (tests state
// exactly what the model said), and buffers to reuse given with them.
#ifndef SMSFILTER_LIB_POLICY_POLICY_ACCESS_H_
#define SMSFILTER_LIB_POLICY_POLICY_ACCESS_H_

#include "analysis/message_analysis.h"
#include "policy/policy_scratch.h"
#include "smsfilter/policy.h"

namespace smsfilter {

struct Policy::Access {
  static Status decide(const Policy& policy, const internal::MessageAnalysis& analysis,
                       const Message& message, const Result& result, internal::PolicyScratch* scratch,
                       PolicyState* state, Decision* decision);
  static Status record_feedback(const Policy& policy, const internal::MessageAnalysis& analysis,
                                const Message& message, const Result& result, Feedback feedback,
                                internal::PolicyScratch* scratch, PolicyState* state);
};

}  // namespace smsfilter

#endif  // SMSFILTER_LIB_POLICY_POLICY_ACCESS_H_
