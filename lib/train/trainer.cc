#include "smsfilter/train/trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <sstream>

#include <Eigen/Core>

#include "common/crc32c.h"
#include "common/exact_math.h"
#include "classifier/scorer.h"
#include "smsfilter/classifier.h"
#include "train/feature_matrix.h"
#include "train/row_selection.h"
#include "smsfilter/train/metrics.h"
#include "train/self_tests.h"

namespace smsfilter::train {
namespace {

constexpr int kClasses = static_cast<int>(kCategoryCount);
using ClassArray = Eigen::Array<float, kClasses, 1>;

// Float weights [row][class] and biases, trained by AdaGrad. A row per bucket, or with
// `row_tags` the 2^row_bits rows a model keeps, each holding the bucket its tag names
// (format::ModelSettings::row_bits): other buckets weigh nothing and are not trained.
class SoftmaxRegression {
 public:
  SoftmaxRegression(const TrainOptions& options, std::vector<std::uint8_t> row_tags)
      : options_(options),
        row_tags_(std::move(row_tags)),
        rows_(row_tags_.empty() ? options.featurizer.bucket_count() : row_tags_.size()),
        state_(rows_ * kRowState, 0.0f) {}

  ClassArray logits(const FeatureMatrix& m, std::size_t row) const {
    ClassArray z = biases_;
    const float value = internal::feature_value(m.row_begin[row + 1] - m.row_begin[row]);
    for (std::uint64_t i = m.row_begin[row]; i < m.row_begin[row + 1]; ++i) {
      const HashedFeature feature = m.feature(i);
      const format::TaggedRow weights_row = row_of(feature.bucket);
      if (!weights_row.holds) continue;
      z += (value * static_cast<float>(feature.sign())) * weights_of(weights_row.row);
    }
    return z;
  }

  // One AdaGrad step on one example; returns its weighted loss.
  float step(const FeatureMatrix& m, std::size_t row, float class_weight) {
    const ClassArray z = logits(m, row);
    const float max = z.maxCoeff();
    const ClassArray e = z.unaryExpr([max](float v) { return static_cast<float>(internal::exact_exp(v - max)); });
    const ClassArray p = e / e.sum();
    ClassArray gradient = (p - options_.label_smoothing / kClasses) * class_weight;
    gradient[m.labels[row]] -= (1 - options_.label_smoothing) * class_weight;
    adagrad(gradient, biases_.data(), bias_sq_.data());
    const float value = internal::feature_value(m.row_begin[row + 1] - m.row_begin[row]);
    for (std::uint64_t i = m.row_begin[row]; i < m.row_begin[row + 1]; ++i) {
      const HashedFeature feature = m.feature(i);
      const format::TaggedRow weights_row = row_of(feature.bucket);
      if (!weights_row.holds) continue;
      float* w = &state_[weights_row.row * kRowState];
      float* sq = w + kCategoryCount;
      adagrad(gradient * (value * static_cast<float>(feature.sign())) + options_.l2 * Eigen::Map<ClassArray>(w), w, sq);
    }
    return -std::log(std::max(p[m.labels[row]], 1e-30f)) * class_weight;
  }

  // [row][class]
  std::vector<float> weights() const {
    std::vector<float> out(rows_ * kCategoryCount);
    for (std::size_t row = 0; row < rows_; ++row)
      std::copy_n(&state_[row * kRowState], kCategoryCount, &out[row * kCategoryCount]);
    return out;
  }
  const std::vector<std::uint8_t>& row_tags() const { return row_tags_; }
  const ClassArray& biases() const { return biases_; }

  // Weights and biases only: the AdaGrad sums mean nothing once training is over.
  void add(const SoftmaxRegression& other) {
    for (std::size_t row = 0; row < rows_; ++row) weights_of(row) += other.weights_of(row);
    biases_ += other.biases_;
  }
  void scale(float factor) {
    for (std::size_t row = 0; row < rows_; ++row) weights_of(row) *= factor;
    biases_ *= factor;
  }

 private:
  // A row's weights and then their AdaGrad sums of squared gradients, side by side: a
  // step reads and writes both, and apart they cost two cache misses in a large table.
  static constexpr std::size_t kRowState = 2 * kCategoryCount;

