// What the library reads of a Classifier beyond its public API.
#ifndef SMSFILTER_LIB_CLASSIFIER_CLASSIFIER_ACCESS_H_
#define SMSFILTER_LIB_CLASSIFIER_CLASSIFIER_ACCESS_H_

#include "analysis/message_analysis.h"
#include "smsfilter/classifier.h"

namespace smsfilter {

struct Classifier::Access {
  // The analysis of the message `classifier` classified last; valid until its next call.
  static const internal::MessageAnalysis& analysis(const Classifier& classifier);
};

}  // namespace smsfilter

#endif  // SMSFILTER_LIB_CLASSIFIER_CLASSIFIER_ACCESS_H_
