// Trains a small model with the installed research API (smsfilter::train), opens it with
// the on-device API and reads a message's named features through the trained spec.
#include <smsfilter/classifier.h>
#include <smsfilter/train/dataset.h>
#include <smsfilter/train/featurizer.h>
#include <smsfilter/train/featurizer_spec.h>
#include <smsfilter/train/model_writer.h>
#include <smsfilter/train/trainer.h>

#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

namespace {

int fail(const smsfilter::Status& status) {
  std::cerr << status.to_string() << "\n";
  return 1;
}

}  // namespace

int main() {
  namespace train = smsfilter::train;
  std::vector<train::Example> examples;
  smsfilter::Status status = train::read_dataset(DATA_PATH, &examples);
  if (!status.ok()) return fail(status);

  train::TrainOptions options;
  options.featurizer.bucket_bits = 10;
  train::ModelContents contents;
  status = train::train_model(examples, {}, {}, options, &contents);
  if (!status.ok()) return fail(status);
  const std::string bytes = train::serialize_model(contents);
  // Opening runs the self-test samples the trainer stored.
  const auto model = smsfilter::Model::open_buffer(bytes.data(), bytes.size(), &status);
  if (!model) return fail(status);

  smsfilter::Classifier classifier(model);
  std::size_t right = 0;
  for (const train::Example& example : examples) {
    smsfilter::Result result;
    status = classifier.classify(example.text, example.sender, &result);
    if (!status.ok()) return fail(status);
    right += result.category == example.label;
  }

  train::Featurizer featurizer(train::spec_of(*model));
  std::vector<train::NamedFeature> features;
  status = featurizer.featurize("回复TD退订", "", &features);
  if (!status.ok()) return fail(status);
  const std::uint32_t buckets = options.featurizer.bucket_count();
  bool named = !features.empty();
  for (const train::NamedFeature& feature : features)
    named = named && !feature.name.empty() && feature.bucket < buckets;

  std::cout << "smsfilter (train): " << right << " of " << examples.size()
            << " training messages right, " << features.size() << " features\n";
  return right * 10 >= examples.size() * 9 && named ? 0 : 1;
}
