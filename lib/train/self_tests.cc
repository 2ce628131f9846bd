#include "train/self_tests.h"

#include <algorithm>
#include <array>

#include "smsfilter/classifier.h"
#include "smsfilter/hash.h"

namespace smsfilter::train {

void SelfTestCandidates::offer(const Example& example) {
  if (per_class_ == 0 || example.text.size() > kMaxSelfTestTextBytes) return;
  std::vector<Candidate>& pool = pools_[static_cast<std::size_t>(example.label)];
  // Self-tests are stored verbatim in the model file, so messages composed for this
  // repository rank before any corpus's (whose licence may not allow redistribution).
  const bool own = source_kind(example.source) == SourceKind::kComposed;
  const std::uint64_t hash =
      (mix64(fnv1a(fnv1a(fnv1a(kFnvOffsetBasis, example.sender), "\t"), example.text)) >> 1) |
      (own ? 0 : std::uint64_t{1} << 63);
  if (pool.size() == per_class_ && hash >= pool.front().hash) return;
  if (std::any_of(pool.begin(), pool.end(), [&](const Candidate& c) { return c.hash == hash; })) return;
  if (pool.size() == per_class_) {
    std::pop_heap(pool.begin(), pool.end(), by_hash);
    pool.pop_back();
  }
  pool.push_back({hash, example});
  std::push_heap(pool.begin(), pool.end(), by_hash);
}

std::vector<Example> SelfTestCandidates::examples() const {
  std::vector<Example> examples;
  for (std::vector<Candidate> pool : pools_) {
    std::sort_heap(pool.begin(), pool.end(), by_hash);
    for (Candidate& candidate : pool) examples.push_back(std::move(candidate.example));
  }
  return examples;
}

Status predict_all(const ModelContents& contents, const std::vector<Example>& examples,
                   std::vector<Result>* results) {
  ModelContents uncalibrated = contents;
  uncalibrated.settings.temperature = 1;
  uncalibrated.self_tests.clear();
  const std::string bytes = serialize_model(uncalibrated);
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status, OpenOptions{false});
  if (!model) return status;
  Classifier classifier(model);
  results->resize(examples.size());
  for (std::size_t i = 0; i < examples.size(); ++i) {
    status = classifier.classify(examples[i].text, examples[i].sender, &(*results)[i]);
    if (!status.ok()) return status;
  }
  return {};
}

std::vector<Example> pick_self_tests(const std::vector<Example>& examples,
                                     const std::vector<Result>& results, unsigned per_class) {
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return results[a].confidence > results[b].confidence;
  });
  std::vector<Example> picked;
  std::array<unsigned, kCategoryCount> taken{};
  for (std::size_t i : order) {
    const Example& example = examples[i];
    const auto label = static_cast<std::size_t>(example.label);
    if (results[i].category != example.label || taken[label] == per_class ||
        example.text.size() > kMaxSelfTestTextBytes) continue;
    ++taken[label];
    picked.push_back(example);
  }
  return picked;
}

}  // namespace smsfilter::train