  Eigen::Map<ClassArray> weights_of(std::size_t row) { return Eigen::Map<ClassArray>(&state_[row * kRowState]); }
  Eigen::Map<const ClassArray> weights_of(std::size_t row) const {
    return Eigen::Map<const ClassArray>(&state_[row * kRowState]);
  }

  format::TaggedRow row_of(std::uint32_t bucket) const {
    if (row_tags_.empty()) return {bucket, true};
    return format::tagged_row(row_tags_.data(), options_.row_bits, bucket);
  }

  void adagrad(const ClassArray& gradient, float* w, float* sq) const {
    Eigen::Map<ClassArray> weights(w), squares(sq);
    squares += gradient.square();
    weights -= options_.learning_rate * gradient / (squares.sqrt() + 1e-8f);
  }

  const TrainOptions& options_;
  std::vector<std::uint8_t> row_tags_;
  std::size_t rows_;
  std::vector<float> state_;
  ClassArray biases_ = ClassArray::Zero();
  ClassArray bias_sq_ = ClassArray::Zero();
};

// Fisher-Yates with std::mt19937_64, whose output the standard fixes (std::shuffle's
// use of it is not), so every platform sees the same order.
void shuffle(std::vector<std::uint32_t>* order, std::mt19937_64* rng) {
  for (std::size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
}

std::array<float, kCategoryCount> class_weights(const FeatureMatrix& m, float power) {
  std::array<float, kCategoryCount> counts{};
  for (std::uint8_t label : m.labels) counts[label] += 1;
  std::array<float, kCategoryCount> weights{};
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    weights[c] = counts[c] > 0 ? static_cast<float>(internal::exact_pow(
                                     static_cast<float>(m.rows()) / (kCategoryCount * counts[c]), power)) : 0;
  }
  return weights;
}

ConfusionMatrix evaluate(const SoftmaxRegression& model, const FeatureMatrix& m) {
  ConfusionMatrix confusion;
  for (std::size_t row = 0; row < m.rows(); ++row) {
    Eigen::Index best;
    model.logits(m, row).maxCoeff(&best);
    confusion.add(static_cast<Category>(m.labels[row]), static_cast<Category>(best));
  }
  return confusion;
}

ConfusionMatrix evaluate(const std::vector<Example>& examples, const std::vector<Result>& results) {
  ConfusionMatrix confusion;
  for (std::size_t i = 0; i < examples.size(); ++i) confusion.add(examples[i].label, results[i].category);
  return confusion;
}

// The temperature that minimises the negative log-likelihood of `examples`, from a grid:
// p_c at temperature T is proportional to p_c(T=1)^(1/T).
float fit_temperature(const std::vector<Example>& examples, const std::vector<Result>& results) {
  float best_temperature = 1;
  double best_loss = INFINITY;
  for (float t = 0.25f; t <= 4.0f; t += 0.05f) {
    double loss = 0;
    for (std::size_t i = 0; i < examples.size(); ++i) {
      const auto& p = results[i].probabilities;
      double norm = 0;
      for (float pc : p) norm += internal::exact_pow(std::max(pc, 1e-30f), 1.0f / t);
      const float truth = std::max(p[static_cast<std::size_t>(examples[i].label)], 1e-30f);
      loss -= internal::exact_log(internal::exact_pow(truth, 1.0f / t) / norm);
    }
    if (loss < best_loss) {
      best_loss = loss;
      best_temperature = t;
    }
  }
  return best_temperature;
}

// CRC-32C of examples written as TSV rows without the source column, for training_info.
class DataChecksum {
 public:
  void add(const Example& e) {
    extend(category_name(e.label));
    extend("\t");
    extend(e.sender);
    extend("\t");
    extend(e.text);
    extend("\n");
    ++count_;
  }
  std::uint32_t crc() const { return crc_; }
  std::size_t count() const { return count_; }

 private:
  void extend(std::string_view bytes) {
    crc_ = internal::fast_crc32c(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), crc_);
  }

