#include <cstdio>

#include <fmt/core.h>

#include "command_line.h"
#include "commands.h"
#include "open_model.h"
#include "smsfilter/train/libsvm_export.h"

namespace smsfilter::cli {
namespace {

constexpr const char* kFeaturizeUsage = R"(usage: smsfilter featurize --data IN.tsv --out FEATURES.svm [--settings FILE] [--shard I/N]
  Writes each message's features in LIBSVM format, one message at a time, for training
  with liblinear, scikit-learn or Spark (docs/retraining.md).
  --settings FILE  a .smsf model or a settings file whose featurizer settings and character
                   map to use (default: the built-in model's)
  --shard I/N      only the messages on lines whose number modulo N is I (the header is
                   line 1), so N processes can each export one part
)";

// "I/N" with I < N.
bool parse_shard(const std::string& text, train::Shard* shard) {
  unsigned long index = 0, count = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%lu/%lu%c", &index, &count, &tail) != 2 || index >= count) return false;
  *shard = {index, count};
  return true;
}

}  // namespace

int run_featurize(int argc, char** argv) {
  CommandLine args(argc, argv, {"help"});
  args.check_known({"data", "out", "settings", "shard", "help"});
  train::Shard shard;
  const bool shard_ok = !args.has("shard") || parse_shard(*args.get("shard"), &shard);
  if (args.has("help") || !args.ok() || !shard_ok || !args.has("data") || !args.has("out")) {
    if (!args.ok()) fmt::print(stderr, "smsfilter featurize: {}\n", args.error());
    if (!shard_ok) fmt::print(stderr, "smsfilter featurize: --shard expects I/N with I < N\n");
    fmt::print(stderr, "{}", kFeaturizeUsage);
    return 2;
  }
  train::FeaturizerSpec spec;
  if (!read_spec(args.get("settings"), &spec)) return 1;
  std::size_t exported = 0;
  const Status status = train::export_libsvm_file(*args.get("data"), *args.get("out"), spec, shard, &exported);
  if (!status.ok()) {
    fmt::print(stderr, "smsfilter featurize: {}\n", status.to_string());
    return 1;
  }
  fmt::print(stderr, "wrote {} messages' features ({} buckets) to {}\n", exported,
             spec.settings.bucket_count(), *args.get("out"));
  return 0;
}

}  // namespace smsfilter::cli
