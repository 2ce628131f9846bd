// The brands section of a model (model_format.h): the registry's names and contacts that
// the brand markers read, stored with the model as its character map is, so that a
// registry update changes the policy's facts at once and the model's features only when
// it is retrained.
#ifndef SMSFILTER_LIB_CLASSIFIER_BRAND_TABLE_H_
#define SMSFILTER_LIB_CLASSIFIER_BRAND_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/registry.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

// Each organisation's names, signatures, senders, hotlines and domains; the rest of an
// Organization is not stored.
std::string encode_brand_table(std::string_view registry_version, const std::vector<Organization>& organizations);

// Refuses (kCorruptModel) a table that runs past `bytes` or leaves bytes over.
Status decode_brand_table(std::string_view bytes, std::string* registry_version,
                          std::vector<Organization>* organizations);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CLASSIFIER_BRAND_TABLE_H_
