// smsfilter.FeaturizerSettings and featurize(): the hashed features a message turns into.
#include <pybind11/stl.h>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "arguments.h"
#include "bindings.h"
#include "smsfilter/train/featurizer.h"
#include "smsfilter/train/libsvm_export.h"
#include "smsfilter/train/model_writer.h"

namespace smsfilter::python {

train::FeaturizerSpec spec_with(const FeaturizerSettings& settings, const std::optional<std::string>& char_map) {
  if (std::string problem = featurizer_settings_problem(settings); !problem.empty())
    check(Status(StatusCode::kInvalidArgument, std::move(problem)));
  train::FeaturizerSpec spec{settings, {}, train::bundled_brands()};
  if (char_map) check(train::read_char_map_file(*char_map, &spec.char_map));
  return spec;
}

namespace {

using namespace pybind11::literals;

// A message's features under `spec`.
template <typename Feature>
std::vector<Feature> features(const train::FeaturizerSpec& spec, const MessageText& text,
                              const MessageText& sender) {
  std::vector<Feature> out;
  Status status;
  {
    py::gil_scoped_release release;
    train::Featurizer featurizer(spec);
    status = featurizer.featurize(text.utf8(), sender.utf8(), &out);
  }
  check(status);
  return out;
}

using SignedBuckets = std::vector<std::pair<std::uint32_t, int>>;
using NamedBuckets = std::vector<std::tuple<std::uint32_t, int, std::string>>;

SignedBuckets signed_buckets(const std::vector<HashedFeature>& features) {
  SignedBuckets out;
  for (const HashedFeature& feature : features) out.emplace_back(feature.bucket, feature.sign());
  return out;
}

// `model` is no Param: its type tells these overloads from the ones with settings.
SignedBuckets featurize_for_model(const Param<MessageText>& text, const Param<MessageText>& sender,
                                  const PyModel& model) {
  return signed_buckets(features<HashedFeature>(train::spec_of(*model.model), text.get("text"),
                                                sender.get("sender")));
}

SignedBuckets featurize_with_settings(const Param<MessageText>& text, const Param<MessageText>& sender,
                                      const Param<FeaturizerSettings>& settings,
                                      const Param<std::optional<std::string>>& char_map) {
  return signed_buckets(features<HashedFeature>(
      spec_with(settings.get("settings"), char_map.get("char_map")), text.get("text"),
      sender.get("sender")));
}

NamedBuckets named(const std::vector<train::NamedFeature>& features) {
  NamedBuckets out;
  for (const train::NamedFeature& feature : features)
    out.emplace_back(feature.bucket, feature.sign(), feature.name);
  return out;
}

NamedBuckets named_features_for_model(
    const Param<MessageText>& text, const Param<MessageText>& sender, const PyModel& model) {
  return named(features<train::NamedFeature>(train::spec_of(*model.model), text.get("text"),
                                             sender.get("sender")));
}

NamedBuckets named_features_with_settings(
    const Param<MessageText>& text, const Param<MessageText>& sender,
    const Param<FeaturizerSettings>& settings, const Param<std::optional<std::string>>& char_map) {
  return named(features<train::NamedFeature>(
      spec_with(settings.get("settings"), char_map.get("char_map")), text.get("text"),
      sender.get("sender")));
}

std::size_t export_features(const std::string& data_path, const std::string& out_path,
                            const train::FeaturizerSpec& spec, std::size_t shard_index, std::size_t shard_count) {
  std::size_t exported = 0;
  Status status;
  {
    py::gil_scoped_release release;
    status = train::export_libsvm_file(data_path, out_path, spec, {shard_index, shard_count}, &exported);
  }
  check(status);
  return exported;
}

std::size_t featurize_file_for_model(const std::string& data_path, const std::string& out_path,
                                     const PyModel& model, std::size_t shard_index, std::size_t shard_count) {
  return export_features(data_path, out_path, train::spec_of(*model.model), shard_index, shard_count);
}

std::size_t featurize_file_with_settings(const std::string& data_path, const std::string& out_path,
                                         const FeaturizerSettings& settings,
                                         const std::optional<std::string>& char_map, std::size_t shard_index,
                                         std::size_t shard_count) {
  return export_features(data_path, out_path, spec_with(settings, char_map), shard_index, shard_count);
}

}  // namespace

void define_featurize(py::module_& m) {
  const FeaturizerSettings d;
  py::class_<FeaturizerSettings>(m, "FeaturizerSettings",
                                 "What the featurizer extracts; stored in every model.")
      .def(py::init([](std::uint32_t bucket_bits, std::uint32_t max_chars,
                       std::uint32_t char_ngram_max, bool word_tokens, bool markers,
                       bool sender_kind) {
             FeaturizerSettings s;
             s.bucket_bits = bucket_bits;
             s.max_chars = max_chars;
             s.char_ngram_max = char_ngram_max;
             s.word_tokens = word_tokens;
             s.markers = markers;
             s.sender_kind = sender_kind;
             return s;
           }),
           "bucket_bits"_a = d.bucket_bits, "max_chars"_a = d.max_chars,
           "char_ngram_max"_a = d.char_ngram_max, "word_tokens"_a = d.word_tokens,
           "markers"_a = d.markers, "sender_kind"_a = d.sender_kind)
      .def_readonly("featurizer_version", &FeaturizerSettings::featurizer_version)
      .def_readwrite("bucket_bits", &FeaturizerSettings::bucket_bits, "2^bucket_bits hashed rows")
      .def_readwrite("max_chars", &FeaturizerSettings::max_chars,
                     "visible characters read per message, from both ends")
      .def_readwrite("char_ngram_max", &FeaturizerSettings::char_ngram_max,
                     "character n-grams of length 1..char_ngram_max (at most 3)")
      .def_readwrite("word_tokens", &FeaturizerSettings::word_tokens, "ICU dictionary words")
      .def_readwrite("markers", &FeaturizerSettings::markers,
                     "url, phone, amount, length... markers")
      .def_readwrite("sender_kind", &FeaturizerSettings::sender_kind,
                     "service number, bank, mobile...")
      .def_property_readonly("bucket_count", &FeaturizerSettings::bucket_count);

  m.def("featurize", &featurize_for_model, "text"_a, "sender"_a, "model"_a,
        "A message's features as (bucket, sign) pairs, in order and with repeats: exactly what "
        "the model's classifier scores, adding the bucket's weights (sign +1) or subtracting "
        "them (-1, signed hashing).");
  m.def("featurize", &featurize_with_settings, "text"_a, "sender"_a, "settings"_a,
        "char_map"_a = py::none(),
        "A message's (bucket, sign) features under `settings`, with the character map "
        "file `char_map` (models/charmap.txt format) or none: what train() sees.");
  refuse_unmatched_calls(m, "featurize");
  m.def("named_features", &named_features_for_model, "text"_a, "sender"_a, "model"_a,
        "featurize()'s features as (bucket, sign, name) triples; names read \"c2:退订\" (a "
        "character bigram), \"w:验证码\" (a word), \"m:url\" (a marker).");
  m.def("named_features", &named_features_with_settings, "text"_a, "sender"_a, "settings"_a,
        "char_map"_a = py::none(),
        "featurize()'s features under `settings` as (bucket, sign, name) triples.");
  refuse_unmatched_calls(m, "named_features");
  m.def("featurize_file", &featurize_file_for_model, "data"_a, "out"_a, "model"_a, py::kw_only(),
        "shard_index"_a = 0, "shard_count"_a = 1,
        "Writes the features of a labeled TSV file's messages under the model's settings and "
        "character map to `out` in LIBSVM format (label 0..4 in CATEGORIES order, 1-based bucket "
        "indices, the values the scorer uses), as `smsfilter featurize` does; with shard_count "
        "N, only the messages on lines whose number modulo N is shard_index. Returns the number "
        "of messages written. Releases the GIL.");
  m.def("featurize_file", &featurize_file_with_settings, "data"_a, "out"_a, "settings"_a,
        "char_map"_a = py::none(), py::kw_only(), "shard_index"_a = 0, "shard_count"_a = 1,
        "The same under `settings`, with the character map file `char_map` or none: a model "
        "packed from weights trained on them has a row per bucket, so fewer buckets than the "
        "default model's 2^20 keep it small.");
}

}  // namespace smsfilter::python
