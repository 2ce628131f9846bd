// Shared helpers for tests: fixture paths and small models trained on the fixture.
#ifndef SMSFILTER_TESTS_TEST_SUPPORT_H_
#define SMSFILTER_TESTS_TEST_SUPPORT_H_

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "smsfilter/classifier.h"
#include "smsfilter/train/dataset.h"
#include "smsfilter/train/model_writer.h"
#include "smsfilter/train/trainer.h"

namespace smsfilter::testing {

inline std::string test_data_path(const std::string& name) {
  return std::string(SMSFILTER_TEST_DATA_DIR) + "/" + name;
}

// A fresh directory under the system's temporary directory, removed with everything in it.
// One per process: ctest runs each test case as its own process, two at a time.
struct ScratchDirectory {
  explicit ScratchDirectory(const std::string& prefix)
      : path((std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()))).string()) {
    std::filesystem::create_directories(path);
  }
  ~ScratchDirectory() { std::filesystem::remove_all(path); }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  std::string file(const std::string& name) const { return path + "/" + name; }

  const std::string path;
};

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
