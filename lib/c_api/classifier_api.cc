// smsf_classifier, classification and reading results.
#include <algorithm>
#include <string>
#include <string_view>

#include "c_api/c_api.h"
#include "smsfilter/decision.h"
#include "smsfilter/host_text.h"

using namespace smsfilter;

namespace {

// Keeps `result` with its feature names copied out as NUL-terminated strings.
void keep_result(const Result& result, smsf_result* to) {
  to->result = result;
  to->feature_names.clear();
  for (std::size_t i = 0; i < result.top_feature_count; ++i)
    to->feature_names.append(result.top_features[i].feature).push_back('\0');
  const char* name = to->feature_names.c_str();
  for (std::size_t i = 0; i < result.top_feature_count; ++i) {
    to->feature_name_pointers[i] = name;
    name += result.top_features[i].feature.size() + 1;
  }
}

// Checks the arguments every classify call shares.
smsf_status check(const smsf_classifier* classifier, const void* text, size_t text_size,
                  const void* sender, size_t sender_size, const smsf_result* const* result) {
  if (classifier == nullptr || result == nullptr)
    return c_api::invalid_argument("classifier or result is NULL");
  if (!c_api::valid_text(text, text_size) || !c_api::valid_text(sender, sender_size))
    return c_api::invalid_argument("text or sender is NULL with a non-zero length");
  return SMSF_STATUS_OK;
}

// Classifies with `classify(Result*)` and points *result at the classifier's copy.
template <typename Classify>
smsf_status classify_into(smsf_classifier* classifier, const smsf_result** result,
                          Classify classify) {
  return c_api::guarded([&] {
    Result cpp_result;
    Status status = classify(&cpp_result);
    if (status.ok()) {
      keep_result(cpp_result, &classifier->result);
      *result = &classifier->result;
    }
    return status;
  });
}

}  // namespace

namespace smsfilter::c_api {

void copy_utf16(const uint16_t* units, size_t length, std::u16string* out) {
  copy_readable_utf16(
      length,
      [units](std::size_t begin, std::size_t count, std::u16string* to) {
        // Copied in place: append() from another type's iterators builds a temporary.
        const std::size_t at = to->size();
        to->resize(at + count);
        std::copy(units + begin, units + begin + count, to->begin() + static_cast<std::ptrdiff_t>(at));
      },
      out);
}

}  // namespace smsfilter::c_api

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
                               const char* sender, size_t sender_size,
                               const smsf_result** result) {
  const smsf_status checked = check(classifier, text, text_size, sender, sender_size, result);
  if (checked != SMSF_STATUS_OK) return checked;
  return classify_into(classifier, result, [&](Result* r) {
    return classifier->classifier.classify(std::string_view(text, text_size),
                                           std::string_view(sender, sender_size), r);
  });
}

smsf_status smsf_classify_utf16(smsf_classifier* classifier, const uint16_t* text,
                                size_t text_length, const uint16_t* sender, size_t sender_length,
                                const smsf_result** result) {
  const smsf_status checked = check(classifier, text, text_length, sender, sender_length, result);
  if (checked != SMSF_STATUS_OK) return checked;
  return classify_into(classifier, result, [&](Result* r) {
    c_api::copy_utf16(text, text_length, &classifier->text);
    c_api::copy_utf16(sender, sender_length, &classifier->sender);
    return classifier->classifier.classify(classifier->text, classifier->sender, r);
  });
}

smsf_category smsf_result_category(const smsf_result* result) {
  return static_cast<smsf_category>(result->result.category);
}

float smsf_result_confidence(const smsf_result* result) { return result->result.confidence; }

float smsf_result_probability(const smsf_result* result, smsf_category category) {
  const int index = c_api::category_index(category);
  return index < 0 ? 0.0f : result->result.probabilities[static_cast<std::size_t>(index)];
}

bool smsf_result_unsure(const smsf_result* result) { return result->result.unsure; }

size_t smsf_result_feature_count(const smsf_result* result) {
  return result->result.top_feature_count;
}

const char* smsf_result_feature_name(const smsf_result* result, size_t index) {
  return index < result->result.top_feature_count ? result->feature_name_pointers[index] : nullptr;
}

float smsf_result_feature_weight(const smsf_result* result, size_t index) {
  return index < result->result.top_feature_count ? result->result.top_features[index].weight
                                                   : 0.0f;
}

size_t smsf_result_explain(const smsf_result* result, char* buffer, size_t size) {
  try {
    return c_api::write_text(explain(result->result), buffer, size);
  } catch (...) {  // out of memory: no text rather than an exception through C
    return c_api::write_text({}, buffer, size);
  }
}
