// Retraining elsewhere: LIBSVM export, settings files, weight import and pack.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "classifier/model_data.h"
#include "classifier/scorer.h"
#include "test_support.h"
#include "smsfilter/train/libsvm_export.h"
#include "smsfilter/train/pack.h"

namespace smsfilter {
namespace {

using testing::test_data_path;

// `bytes` must outlive the model, which reads them in place.
std::shared_ptr<const Model> open_bytes(const std::string& bytes) {
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  return model;
}

std::string temp_path(const std::string& name) {
  static const testing::ScratchDirectory dir("smsfilter_retrain_test_");
  return dir.file(name);
}

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = temp_path(name);
  std::ofstream(path) << text;
  return path;
}

// Parses one LIBSVM row into its label and (index, value) pairs.
std::pair<int, std::vector<std::pair<std::uint32_t, float>>> parse_row(const std::string& row) {
  std::istringstream in(row);
  int label;
  in >> label;
  std::vector<std::pair<std::uint32_t, float>> pairs;
  for (std::string pair; in >> pair;) {
    const std::size_t colon = pair.find(':');
    pairs.emplace_back(std::stoul(pair.substr(0, colon)), std::stof(pair.substr(colon + 1)));
  }
  return {label, pairs};
}

// A model's dequantised weights in the dense CSV layout.
std::string dense_csv(const internal::ModelData& data) {
  std::ostringstream csv;
  csv.precision(9);
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    csv << c << ',' << data.biases[c];
    for (std::uint32_t b = 0; b < data.settings.featurizer.bucket_count(); ++b)
      csv << ',' << data.weights[b * kCategoryCount + c] * data.scales[c];
    csv << '\n';
  }
  return csv.str();
}

TEST_CASE("a LIBSVM row is the label, then sorted 1-based buckets with merged signed values", "[retrain]") {
  // Bucket 7 twice, 0 negated, 3 once negated and once not: the last cancels and is left out.
  std::vector<HashedFeature> features = {{7, false}, {0, true}, {7, false}, {3, true}, {3, false}, {9, false},
                                         {11, false}, {12, false}, {13, false}};
  std::string row;
  train::append_libsvm_row(Category::kMarketing, &features, &row);
  CHECK(row == "3 1:-0.33333334 8:0.6666667 10:0.33333334 12:0.33333334 13:0.33333334 14:0.33333334");
}

TEST_CASE("exported features give the scorer's logits", "[retrain]") {
  const std::string bytes = testing::train_fixture_model();
  const auto model = open_bytes(bytes);
  const internal::ModelData& data = Model::Access::data(*model);
  train::Featurizer featurizer(train::spec_of(*model));
  const internal::Scorer scorer(data);
  std::vector<HashedFeature> hashed;
  bool negated_seen = false;
  for (const train::Example& example : testing::fixture_messages()) {
    REQUIRE(featurizer.featurize(example.text, example.sender, &hashed).ok());
    std::vector<internal::Feature> features(hashed.size());
    for (std::size_t i = 0; i < hashed.size(); ++i) {
      static_cast<HashedFeature&>(features[i]) = hashed[i];
      negated_seen |= hashed[i].negated;
    }
    std::string row;
    train::append_libsvm_row(example.label, &hashed, &row);
    const auto [label, pairs] = parse_row(row);
    CHECK(label == static_cast<int>(example.label));
    const internal::ClassScores expected = scorer.logits(features);
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
      float logit = data.biases[c];
      for (const auto& [index, value] : pairs)
        logit += value * data.weights[(index - 1) * kCategoryCount + c] * data.scales[c];
      CHECK(logit == Approx(expected[c]).margin(1e-4));
    }
  }
  CHECK(negated_seen);
}

TEST_CASE("shards split a file's messages by line number", "[retrain]") {
  const std::string bytes = testing::train_fixture_model();
  const auto model = open_bytes(bytes);
  train::Featurizer featurizer(train::spec_of(*model));
  std::size_t total = 0;
  std::string first_rows;
  for (std::size_t index = 0; index < 3; ++index) {
    train::DatasetReader reader;
    REQUIRE(reader.open(test_data_path("messages.tsv")).ok());
    std::ostringstream out;
    std::size_t exported = 0;
    REQUIRE(train::export_libsvm(&reader, &featurizer, {index, 3}, &out, &exported).ok());
    CHECK(exported == 20);  // lines 2..61
    total += exported;
    if (index == 2) first_rows = out.str().substr(0, 2);
  }
  CHECK(total == 60);
  CHECK(first_rows == "0 ");  // line 2, the first message, is a personal one

  train::DatasetReader reader;
  REQUIRE(reader.open(test_data_path("messages.tsv")).ok());
  std::ostringstream out;
  std::size_t exported = 0;
  CHECK(train::export_libsvm(&reader, &featurizer, {3, 3}, &out, &exported).code() ==
        StatusCode::kInvalidArgument);
}

