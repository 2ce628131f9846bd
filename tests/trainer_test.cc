#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>

#include "smsfilter/classifier.h"
#include "test_support.h"

namespace smsfilter {
namespace {

// Whether the model `bytes`, trained on the fixture messages, gives each its label.
bool classifies_its_training_messages(const std::string& bytes) {
  Status status;
  const auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(model);
  const auto examples = testing::fixture_messages();
  const auto predicted = testing::predicted_categories(model, examples);
  for (std::size_t i = 0; i < examples.size(); ++i) {
    if (predicted[i] != examples[i].label) return false;
  }
  return true;
}

TEST_CASE("training is deterministic for a seed", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  options.seed = 7;
  const std::string first = testing::train_fixture_model(options);
  CHECK(testing::train_fixture_model(options) == first);
  options.seed = 8;
  CHECK(testing::train_fixture_model(options) != first);
}

TEST_CASE("shuffles keep the mean of trainings in other orders", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  options.seed = 7;
  const std::string seed_7 = testing::train_fixture_model(options);
  options.seed = 8;
  const std::string seed_8 = testing::train_fixture_model(options);
  options.seed = 7;
  options.shuffles = 2;
  const std::string mean = testing::train_fixture_model(options);
  CHECK(mean != seed_7);
  CHECK(mean != seed_8);
  CHECK(testing::train_fixture_model(options) == mean);
  CHECK(classifies_its_training_messages(mean));
  Status status;
  const auto model = Model::open_buffer(mean.data(), mean.size(), &status);
  REQUIRE(model);
  CHECK(model->training_info().find("\nshuffles=2\n") != std::string_view::npos);

  options.shuffles = 0;
  train::ModelContents contents;
  CHECK(train::train_model(testing::fixture_messages(), {}, {}, options, &contents).message() ==
        "shuffles must be at least 1");
}

TEST_CASE("settings the featurizer can't use are refused before training", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  options.featurizer.bucket_bits = 64;
  train::ModelContents contents;
  const Status status = train::train_model(testing::fixture_messages(), {}, {}, options, &contents);
  CHECK(status.code() == StatusCode::kInvalidArgument);
  CHECK(status.message() == "bucket bits 64 out of range 4..22");
}

TEST_CASE("row bits the format can't hold are refused before training", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();  // 2^10 buckets
  train::ModelContents contents;
  for (std::uint32_t row_bits : {3u, 11u, 1u}) {
    options.row_bits = row_bits;
    const Status status = train::train_model(testing::fixture_messages(), {}, {}, options, &contents);
    CHECK(status.code() == StatusCode::kInvalidArgument);
  }
  options.featurizer.bucket_bits = 14;
  options.row_bits = 5;  // tags of 9 bits
  const Status status = train::train_model(testing::fixture_messages(), {}, {}, options, &contents);
  CHECK(status.message() == "row bits 5 out of range: 0, or 4..14 and at most 8 below the bucket bits");
  options.row_bits = 8;
  options.row_selection_epochs = 0;
  CHECK(train::train_model(testing::fixture_messages(), {}, {}, options, &contents).message() ==
        "row selection needs at least one epoch");
}

TEST_CASE("a model keeping one bucket a row learns its training messages", "[trainer]") {
  train::TrainOptions options = testing::fixture_options();
  options.featurizer.bucket_bits = 14;
  options.row_bits = 8;
  train::ModelContents contents;
  REQUIRE(train::train_model(testing::fixture_messages(), {}, {}, options, &contents).ok());
  CHECK(contents.weights.size() == 256 * kCategoryCount);
  CHECK(contents.row_tags.size() == 256);
  CHECK(std::any_of(contents.row_tags.begin(), contents.row_tags.end(), [](std::uint8_t tag) { return tag > 0; }));
  CHECK(classifies_its_training_messages(train::serialize_model(contents)));
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

TEST_CASE("steps, penalties and thresholds out of range are refused before training", "[trainer]") {
  const auto problem = [](void (*set)(train::TrainOptions*)) {
    train::TrainOptions options = testing::fixture_options();
    set(&options);
    train::ModelContents contents;
    return train::train_model(testing::fixture_messages(), {}, {}, options, &contents).message();
  };
  CHECK(problem([](train::TrainOptions* o) { o->epochs = 0; }) == "epochs must be at least 1");
  CHECK(problem([](train::TrainOptions* o) { o->learning_rate = -1; }) == "learning rate must be a number above 0");
  CHECK(problem([](train::TrainOptions* o) { o->learning_rate = std::nanf(""); }) ==
        "learning rate must be a number above 0");
  CHECK(problem([](train::TrainOptions* o) { o->l2 = -1e-5f; }) == "l2 must be a number of at least 0");
  CHECK(problem([](train::TrainOptions* o) { o->class_weight_power = -0.5f; }) ==
        "class-weight power must be a number of at least 0");
  CHECK(problem([](train::TrainOptions* o) { o->unsure_threshold = 2; }) == "unsure threshold out of range 0..1");
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
  CHECK(classifies_its_training_messages(testing::train_fixture_model()));
}

TEST_CASE("training without examples is an error", "[trainer]") {
  train::ModelContents contents;
  const Status status = train::train_model(std::vector<train::Example>{}, {}, {}, train::TrainOptions{}, &contents);
  CHECK(status.code() == StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace smsfilter
