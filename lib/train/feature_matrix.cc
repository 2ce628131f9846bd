#include "train/feature_matrix.h"

#include <functional>
#include <future>
#include <memory>
#include <string>

#include "smsfilter/train/featurizer.h"

namespace smsfilter::train {
namespace {

static_assert(kMaxBucketBits + 1 <= 24, "FeatureMatrix stores a bucket and its sign in 3 bytes at most");

// Examples per round: enough that starting threads costs nothing against featurizing
// them, few enough to keep a round's text in a few MB.
constexpr std::size_t kRoundExamples = 8192;

// Examples read into a vector whose strings keep their capacity from round to round.
struct Round {
  std::vector<Example> examples = std::vector<Example>(kRoundExamples);
  std::size_t size = 0;
};

// The features of one thread's share of a round.
struct Share {
  std::vector<HashedFeature> message;
  std::vector<HashedFeature> features;
  std::vector<std::uint32_t> row_ends;  // into `features`
};

// Refills `round` from `source`; false once the source has ended.
bool read_round(ExampleSource* source, const std::function<void(const Example&)>& visit, Round* round) {
  for (round->size = 0; round->size < kRoundExamples; ++round->size) {
    Example& example = round->examples[round->size];
    if (!source->next(&example)) return false;
    if (visit) visit(example);
  }
  return true;
}

// Share `t` of `shares` is examples t, t + shares, t + 2 * shares, ...: a file may group
// long messages together, while neighbours cost about the same.
Status featurize_share(Featurizer* featurizer, const Round& round, std::size_t t,
                       std::size_t shares, Share* share) {
  share->features.clear();
  share->row_ends.clear();
  for (std::size_t i = t; i < round.size; i += shares) {
    const Example& example = round.examples[i];
    Status status = featurizer->featurize(example.text, example.sender, &share->message);
    if (!status.ok()) return status;
    share->features.insert(share->features.end(), share->message.begin(), share->message.end());
    share->row_ends.push_back(static_cast<std::uint32_t>(share->features.size()));
  }
  return {};
}

void append_round(const Round& round, const std::vector<Share>& shares, bool wide_codes, FeatureMatrix* matrix) {
  for (std::size_t i = 0; i < round.size; ++i) {
    const Share& share = shares[i % shares.size()];
    const std::size_t row = i / shares.size();
    for (std::uint32_t k = row == 0 ? 0 : share.row_ends[row - 1]; k < share.row_ends[row]; ++k) {
      const std::uint32_t code = share.features[k].bucket << 1 | std::uint32_t{share.features[k].negated};
      matrix->code_low.push_back(static_cast<std::uint16_t>(code));
      if (wide_codes) matrix->code_high.push_back(static_cast<std::uint8_t>(code >> 16));
    }
    matrix->row_begin.push_back(matrix->features());
    matrix->labels.push_back(static_cast<std::uint8_t>(round.examples[i].label));
  }
}

}  // namespace

std::size_t FeatureMatrix::bytes() const {
  return row_begin.capacity() * sizeof row_begin[0] + code_low.capacity() * sizeof code_low[0] +
         code_high.capacity() * sizeof code_high[0] + labels.capacity() * sizeof labels[0];
}

Status featurize_examples(ExampleSource* source, const FeaturizerSpec& spec, unsigned threads,
                          const std::function<void(const Example&)>& visit, FeatureMatrix* matrix) {
  std::vector<std::unique_ptr<Featurizer>> featurizers;
  for (unsigned t = 0; t < threads; ++t) featurizers.push_back(std::make_unique<Featurizer>(spec));
  Round round;
  std::vector<Share> shares(threads);
  for (bool more = true; more;) {
    more = read_round(source, visit, &round);
    std::vector<std::future<Status>> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
      helpers.push_back(std::async(std::launch::async, featurize_share, featurizers[t].get(), std::cref(round), t,
                                   std::size_t{threads}, &shares[t]));
    }
    Status status = featurize_share(featurizers[0].get(), round, 0, threads, &shares[0]);
    for (auto& helper : helpers) {
      const Status helper_status = helper.get();
      if (status.ok()) status = helper_status;
    }
    if (!status.ok()) return status;
    append_round(round, shares, FeatureMatrix::needs_code_high(spec.settings.bucket_bits), matrix);
  }
  return source->status();
}

}  // namespace smsfilter::train