  std::uint32_t crc_ = 0;
  std::size_t count_ = 0;
};

DataChecksum checksum_of(const std::vector<Example>& examples) {
  DataChecksum checksum;
  for (const Example& e : examples) checksum.add(e);
  return checksum;
}

std::string describe_training(const DataChecksum& train, const DataChecksum& dev, const TrainOptions& o) {
  std::ostringstream info;
  info << "trainer=smsfilter-adagrad-1\n"
       << "train_examples=" << train.count() << "\ntrain_crc32c=" << train.crc()
       << "\ndev_examples=" << dev.count() << "\ndev_crc32c=" << dev.crc()
       << "\nepochs=" << o.epochs << "\nlearning_rate=" << o.learning_rate << "\nl2=" << o.l2
       << "\nseed=" << o.seed << "\nclass_weight_power=" << o.class_weight_power
       << "\nlabel_smoothing=" << o.label_smoothing << "\n";
  if (o.row_bits > 0) info << "row_selection_epochs=" << o.row_selection_epochs << "\n";
  if (o.shuffles > 1) info << "shuffles=" << o.shuffles << "\n";
  return info.str();
}

// AdaGrad from zero weights, options.epochs passes over `train` in seeded random orders.
SoftmaxRegression fit(const FeatureMatrix& train, const FeatureMatrix& dev, const TrainOptions& options,
                      std::vector<std::uint8_t> row_tags, const std::function<void(const std::string&)>& report) {
  SoftmaxRegression regression(options, std::move(row_tags));
  const auto weights = class_weights(train, options.class_weight_power);
  std::vector<std::uint32_t> order(train.rows());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  for (unsigned epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(&order, &rng);
    double loss = 0;
    for (std::uint32_t row : order) loss += regression.step(train, row, weights[train.labels[row]]);
    if (!options.progress) continue;  // classifying the whole training set again only informs
    std::ostringstream line;
    line << "epoch " << epoch << "/" << options.epochs << ": loss " << loss / static_cast<double>(order.size())
         << ", train accuracy " << evaluate(regression, train).accuracy();
    if (dev.rows() > 0) line << ", dev accuracy " << evaluate(regression, dev).accuracy();
    report(line.str());
  }
  return regression;
}

// The mean of options.shuffles fits, each in its own orders (seeds seed, seed + 1, ...):
// the order alone moves a model's verdicts on held-out messages by as much as most
// settings do (docs/model.md, "A third gathering, and five orders averaged").
SoftmaxRegression fit_averaged(const FeatureMatrix& train, const FeatureMatrix& dev, const TrainOptions& options,
                               const std::vector<std::uint8_t>& row_tags,
                               const std::function<void(const std::string&)>& report) {
  SoftmaxRegression mean = fit(train, dev, options, row_tags, report);
  for (unsigned k = 1; k < options.shuffles; ++k) {
    report("training in a new order, " + std::to_string(k + 1) + " of " + std::to_string(options.shuffles));
    TrainOptions reordered = options;
    reordered.seed = options.seed + k;
    mean.add(fit(train, dev, reordered, row_tags, report));
  }
  mean.scale(1.0f / static_cast<float>(options.shuffles));
  return mean;
}

// Trains on every bucket, keeps a bucket a row (row_selection.h) and trains again on those.
SoftmaxRegression fit_kept_buckets(const FeatureMatrix& train, const FeatureMatrix& dev, const TrainOptions& options,
                                   const std::function<void(const std::string&)>& report) {
  TrainOptions every_bucket = options;
  every_bucket.epochs = options.row_selection_epochs;
  const std::vector<std::uint8_t> row_tags =
      select_rows(fit(train, dev, every_bucket, {}, report).weights(), train, options.row_bits);
  report("training again on the bucket kept in each of 2^" + std::to_string(options.row_bits) + " rows");
  return fit_averaged(train, dev, options, row_tags, report);
}

// Why `o` can't train a model with `settings` ("" when it can): checked before any data
// is read, so that a bad value fails at once, not after training.
std::string options_problem(const TrainOptions& o, const format::ModelSettings& settings) {
  if (std::string problem = featurizer_settings_problem(o.featurizer); !problem.empty()) return problem;
  if (std::string problem = format::row_table_problem(settings); !problem.empty()) return problem;
  if (std::string problem = format::calibration_problem(settings); !problem.empty()) return problem;
  if (o.epochs == 0) return "epochs must be at least 1";
  if (o.row_bits > 0 && o.row_selection_epochs == 0) return "row selection needs at least one epoch";
  if (o.shuffles == 0) return "shuffles must be at least 1";
  if (o.threads < 1 || o.threads > kMaxThreads) return "threads must be 1.." + std::to_string(kMaxThreads);
  if (!(o.learning_rate > 0 && std::isfinite(o.learning_rate))) return "learning rate must be a number above 0";
  if (!(o.l2 >= 0 && std::isfinite(o.l2))) return "l2 must be a number of at least 0";
  if (!(o.class_weight_power >= 0 && std::isfinite(o.class_weight_power)))
    return "class-weight power must be a number of at least 0";
  if (!(o.label_smoothing >= 0 && o.label_smoothing < 1)) return "label smoothing must be at least 0 and below 1";
  return {};
}

}  // namespace

