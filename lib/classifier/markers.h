// Message-level markers (url, phone number, signature, amount, length) and the sender's
// kind. Their names are hashed as features, so they are part of the featurizer version.
#ifndef SMSFILTER_LIB_CLASSIFIER_MARKERS_H_
#define SMSFILTER_LIB_CLASSIFIER_MARKERS_H_

#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"
#include "registry/registry_index.h"

namespace smsfilter::internal {

// Replaces `markers` with the names of those the analysis found. With `brands` (the
// model's brands section), also whether the organisations the text names give their own
// contacts or others: a bank's name beside its own 95xxx number, or beside a mobile or
// a look-alike domain.
void detect_markers(const MessageAnalysis& analysis, const RegistryIndex* brands,
                    std::vector<std::string_view>* markers);

// What the sender's number is, read as phone_kind() reads a number in the text:
// "service" (106… SMS gateways), "bank" (95xxx/96xxx), "carrier" (100xx), "government"
// (12xxx), "hotline" (400/800), "mobile", "landline", "intl", else "short" or "long";
// "named" for a sender with letters; empty for an empty sender. +86 and 0086 are domestic.
std::string_view sender_kind(std::u32string_view sender);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CLASSIFIER_MARKERS_H_
