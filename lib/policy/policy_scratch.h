// The buffers deciding on a message reuses, so that a caller that decides message after
// message allocates nothing once they have grown to its messages. Policy::decide and
// Policy::record_feedback keep them with the caller's Classifier (one per thread).
#ifndef SMSFILTER_LIB_POLICY_POLICY_SCRATCH_H_
#define SMSFILTER_LIB_POLICY_POLICY_SCRATCH_H_

#include <string>

#include "classifier/classifier_access.h"
#include "policy/rule_set.h"

namespace smsfilter::internal {

struct PolicyScratch final : AttachedScratch {
  std::u32string sender;  // the sender's visible text, for normalize_sender()
  RuleSet::Scratch rules;
  std::string issuer;     // a verification code's, for verification_code_of()
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_POLICY_SCRATCH_H_
