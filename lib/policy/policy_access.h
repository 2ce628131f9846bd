// Deciding on a message with an analysis and a classifier result given rather than taken
// from a Classifier: for tests that state exactly what the model said.
#ifndef SMSFILTER_LIB_POLICY_POLICY_ACCESS_H_
#define SMSFILTER_LIB_POLICY_POLICY_ACCESS_H_

#include "analysis/message_analysis.h"
#include "smsfilter/policy.h"

namespace smsfilter::internal {

struct PolicyAccess {
  static Status decide(const Policy& policy, const MessageAnalysis& analysis, const Message& message,
                       const Result& result, PolicyState* state, Decision* decision) {
    return policy.decide(analysis, message, result, state, decision);
  }
  static Status record_feedback(const Policy& policy, const MessageAnalysis& analysis,
                                const Message& message, const Result& result, Feedback feedback,
                                PolicyState* state) {
    return policy.record_feedback(analysis, message, result, feedback, state);
  }
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_POLICY_ACCESS_H_
