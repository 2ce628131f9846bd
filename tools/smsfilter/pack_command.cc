#include <fmt/core.h>

#include "command_line.h"
#include "commands.h"
#include "open_model.h"
#include "smsfilter/train/pack.h"

namespace smsfilter::cli {
namespace {

constexpr const char* kPackUsage = R"(usage: smsfilter pack --weights FILE --format liblinear|dense-csv --data DEV.tsv --out MODEL.smsf [options]
  Builds a model from weights trained elsewhere on `smsfilter featurize` output
  (docs/retraining.md).
  --format liblinear  a liblinear-train -s 0 model file
  --format dense-csv  one line per class: LABEL,INTERCEPT,W1,...,W(2^bucket_bits)
  --data DEV.tsv      labeled messages the self-test samples are chosen from
  --settings FILE     the .smsf model or settings file the features were made with
                      (default: the built-in model's)
  --temperature T     logits are divided by T before the softmax (default 1)
  --unsure X          top probability below X is reported unsure (default 0.5)
)";

}  // namespace

int run_pack(int argc, char** argv) {
  CommandLine args(argc, argv, {"help"});
  args.check_known({"weights", "format", "data", "out", "settings", "temperature", "unsure", "help"});
  train::PackOptions options;
  options.temperature = static_cast<float>(args.get_double("temperature", options.temperature));
  options.unsure_threshold = static_cast<float>(args.get_double("unsure", options.unsure_threshold));
  const auto format = train::weights_format_from_name(args.get_or("format", ""));
  if (args.has("help") || !args.ok() || !format || !args.has("weights") || !args.has("data") ||
      !args.has("out")) {
    if (!args.ok()) fmt::print(stderr, "smsfilter pack: {}\n", args.error());
    fmt::print(stderr, "{}", kPackUsage);
    return 2;
  }
  train::FeaturizerSpec spec;
  if (!read_spec(args.get("settings"), &spec)) return 1;
  train::ModelContents model;
  Status status = train::pack_files(*args.get("weights"), *format, *args.get("data"), spec, options, &model);
  std::string bytes;
  if (status.ok()) {
    bytes = train::serialize_model(model);
    status = train::write_file(*args.get("out"), bytes);
  }
  if (!status.ok()) {
    fmt::print(stderr, "smsfilter pack: {}\n", status.to_string());
    return 1;
  }
  fmt::print(stderr, "wrote {} ({} bytes, {} self-test samples)\n", *args.get("out"), bytes.size(),
             model.self_tests.size());
  return 0;
}

}  // namespace smsfilter::cli
