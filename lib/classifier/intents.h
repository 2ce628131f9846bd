// What a message asks of its reader or promises, read from phrase lists: transfer money,
// pay a fee first, hand over credentials, hurry, keep quiet, take a refund or a prize ...
// Each list stands for many wordings the model would otherwise learn one n-gram at a
// time, so a scam or notice phrased in a new way still shares the intent's weight.
// The lists are part of the featurizer: changing one changes features (bump the version
// or retrain).
#ifndef SMSFILTER_LIB_CLASSIFIER_INTENTS_H_
#define SMSFILTER_LIB_CLASSIFIER_INTENTS_H_

#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// Appends a marker name ("intent:fee_first") for each intent whose phrases occur in the
// analysis's normalised (Simplified, lower-case) text; each intent once. A request the text
// warns against (analysis/warnings.h) is "intent:warning" instead.
void detect_intents(const MessageAnalysis& analysis, std::vector<std::string_view>* markers);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CLASSIFIER_INTENTS_H_
