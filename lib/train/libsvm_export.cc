#include "smsfilter/train/libsvm_export.h"

#include <algorithm>
#include <charconv>
#include <fstream>

#include "classifier/scorer.h"

namespace smsfilter::train {
namespace {

template <typename T>
void append_number(T value, std::string* out) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, result.ptr);
}

}  // namespace

void append_libsvm_row(Category label, std::vector<HashedFeature>* features, std::string* out) {
  append_number(static_cast<unsigned>(label), out);
  const auto by_bucket = [](const HashedFeature& a, const HashedFeature& b) { return a.bucket < b.bucket; };
  std::sort(features->begin(), features->end(), by_bucket);
  const float value = internal::feature_value(features->size());
  for (auto run = features->begin(); run != features->end();) {
    const auto run_end = std::upper_bound(run, features->end(), *run, by_bucket);
    std::int32_t signs = 0;
    for (auto f = run; f != run_end; ++f) signs += f->sign();
    if (signs != 0) {
      out->push_back(' ');
      append_number(std::uint64_t{run->bucket} + 1, out);
      out->push_back(':');
      append_number(static_cast<float>(signs) * value, out);
    }
    run = run_end;
  }
}

Status export_libsvm(DatasetReader* reader, Featurizer* featurizer, const Shard& shard,
                     std::ostream* out, std::size_t* exported) {
  if (shard.count == 0 || shard.index >= shard.count)
    return Status(StatusCode::kInvalidArgument, "shard index must be below the shard count");
  *exported = 0;
  Example example;
  std::vector<HashedFeature> features;
  std::string row;
  while (reader->next(&example)) {
    if (reader->line_number() % shard.count != shard.index) continue;
    Status status = featurizer->featurize(example.text, example.sender, &features);
    if (!status.ok()) return status;
    row.clear();
    append_libsvm_row(example.label, &features, &row);
    row.push_back('\n');
    if (!out->write(row.data(), static_cast<std::streamsize>(row.size())))
      return Status(StatusCode::kIoError, "cannot write the features");
    ++*exported;
  }
  return reader->status();
}

Status export_libsvm_file(const std::string& data_path, const std::string& out_path,
                          const FeaturizerSpec& spec, const Shard& shard, std::size_t* exported) {
  Featurizer featurizer(spec);
  DatasetReader reader;
  Status status = reader.open(data_path);
  if (!status.ok()) return status;
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  if (!out) return Status(StatusCode::kIoError, out_path + ": cannot write");
  status = export_libsvm(&reader, &featurizer, shard, &out, exported);
  if (status.ok() && !out.flush()) return Status(StatusCode::kIoError, out_path + ": cannot write");
  return status;
}

}  // namespace smsfilter::train
