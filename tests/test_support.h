// Shared helpers for tests: fixture paths and small models trained on the fixture.
#ifndef SMSFILTER_TESTS_TEST_SUPPORT_H_
#define SMSFILTER_TESTS_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "smsfilter/classifier.h"
#include "train/dataset.h"
#include "train/model_writer.h"
#include "train/trainer.h"

namespace smsfilter::testing {

inline std::string test_data_path(const std::string& name) {
  return std::string(SMSFILTER_TEST_DATA_DIR) + "/" + name;
}

inline std::vector<train::Example> fixture_messages() {
  std::vector<train::Example> examples;
  const Status status = train::read_dataset(test_data_path("messages.tsv"), &examples);
  if (!status.ok()) throw std::runtime_error(status.to_string());
  return examples;
}

inline train::TrainOptions fixture_options() {
  train::TrainOptions options;
  options.featurizer.bucket_bits = 10;
  return options;
}

// A small model trained on tests/data/messages.tsv, as file bytes.
inline std::string train_fixture_model(const train::TrainOptions& options = fixture_options()) {
  const train::CharMapEntries char_map = {{0x9280, 0x94F6}};  // 銀→银
  train::ModelContents contents;
  const Status status = train::train_model(fixture_messages(), {}, char_map, options, &contents);
  if (!status.ok()) throw std::runtime_error(status.to_string());
  return train::serialize_model(contents);
}

// The category the model gives each of `examples`, in order.
inline std::vector<Category> predicted_categories(std::shared_ptr<const Model> model,
                                                  const std::vector<train::Example>& examples) {
  Classifier classifier(std::move(model));
  std::vector<Category> categories;
  for (const train::Example& example : examples) {
    Result result;
    const Status status = classifier.classify(example.text, example.sender, &result);
    if (!status.ok()) throw std::runtime_error(status.to_string());
    categories.push_back(result.category);
  }
  return categories;
}

}  // namespace smsfilter::testing

#endif  // SMSFILTER_TESTS_TEST_SUPPORT_H_
