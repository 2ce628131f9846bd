#include "smsfilter/train/featurizer.h"

#include <optional>

#include "analysis/char_map.h"
#include "classifier/featurizer.h"
#include "registry/registry_index.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter::train {

struct Featurizer::State {
  explicit State(const FeaturizerSpec& spec)
      : problem(featurizer_settings_problem(spec.settings)),
        char_map(encode_char_map(spec.char_map)),
        brand_table(spec.brands.section) {
    if (!brand_table.empty()) {
      if (const Status s = brands.read(brand_table); !s.ok()) problem = s.message();
    }
    if (problem.empty()) {
      featurizer.emplace(spec.settings,
                         internal::CharMap(reinterpret_cast<const unsigned char*>(char_map.data()),
                                           spec.char_map.size()),
                         brand_table.empty() ? nullptr : &brands);
    }
  }

  Status featurize(std::string_view text, std::string_view sender) {
    if (!featurizer) return Status(StatusCode::kInvalidArgument, problem);
    return featurizer->featurize(text, sender, &features);
  }

  std::string problem;
  std::string char_map;  // the featurizer's CharMap reads these bytes
  std::string brand_table;  // and its brands these; empty, no brand markers
  internal::RegistryIndex brands;
  std::optional<internal::Featurizer> featurizer;
  std::vector<internal::Feature> features;
};

Featurizer::Featurizer(const FeaturizerSpec& spec) : state_(std::make_unique<State>(spec)) {}

Featurizer::~Featurizer() = default;

Status Featurizer::featurize(std::string_view text, std::string_view sender,
                             std::vector<HashedFeature>* features) {
  features->clear();
  Status status = state_->featurize(text, sender);
  if (!status.ok()) return status;
  features->assign(state_->features.begin(), state_->features.end());
  return {};
}

Status Featurizer::featurize(std::string_view text, std::string_view sender,
                             std::vector<NamedFeature>* features) {
  Status status = state_->featurize(text, sender);
  if (!status.ok()) {
    features->clear();
    return status;
  }
  features->resize(state_->features.size());
  for (std::size_t i = 0; i < features->size(); ++i) {
    NamedFeature& named = (*features)[i];
    static_cast<HashedFeature&>(named) = state_->features[i];
    named.name.clear();
    state_->featurizer->append_name(state_->features[i], &named.name);
  }
  return {};
}

}  // namespace smsfilter::train