TEST_CASE("a labelled file may be saved with a byte-order mark and CR LF line ends", "[retrain]") {
  std::vector<train::Example> examples;
  REQUIRE(train::read_dataset(write_temp("crlf.tsv", "\xEF\xBB\xBFlabel\tsender\ttext\tsource\r\n"
                                                     "fraud\t\t中奖了\tfixture\r\n"), &examples).ok());
  REQUIRE(examples.size() == 1);
  CHECK(examples[0].label == Category::kFraud);
  CHECK(examples[0].source == "fixture");
  CHECK(train::read_dataset(write_temp("empty.tsv", ""), &examples).message() == temp_path("empty.tsv") + ": empty file");
  CHECK(train::read_dataset(write_temp("headless.tsv", "fraud\t\t中奖了\tfixture\n"), &examples).message() ==
        temp_path("headless.tsv") + ": first line must be the header \"label<TAB>sender<TAB>text<TAB>source\"");
}

TEST_CASE("a settings file gives the featurizer settings and character map", "[retrain]") {
  write_temp("map.txt", "9280 94F6\n");
  train::FeaturizerSpec spec;
  const Status status = train::read_featurizer_spec(
      write_temp("settings.txt", "# for a test\nbucket_bits=12\nword_tokens=0\nchar_map=map.txt\n"),
      &spec);
  REQUIRE(status.ok());
  CHECK(spec.settings.bucket_bits == 12);
  CHECK_FALSE(spec.settings.word_tokens);
  CHECK(spec.settings.markers);
  CHECK(spec.char_map == train::CharMapEntries{{0x9280, 0x94F6}});

  CHECK(train::read_featurizer_spec(write_temp("bad.txt", "bucket_bits=12\nngrams=2\n"), &spec).message() ==
        temp_path("bad.txt") + ":2: expected a known key=value setting");
  CHECK(train::read_featurizer_spec(write_temp("range.txt", "bucket_bits=30\n"), &spec).message() ==
        temp_path("range.txt") + ": bucket bits 30 out of range 4..22");

  const std::string model = testing::train_fixture_model();
  const Status truncated = train::read_featurizer_spec(write_temp("cut.smsf", model.substr(0, 100)), &spec);
  CHECK(truncated.code() == StatusCode::kTruncated);
  CHECK(truncated.message().rfind(temp_path("cut.smsf") + ": ", 0) == 0);
}

TEST_CASE("a model's dense CSV weights pack back into the same model", "[retrain]") {
  const std::string bytes = testing::train_fixture_model();
  const auto original = open_bytes(bytes);
  const internal::ModelData& data = Model::Access::data(*original);
  train::FeaturizerSpec spec;
  REQUIRE(train::read_featurizer_spec(write_temp("model.smsf", bytes), &spec).ok());
  train::LinearWeights weights;
  REQUIRE(train::read_dense_csv(write_temp("weights.csv", dense_csv(data)), spec.settings.bucket_count(),
                                &weights).ok());
  train::ModelContents contents;
  REQUIRE(train::pack_model(weights, spec, testing::fixture_messages(), {}, &contents).ok());
  const std::string packed_bytes = train::serialize_model(contents);
  const auto packed = open_bytes(packed_bytes);
  const internal::ModelData& repacked = Model::Access::data(*packed);
  const std::size_t size = std::size_t{spec.settings.bucket_count()} * kCategoryCount;
  CHECK(std::equal(data.weights, data.weights + size, repacked.weights));
  CHECK(repacked.biases == data.biases);
  CHECK(repacked.char_map.size() == 1);
  CHECK(packed->self_test_count() == 2 * kCategoryCount);
  CHECK(testing::predicted_categories(packed, testing::fixture_messages()) ==
        testing::predicted_categories(original, testing::fixture_messages()));
}

