// What the library reads of a Classifier beyond its public API.
#ifndef SMSFILTER_LIB_CLASSIFIER_CLASSIFIER_ACCESS_H_
#define SMSFILTER_LIB_CLASSIFIER_CLASSIFIER_ACCESS_H_

#include <memory>

#include "analysis/message_analysis.h"
#include "smsfilter/classifier.h"

namespace smsfilter {
namespace internal {

// Buffers that a later part of the library (the policy) reuses from message to message,
// kept with the Classifier that classified them: they belong to its caller, as the
// classifier's own do, not to a thread. The classifier owns them without knowing their type.
class AttachedScratch {
 public:
  virtual ~AttachedScratch() = default;
};

}  // namespace internal

struct Classifier::Access {
  // The analysis of the message `classifier` classified last; valid until its next call.
  static const internal::MessageAnalysis& analysis(const Classifier& classifier);
  // The policy's buffers for `classifier`'s messages: null until the policy first sets it.
  static std::unique_ptr<internal::AttachedScratch>& policy_scratch(Classifier& classifier);
};

}  // namespace smsfilter

#endif  // SMSFILTER_LIB_CLASSIFIER_CLASSIFIER_ACCESS_H_