Status train_model(ExampleSource* train, const std::vector<Example>& dev,
                   const CharMapEntries& char_map, const TrainOptions& options,
                   ModelContents* model) {
  const format::ModelSettings settings{options.featurizer, kCategoryCount, 1.0f, options.unsure_threshold,
                                       options.row_bits};
  if (std::string problem = options_problem(options, settings); !problem.empty())
    return Status(StatusCode::kInvalidArgument, std::move(problem));
  const auto report = [&](const std::string& line) { if (options.progress) options.progress(line); };
  const FeaturizerSpec spec{options.featurizer, char_map, bundled_brands()};
  DataChecksum train_checksum;
  SelfTestCandidates candidates(std::size_t{options.self_tests_per_class} * kSelfTestCandidatesPerSample);
  const auto visit = [&](const Example& example) {
    train_checksum.add(example);
    candidates.offer(example);
  };
  FeatureMatrix train_matrix, dev_matrix;
  Status status = featurize_examples(train, spec, options.threads, visit, &train_matrix);
  ExampleVectorSource dev_source(dev);
  if (status.ok()) status = featurize_examples(&dev_source, spec, 1, {}, &dev_matrix);
  if (!status.ok()) return status;
  if (train_matrix.rows() == 0) return Status(StatusCode::kInvalidArgument, "no training examples");
  report("featurized " + std::to_string(train_matrix.rows()) + " training and " + std::to_string(dev.size()) +
         " dev messages, " + std::to_string(train_matrix.features()) + " training features in " +
         std::to_string(train_matrix.bytes() >> 20) + " MiB");

  const SoftmaxRegression regression = options.row_bits == 0
                                           ? fit_averaged(train_matrix, dev_matrix, options, {}, report)
                                           : fit_kept_buckets(train_matrix, dev_matrix, options, report);
  model->settings = settings;
  model->char_map = char_map;
  model->brands = spec.brands;
  quantize_weights(regression.weights(), model);
  model->row_tags = regression.row_tags();
  std::copy(regression.biases().begin(), regression.biases().end(), model->biases.begin());
  model->training_info = describe_training(train_checksum, checksum_of(dev), options);

  std::vector<Result> results;
  if (!dev.empty()) {
    if (!(status = predict_all(*model, dev, &results)).ok()) return status;
    report("dev macro-F1 " + std::to_string(evaluate(regression, dev_matrix).macro_f1()) +
           " with float weights, " + std::to_string(evaluate(dev, results).macro_f1()) + " with int8 weights");
    model->settings.temperature = fit_temperature(dev, results);
    report("calibrated temperature " + std::to_string(model->settings.temperature) + " on dev");
  }
  // Self-test samples must pass at the final temperature, which cannot change the argmax.
  const std::vector<Example> samples = candidates.examples();
  if (!(status = predict_all(*model, samples, &results)).ok()) return status;
  model->self_tests = pick_self_tests(samples, results, options.self_tests_per_class);
  return {};
}

Status train_model(const std::vector<Example>& train, const std::vector<Example>& dev,
                   const CharMapEntries& char_map, const TrainOptions& options,
                   ModelContents* model) {
  ExampleVectorSource source(train);
  return train_model(&source, dev, char_map, options, model);
}

}  // namespace smsfilter::train
