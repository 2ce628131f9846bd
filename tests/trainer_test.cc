#include <catch2/catch.hpp>

#include <algorithm>
#include <array>

#include "smsfilter/classifier.h"
#include "test_support.h"

namespace smsfilter {
namespace {

TEST_CASE("training is deterministic for a seed", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  options.seed = 7;
  const std::string first = testing::train_fixture_model(options);
  CHECK(testing::train_fixture_model(options) == first);
  options.seed = 8;
  CHECK(testing::train_fixture_model(options) != first);
}

TEST_CASE("settings the featurizer can't use are refused before training", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  options.featurizer.bucket_bits = 64;
  train::ModelContents contents;
  const Status status = train::train_model(testing::fixture_messages(), {}, {}, options, &contents);
  CHECK(status.code() == StatusCode::kInvalidArgument);
  CHECK(status.message() == "bucket bits 64 out of range 4..22");
}

TEST_CASE("a thread count out of range is refused", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  train::ModelContents contents;
  for (unsigned threads : {0u, train::kMaxThreads + 1}) {
    options.threads = threads;
    CHECK(train::train_model(testing::fixture_messages(), {}, {}, options, &contents).code() ==
          StatusCode::kInvalidArgument);
  }
}

TEST_CASE("label smoothing out of range is refused", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  train::ModelContents contents;
  for (float x : {-0.1f, 1.0f}) {
    options.label_smoothing = x;
    const Status status = train::train_model(testing::fixture_messages(), {}, {}, options, &contents);
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK(status.message() == "label smoothing must be at least 0 and below 1");
  }
}

TEST_CASE("label smoothing keeps the model less sure of its training messages", "[trainer]") {
  const auto mean_confidence = [](float label_smoothing, std::string_view info) {
    train::TrainOptions options = testing::fixture_options();
    options.label_smoothing = label_smoothing;
    const std::string bytes = testing::train_fixture_model(options);
    Status status;
    const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
    REQUIRE(model);
    CHECK(model->training_info().find(info) != std::string_view::npos);
    Classifier classifier(model);
    double sum = 0;
    const auto examples = testing::fixture_messages();
    for (const train::Example& example : examples) {
      Result result;
      REQUIRE(classifier.classify(example.text, example.sender, &result).ok());
      sum += result.confidence;
    }
    return sum / static_cast<double>(examples.size());
  };
  CHECK(mean_confidence(0.3f, "label_smoothing=0.3\n") < mean_confidence(0.0f, "label_smoothing=0\n") - 0.05);
}

TEST_CASE("self-tests are training messages of every class", "[trainer]") {
  train::ModelContents contents;
  REQUIRE(train::train_model(testing::fixture_messages(), {}, {}, testing::fixture_options(), &contents).ok());
  const auto examples = testing::fixture_messages();
  std::array<int, kCategoryCount> per_class{};
  for (const train::Example& sample : contents.self_tests) {
    ++per_class[static_cast<std::size_t>(sample.label)];
    CHECK(std::any_of(examples.begin(), examples.end(),
                      [&](const train::Example& e) { return e.text == sample.text && e.label == sample.label; }));
  }
  CHECK(per_class == std::array<int, kCategoryCount>{2, 2, 2, 2, 2});
}

TEST_CASE("a trained model learns its training messages", "[trainer]") {
  const std::string bytes = testing::train_fixture_model();
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(model);
  const auto examples = testing::fixture_messages();
  const auto predicted = testing::predicted_categories(model, examples);
  std::size_t correct = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) correct += predicted[i] == examples[i].label;
  CHECK(correct == examples.size());
}

TEST_CASE("training without examples is an error", "[trainer]") {
  train::ModelContents contents;
  const Status status = train::train_model(std::vector<train::Example>{}, {}, {}, train::TrainOptions{}, &contents);
  CHECK(status.code() == StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace smsfilter