TEST_CASE("weights that don't fit the settings are refused", "[retrain]") {
  train::LinearWeights weights;
  const std::string row = ",0,1,2,3";  // intercept and 3 weights
  const std::string csv = "0" + row + "\n1" + row + "\n2" + row + "\n3" + row + "\n";
  CHECK(train::read_dense_csv(write_temp("four.csv", csv), 3, &weights).message() ==
        temp_path("four.csv") + ": expected one line for each of the five categories");
  CHECK(train::read_dense_csv(write_temp("wide.csv", csv + "4" + row + "\n"), 2, &weights).code() ==
        StatusCode::kInvalidArgument);
  CHECK(train::read_dense_csv(write_temp("narrow.csv", csv + "4" + row + "\n"), 4, &weights).message() ==
        temp_path("narrow.csv") + ": line 1: 3 weights, the settings have 4 buckets");
  CHECK(train::read_dense_csv(write_temp("twice.csv", csv + "3" + row + "\n"), 3, &weights).message() ==
        temp_path("twice.csv") + ": line 5: expected a category 0..4 not seen before, then a comma");
  REQUIRE(train::read_dense_csv(write_temp("ok.csv", csv + "4" + row + "\n"), 3, &weights).ok());

  const std::string header = "nr_class 5\nlabel 4 3 2 1 0\nnr_feature 2\nbias -1\nw\n";
  const std::string rows = "1 2 3 4 5\n6 7 8 9 10\n";
  CHECK(train::read_liblinear_model(write_temp("svm.model", "solver_type L2R_L2LOSS_SVC\n" + header + rows), 16,
                                    &weights).message() ==
        temp_path("svm.model") + ": solver L2R_L2LOSS_SVC is not logistic regression (liblinear-train -s 0, 6 or 7)");
  CHECK(train::read_liblinear_model(write_temp("lr.model", "solver_type L2R_LR\n" + header + rows), 1,
                                    &weights).code() == StatusCode::kInvalidArgument);
  REQUIRE(train::read_liblinear_model(temp_path("lr.model"), 16, &weights).ok());
  CHECK(weights.weights[0 * kCategoryCount + 4] == 1);  // label order 4 3 2 1 0
  CHECK(weights.weights[1 * kCategoryCount + 0] == 10);
  CHECK(weights.weights[2 * kCategoryCount + 0] == 0);  // beyond nr_feature
}

TEST_CASE("pack refuses weights that classify some class's samples all wrong", "[retrain]") {
  const std::string bytes = testing::train_fixture_model();
  const auto model = open_bytes(bytes);
  const train::FeaturizerSpec spec = train::spec_of(*model);
  train::LinearWeights weights;
  weights.weights.assign(std::size_t{spec.settings.bucket_count()} * kCategoryCount, 0.0f);
  weights.biases = {0, 0, 0, 0, 1};  // everything is fraud
  train::ModelContents contents;
  CHECK(train::pack_model(weights, spec, testing::fixture_messages(), {}, &contents).message() ==
        "no sample message of class personal is classified right: were the features made with other settings?");
}

TEST_CASE("pack refuses a calibration no model may have, and samples without every class", "[retrain]") {
  const std::string bytes = testing::train_fixture_model();
  const train::FeaturizerSpec spec = train::spec_of(*open_bytes(bytes));
  train::LinearWeights weights;
  weights.weights.assign(std::size_t{spec.settings.bucket_count()} * kCategoryCount, 0.0f);
  train::ModelContents contents;
  train::PackOptions options;
  options.temperature = 0;
  CHECK(train::pack_model(weights, spec, testing::fixture_messages(), options, &contents).message() ==
        "temperature out of range 0.001..1000");
  options = {};
  options.unsure_threshold = 2;
  CHECK(train::pack_model(weights, spec, testing::fixture_messages(), options, &contents).message() ==
        "unsure threshold out of range 0..1");
  std::vector<train::Example> no_fraud = testing::fixture_messages();
  no_fraud.erase(std::remove_if(no_fraud.begin(), no_fraud.end(),
                                [](const train::Example& e) { return e.label == Category::kFraud; }),
                 no_fraud.end());
  CHECK(train::pack_model(weights, spec, no_fraud, {}, &contents).message() ==
        "the sample messages have none of class fraud: the weights are checked on some of each class");
}

}  // namespace
}  // namespace smsfilter
