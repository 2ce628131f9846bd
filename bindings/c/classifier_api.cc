// smsf_classifier and classification.
#include <algorithm>
#include <string>
#include <string_view>

#include "c_api.h"

using namespace smsfilter;

namespace {

static_assert(SMSF_MAX_EXPLAINED_FEATURES == kMaxExplainedFeatures);

// Copies the C++ result out, the feature names into `names`.
void copy_result(const Result& from, std::string* names, smsf_result* to) {
  names->clear();
  for (std::size_t i = 0; i < from.top_feature_count; ++i)
    names->append(from.top_features[i].feature).push_back('\0');
  to->category = static_cast<smsf_category>(from.category);
  to->confidence = from.confidence;
  std::copy(from.probabilities.begin(), from.probabilities.end(), to->probabilities);
  to->unsure = from.unsure;
  to->feature_count = from.top_feature_count;
  const char* name = names->c_str();
  for (std::size_t i = 0; i < from.top_feature_count; ++i) {
    to->features[i] = {name, from.top_features[i].weight};
    name += from.top_features[i].feature.size() + 1;
  }
}

// Copies the code units the classifier can read: its first max_chars code points take
// at most two each, so a huge message does not cost a huge copy.
void copy_utf16(const smsf_classifier& c, const uint16_t* units, size_t length, std::u16string* out) {
  const std::size_t max_units = 2 * std::size_t{c.classifier.model().featurizer_settings().max_chars};
  out->assign(units, units + std::min(length, max_units));
}

// Checks the arguments every classify call shares.
smsf_status check(const smsf_classifier* classifier, const void* text, size_t text_size,
                  const void* sender, size_t sender_size, const smsf_result* result) {
  if (classifier == nullptr || result == nullptr)
    return c_api::invalid_argument("classifier or result is NULL");
  if (!c_api::valid_text(text, text_size) || !c_api::valid_text(sender, sender_size))
    return c_api::invalid_argument("text or sender is NULL with a non-zero length");
  return SMSF_STATUS_OK;
}

// Classifies with `classify(Result*)` and fills `result` on success.
template <typename Classify>
smsf_status classify_into(smsf_classifier* classifier, smsf_result* result, Classify classify) {
  return c_api::guarded([&] {
    Result cpp_result;
    Status status = classify(&cpp_result);
    if (status.ok()) copy_result(cpp_result, &classifier->feature_names, result);
    return status;
  });
}

}  // namespace

smsf_status smsf_classifier_new(const smsf_model* model, smsf_classifier** classifier) {
  if (model == nullptr || classifier == nullptr)
    return c_api::invalid_argument("model or classifier is NULL");
  return c_api::guarded([&] {
    *classifier = new smsf_classifier(model->object);
    return Status();
  });
}

void smsf_classifier_free(smsf_classifier* classifier) { delete classifier; }

smsf_status smsf_classify_utf8(smsf_classifier* classifier, const char* text, size_t text_size,
                               const char* sender, size_t sender_size, smsf_result* result) {
  const smsf_status checked = check(classifier, text, text_size, sender, sender_size, result);
  if (checked != SMSF_STATUS_OK) return checked;
  return classify_into(classifier, result, [&](Result* r) {
    return classifier->classifier.classify(std::string_view(text, text_size),
                                           std::string_view(sender, sender_size), r);
  });
}

smsf_status smsf_classify_utf16(smsf_classifier* classifier, const uint16_t* text,
                                size_t text_length, const uint16_t* sender, size_t sender_length,
                                smsf_result* result) {
  const smsf_status checked = check(classifier, text, text_length, sender, sender_length, result);
  if (checked != SMSF_STATUS_OK) return checked;
  return classify_into(classifier, result, [&](Result* r) {
    copy_utf16(*classifier, text, text_length, &classifier->text);
    copy_utf16(*classifier, sender, sender_length, &classifier->sender);
    return classifier->classifier.classify(classifier->text, classifier->sender, r);
  });
}
