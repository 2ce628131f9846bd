// A message's features as a model's classifier sees them: hashed buckets with their signs
// (hash.h), in order and with repeats, and readable names ("c2:退订", "w:验证码", "m:url").
//
// Thread safety: one Featurizer per thread; any number may share a FeaturizerSpec.
#ifndef SMSFILTER_TRAIN_FEATURIZER_H_
#define SMSFILTER_TRAIN_FEATURIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "smsfilter/hash.h"
#include "smsfilter/status.h"
#include "smsfilter/train/featurizer_spec.h"

namespace smsfilter::train {

struct NamedFeature : HashedFeature {
  std::string name;
};

class Featurizer {
 public:
  // Settings featurizer_settings_problem refuses make every featurize call fail with
  // kInvalidArgument.
  explicit Featurizer(const FeaturizerSpec& spec);
  ~Featurizer();
  Featurizer(const Featurizer&) = delete;
  Featurizer& operator=(const Featurizer&) = delete;

  // Replaces `features` with one message's features. Invalid UTF-8 reads as U+FFFD. Reuses
  // the vectors' capacity.
  Status featurize(std::string_view text, std::string_view sender,
                   std::vector<HashedFeature>* features);
  // The same with each feature's name.
  Status featurize(std::string_view text, std::string_view sender,
                   std::vector<NamedFeature>* features);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_FEATURIZER_H_
