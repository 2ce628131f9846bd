#include <catch2/catch.hpp>

#include "test_support.h"
#include "smsfilter/train/featurizer.h"
#include "train/feature_matrix.h"

namespace smsfilter {
namespace {

// The fixture repeated until it fills several featurizing batches, the last one partly.
std::vector<train::Example> many_messages() {
  const std::vector<train::Example> fixture = testing::fixture_messages();
  std::vector<train::Example> examples;
  for (int copy = 0; copy < 150; ++copy) examples.insert(examples.end(), fixture.begin(), fixture.end());
  return examples;
}

train::FeaturizerSpec spec_with_bits(std::uint32_t bucket_bits) {
  train::FeaturizerSpec spec{testing::fixture_options().featurizer, {}, {}};
  spec.settings.bucket_bits = bucket_bits;
  return spec;
}

train::FeatureMatrix featurize(const std::vector<train::Example>& examples, unsigned threads,
                               std::vector<std::string>* visited = nullptr, std::uint32_t bucket_bits = 10) {
  train::ExampleVectorSource source(examples);
  train::FeatureMatrix matrix;
  const auto visit = [&](const train::Example& e) { if (visited) visited->push_back(e.text); };
  const Status status = train::featurize_examples(&source, spec_with_bits(bucket_bits), threads, visit, &matrix);
  if (!status.ok()) throw std::runtime_error(status.to_string());
  return matrix;
}

TEST_CASE("each row holds its message's buckets in the featurizer's order", "[feature_matrix]") {
  const std::uint32_t bucket_bits = GENERATE(10u, 15u, 16u, 22u);  // stored in 2, 2, 3 and 3 bytes
  const auto examples = testing::fixture_messages();
  const train::FeatureMatrix matrix = featurize(examples, 1, nullptr, bucket_bits);
  REQUIRE(matrix.rows() == examples.size());
  CHECK(matrix.code_high.size() == (bucket_bits >= 16 ? matrix.features() : 0));
  train::Featurizer featurizer(spec_with_bits(bucket_bits));
  bool top_bucket_bit_seen = false, negated_seen = false;
  for (std::size_t row = 0; row < examples.size(); ++row) {
    std::vector<HashedFeature> expected, actual;
    REQUIRE(featurizer.featurize(examples[row].text, examples[row].sender, &expected).ok());
    for (std::uint64_t i = matrix.row_begin[row]; i < matrix.row_begin[row + 1]; ++i) actual.push_back(matrix.feature(i));
    for (const HashedFeature& f : actual) {
      top_bucket_bit_seen |= (f.bucket >> (bucket_bits - 1)) != 0;
      negated_seen |= f.negated;
    }
    CHECK(actual == expected);
    CHECK(matrix.labels[row] == static_cast<std::uint8_t>(examples[row].label));
  }
  CHECK(top_bucket_bit_seen);
  CHECK(negated_seen);
}

TEST_CASE("the matrix does not depend on the number of featurizing threads", "[feature_matrix]") {
  const auto examples = many_messages();
  std::vector<std::string> visited;
  const train::FeatureMatrix one = featurize(examples, 1);
  const train::FeatureMatrix three = featurize(examples, 3, &visited);
  CHECK(three.rows() == examples.size());
  CHECK(three.row_begin == one.row_begin);
  CHECK(three.code_low == one.code_low);
  CHECK(three.labels == one.labels);
  REQUIRE(visited.size() == examples.size());
  for (std::size_t i = 0; i < examples.size(); ++i) REQUIRE(visited[i] == examples[i].text);
}

// Gives `good` examples of the fixture, then fails as a file with a bad line would.
class FailingSource : public train::ExampleSource {
 public:
  explicit FailingSource(std::size_t good) : good_(good) {}
  bool next(train::Example* example) override {
    if (given_ == good_) {
      status_ = Status(StatusCode::kInvalidArgument, "bad line");
      return false;
    }
    *example = fixture_[given_++ % fixture_.size()];
    return true;
  }
  const Status& status() const override { return status_; }

 private:
  std::vector<train::Example> fixture_ = testing::fixture_messages();
  std::size_t good_, given_ = 0;
  Status status_;
};

TEST_CASE("a source's error ends featurizing and training with that error", "[feature_matrix]") {
  FailingSource source(5000);
  train::FeatureMatrix matrix;
  const Status status = train::featurize_examples(&source, spec_with_bits(10), 2, {}, &matrix);
  CHECK(status.message() == "bad line");

  FailingSource train_source(10);
  train::ModelContents contents;
  CHECK(train::train_model(&train_source, {}, {}, testing::fixture_options(), &contents).message() == "bad line");
}

}  // namespace
}  // namespace smsfilter
