#include "train/feature_matrix.h"

#include <future>
#include <memory>
#include <string>

namespace smsfilter::train {
namespace {

static_assert(kMaxBucketBits <= 24, "FeatureMatrix stores a bucket in 3 bytes at most");

// Examples per thread and round: large enough that starting a thread costs nothing
// against featurizing them, small enough to keep a round's text in a few MB.
constexpr std::size_t kBatchExamples = 4096;

// One thread's share of a round: the examples read, then their features.
struct Batch {
  std::vector<Example> examples;  // the first `size` are this round's; all keep their capacity
  std::size_t size = 0;
  std::vector<internal::Feature> features;
  std::vector<std::uint32_t> buckets;
  std::vector<std::uint32_t> row_ends;  // into `buckets`
};

// Refills `batch` from `source`; false once the source has ended.
bool read_batch(ExampleSource* source, const std::function<void(const Example&)>& visit, Batch* batch) {
  batch->examples.resize(kBatchExamples);
  for (batch->size = 0; batch->size < kBatchExamples; ++batch->size) {
    Example& example = batch->examples[batch->size];
    if (!source->next(&example)) return false;
    if (visit) visit(example);
  }
  return true;
}

Status featurize_batch(internal::Featurizer* featurizer, Batch* batch) {
  batch->buckets.clear();
  batch->row_ends.clear();
  for (std::size_t i = 0; i < batch->size; ++i) {
    const Example& example = batch->examples[i];
    Status status = featurizer->featurize(example.text, example.sender, &batch->features);
    if (!status.ok()) return status;
    for (const internal::Feature& feature : batch->features) batch->buckets.push_back(feature.bucket);
    batch->row_ends.push_back(static_cast<std::uint32_t>(batch->buckets.size()));
  }
  return {};
}

void append_batch(const Batch& batch, bool wide_buckets, FeatureMatrix* matrix) {
  const std::uint64_t base = matrix->features();
  for (std::uint32_t bucket : batch.buckets) {
    matrix->bucket_low.push_back(static_cast<std::uint16_t>(bucket));
    if (wide_buckets) matrix->bucket_high.push_back(static_cast<std::uint8_t>(bucket >> 16));
  }
  for (std::size_t i = 0; i < batch.size; ++i) {
    matrix->row_begin.push_back(base + batch.row_ends[i]);
    matrix->labels.push_back(static_cast<std::uint8_t>(batch.examples[i].label));
  }
}

}  // namespace

std::size_t FeatureMatrix::bytes() const {
  return row_begin.capacity() * sizeof row_begin[0] + bucket_low.capacity() * sizeof bucket_low[0] +
         bucket_high.capacity() * sizeof bucket_high[0] + labels.capacity() * sizeof labels[0];
}

Status featurize_examples(ExampleSource* source, const FeaturizerSpec& spec, unsigned threads,
                          const std::function<void(const Example&)>& visit, FeatureMatrix* matrix) {
  std::vector<std::string> char_maps(threads);  // each featurizer keeps a pointer into its own
  std::vector<std::unique_ptr<internal::Featurizer>> featurizers;
  for (std::string& char_map : char_maps) featurizers.push_back(spec.make_featurizer(&char_map));
  std::vector<Batch> batches(threads);
  for (bool more = true; more;) {
    std::size_t filled = 0;
    while (more && filled < threads) {
      more = read_batch(source, visit, &batches[filled]);
      if (batches[filled].size > 0) ++filled;
    }
    std::vector<std::future<Status>> helpers;
    for (std::size_t t = 1; t < filled; ++t)
      helpers.push_back(std::async(std::launch::async, featurize_batch, featurizers[t].get(), &batches[t]));
    Status status = filled > 0 ? featurize_batch(featurizers[0].get(), &batches[0]) : Status();
    for (auto& helper : helpers) {
      const Status helper_status = helper.get();
      if (status.ok()) status = helper_status;
    }
    if (!status.ok()) return status;
    for (std::size_t t = 0; t < filled; ++t) append_batch(batches[t], spec.settings.bucket_bits > 16, matrix);
  }
  return source->status();
}

}  // namespace smsfilter::train
