#include "smsfilter/train/featurizer_spec.h"

#include <cstdlib>
#include <fstream>

#include "classifier/model_data.h"

namespace smsfilter::train {
namespace {

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// Applies one `key=value` line; false for an unknown key or a malformed value.
bool apply_setting(const std::string& key, const std::string& value, const std::string& dir,
                   FeaturizerSettings* settings, std::string* char_map_path) {
  if (key == "char_map") {
    *char_map_path = !value.empty() && value[0] == '/' ? value : dir + value;
    return !value.empty();
  }
  char* end = nullptr;
  const unsigned long number = std::strtoul(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || number > 0xFFFFFFFFul) return false;
  const auto n = static_cast<std::uint32_t>(number);
  if (key == "bucket_bits") settings->bucket_bits = n;
  else if (key == "max_chars") settings->max_chars = n;
  else if (key == "char_ngram_max") settings->char_ngram_max = n;
  else if (key == "word_tokens" && n <= 1) settings->word_tokens = n;
  else if (key == "markers" && n <= 1) settings->markers = n;
  else if (key == "sender_kind" && n <= 1) settings->sender_kind = n;
  else return false;
  return true;
}

Status read_settings_file(std::ifstream& in, const std::string& path, FeaturizerSpec* spec) {
  spec->settings = FeaturizerSettings();
  spec->char_map.clear();
  spec->brands = bundled_brands();
  std::string line, char_map_path;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (const std::size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty()) continue;
    const std::size_t equals = line.find('=');
    if (equals == std::string::npos ||
        !apply_setting(line.substr(0, equals), line.substr(equals + 1), directory_of(path),
                       &spec->settings, &char_map_path)) {
      return Status(StatusCode::kInvalidArgument,
                    path + ":" + std::to_string(number) + ": expected a known key=value setting");
    }
  }
  if (std::string problem = featurizer_settings_problem(spec->settings); !problem.empty())
    return Status(StatusCode::kInvalidArgument, path + ": " + problem);
  if (!char_map_path.empty()) return read_char_map_file(char_map_path, &spec->char_map);
  return {};
}

}  // namespace

FeaturizerSpec spec_of(const Model& model) {
  const internal::ModelData& data = Model::Access::data(model);
  FeaturizerSpec spec{data.settings.featurizer, {}, {}};
  spec.char_map.reserve(data.char_map.size());
  for (std::size_t i = 0; i < data.char_map.size(); ++i)
    spec.char_map.emplace_back(data.char_map.from(i), data.char_map.to(i));
  if (data.brands) spec.brands.section = data.brands->bytes();
  return spec;
}

Status read_featurizer_spec(const std::string& path, FeaturizerSpec* spec) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot open");
  std::string magic(format::kMagic.size(), '\0');
  in.read(magic.data(), static_cast<std::streamsize>(magic.size()));
  if (in && magic == std::string(format::kMagic.begin(), format::kMagic.end())) {
    Status status;
    const auto model = Model::open_file(path, &status);
    if (!model) return Status(status.code(), path + ": " + status.message());
    *spec = spec_of(*model);
    return {};
  }
  in.clear();
  in.seekg(0);
  return read_settings_file(in, path, spec);
}

}  // namespace smsfilter::train
