// Everything that decides a message's features: the featurizer settings, the character
// map and the brand table. Features exported for an outside trainer and the weights
// packed back must share one.
#ifndef SMSFILTER_TRAIN_FEATURIZER_SPEC_H_
#define SMSFILTER_TRAIN_FEATURIZER_SPEC_H_

#include <string>

#include "smsfilter/featurizer_settings.h"
#include "smsfilter/model.h"
#include "smsfilter/status.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter::train {

struct FeaturizerSpec {
  FeaturizerSettings settings;
  CharMapEntries char_map;
  BrandTable brands;
};

// The spec a model was trained with.
FeaturizerSpec spec_of(const Model& model);

// Reads a spec from a .smsf model (recognised by its magic) or from a settings file of
// `key=value` lines: bucket_bits, max_chars, char_ngram_max, word_tokens, markers,
// sender_kind (0 or 1) and char_map (a models/charmap.txt-style file, relative to the
// settings file). Keys left out keep FeaturizerSettings' defaults; `#` starts a comment.
// A settings file's spec reads the bundled registry's brands.
Status read_featurizer_spec(const std::string& path, FeaturizerSpec* spec);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_FEATURIZER_SPEC_H_
