#include <limits>

#include <fmt/core.h>

#include "command_line.h"
#include "commands.h"
#include "smsfilter/train/trainer.h"

namespace smsfilter::cli {
namespace {

constexpr const char* kTrainUsage = R"(usage: smsfilter train --data TRAIN.tsv [--dev DEV.tsv] --charmap MAP.txt --out MODEL.smsf
  --epochs N            passes over the data (default 10)
  --learning-rate X     AdaGrad step size (default 0.2)
  --l2 X                L2 penalty per update (default 1e-6)
  --seed N              shuffling seed (default 1)
  --class-weight-power X  0 unweighted .. 1 balanced classes (default 0.5)
  --label-smoothing X   the target's share spread over all classes, 0 <= X < 1 (default 0)
  --threads N           threads featurizing TRAIN.tsv; the model is the same for any (default 2)
  --unsure X            top probability below X is reported unsure (default 0.5)
  --bucket-bits N       features hashed into 2^N buckets (default 16)
  --row-bits N          keep 2^N weight rows, the bucket that matters most of each 2^(bucket
                        bits - N) sharing a row, and train again on those (default 0: a row
                        per bucket)
  --row-selection-epochs N  epochs on every bucket before the rows are chosen (default 4)
  --shuffles K           train the kept rows K times in other orders and keep the mean (default 1)
  --ngram-max N         character n-grams up to N (1..3, default 3)
  --max-chars N         visible characters read per message (default 1000)
  --no-words            no ICU dictionary word tokens
  --no-markers          no url/phone/signature/amount/length markers
  --no-sender           no sender-kind feature
  --quiet               no progress lines
)";

}  // namespace

int run_train(int argc, char** argv) {
  CommandLine args(argc, argv, {"no-words", "no-markers", "no-sender", "quiet", "help"});
  args.check_known({"data", "dev", "charmap", "out", "epochs", "learning-rate", "l2", "seed",
                    "class-weight-power", "label-smoothing", "threads", "unsure", "bucket-bits", "row-bits", "row-selection-epochs", "shuffles", "ngram-max", "max-chars",
                    "no-words", "no-markers", "no-sender", "quiet", "help"});
  train::TrainOptions options;
  FeaturizerSettings& f = options.featurizer;
  options.epochs = static_cast<unsigned>(args.get_whole("epochs", options.epochs));
  options.learning_rate = static_cast<float>(args.get_double("learning-rate", options.learning_rate));
  options.l2 = static_cast<float>(args.get_double("l2", options.l2));
  options.seed = args.get_whole("seed", options.seed, std::numeric_limits<std::uint64_t>::max());
  options.class_weight_power = static_cast<float>(args.get_double("class-weight-power", options.class_weight_power));
  options.label_smoothing = static_cast<float>(args.get_double("label-smoothing", options.label_smoothing));
  options.threads = static_cast<unsigned>(args.get_whole("threads", options.threads));
  options.unsure_threshold = static_cast<float>(args.get_double("unsure", options.unsure_threshold));
  f.bucket_bits = static_cast<std::uint32_t>(args.get_whole("bucket-bits", f.bucket_bits));
  options.row_bits = static_cast<std::uint32_t>(args.get_whole("row-bits", options.row_bits));
  options.row_selection_epochs =
      static_cast<unsigned>(args.get_whole("row-selection-epochs", options.row_selection_epochs));
  options.shuffles = static_cast<unsigned>(args.get_whole("shuffles", options.shuffles));
  f.char_ngram_max = static_cast<std::uint32_t>(args.get_whole("ngram-max", f.char_ngram_max));
  f.max_chars = static_cast<std::uint32_t>(args.get_whole("max-chars", f.max_chars));
  f.word_tokens = !args.has("no-words");
  f.markers = !args.has("no-markers");
  f.sender_kind = !args.has("no-sender");
  if (args.has("help") || !args.ok() || !args.has("data") || !args.has("charmap") || !args.has("out")) {
    if (!args.ok()) fmt::print(stderr, "smsfilter train: {}\n", args.error());
    fmt::print(stderr, "{}", kTrainUsage);
    return 2;
  }
  if (!args.has("quiet")) options.progress = [](std::string_view line) { fmt::print(stderr, "{}\n", line); };

  train::DatasetReader train_set;
  std::vector<train::Example> dev_set;
  train::CharMapEntries char_map;
  Status status = train_set.open(*args.get("data"));
  if (status.ok() && args.has("dev")) status = train::read_dataset(*args.get("dev"), &dev_set);
  if (status.ok()) status = train::read_char_map_file(*args.get("charmap"), &char_map);
  train::ModelContents model;
  if (status.ok()) status = train::train_model(&train_set, dev_set, char_map, options, &model);
  std::string bytes;
  if (status.ok()) {
    bytes = train::serialize_model(model);
    status = train::write_file(*args.get("out"), bytes);
  }
  if (!status.ok()) {
    fmt::print(stderr, "smsfilter train: {}\n", status.to_string());
    return 1;
  }
  if (!args.has("quiet")) fmt::print(stderr, "wrote {} ({} bytes)\n", *args.get("out"), bytes.size());
  return 0;
}

}  // namespace smsfilter::cli
