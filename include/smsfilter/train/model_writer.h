// Builds .smsf files: quantises weights and lays out the sections of model_format.h.
#ifndef SMSFILTER_TRAIN_MODEL_WRITER_H_
#define SMSFILTER_TRAIN_MODEL_WRITER_H_

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "smsfilter/category.h"
#include "smsfilter/model_format.h"
#include "smsfilter/status.h"
#include "smsfilter/train/dataset.h"

namespace smsfilter::train {

using CharMapEntries = std::vector<std::pair<char32_t, char32_t>>;  // sorted; to == 0 deletes

// The lookups of the registry's names and contacts that the brand markers read, as the
// model stores them (model_format.h, "brands"): training reads the bytes the model will
// hold, and a registry update changes a model's features only when the model is
// retrained. Empty: no brand markers.
struct BrandTable {
  std::string section;
};

// The lookups of the registry bundled in the library (Registry::bundled()), which
// training reads.
BrandTable bundled_brands();

struct ModelContents {
  format::ModelSettings settings;
  CharMapEntries char_map;
  BrandTable brands;
  std::vector<std::int8_t> weights;  // [settings.row_count()][class]
  std::vector<std::uint8_t> row_tags;  // [settings.row_count()] when settings.row_bits > 0, else empty
  std::array<float, kCategoryCount> scales{};
  std::array<float, kCategoryCount> biases{};
  std::vector<Example> self_tests;
  std::string training_info;
};

// Per-class symmetric int8 quantisation of float rows: scales[c] = max |w[.][c]| / 127.
void quantize_weights(const std::vector<float>& weights, ModelContents* contents);

// The complete file, checksum included.
std::string serialize_model(const ModelContents& contents);

// Writes a temporary file beside `path`, fsyncs it and renames it over `path`: a reader
// holding the old model, or a crash mid-write, never sees a truncated file.
Status write_file(const std::string& path, const std::string& bytes);

// Reads the text form of a character map (models/charmap.txt): `XXXX YYYY` hex code
// points per line, `XXXX -` to delete, `#` comments.
Status read_char_map_file(const std::string& path, CharMapEntries* entries);

// The char_map section bytes, for a CharMap view over entries that are not in a file.
std::string encode_char_map(const CharMapEntries& entries);

}  // namespace smsfilter::train

#endif  // SMSFILTER_TRAIN_MODEL_WRITER_H_
