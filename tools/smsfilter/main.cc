// smsfilter: classify messages, train, evaluate and inspect models.
#include <cstring>

#include <fmt/core.h>

#include "commands.h"

namespace {

constexpr const char* kUsage = R"(usage: smsfilter <command> [options]

commands:
  classify [--model M] [--sender S] [--json] [TEXT...]   classify TEXTs, or stdin lines
  classify [--model M] [--json] --data FILE.tsv          classify a labeled TSV's messages
  train --data TRAIN.tsv [--dev DEV.tsv] --charmap MAP --out MODEL.smsf [settings]
  eval [--model M] --data TEST.tsv [--worst N]            metrics on a labeled TSV
  featurize --data IN.tsv --out F.svm [--settings S] [--shard I/N]
                                                         features in LIBSVM format
  pack --weights W --format liblinear|dense-csv --data DEV.tsv --out MODEL.smsf [--settings S]
                                                         a model from weights trained elsewhere
  inspect [MODEL.smsf]                                   version, sizes, settings
  decide --policy FILE [--model M] [--sender S] [--time T] [--state FILE] [--json] [TEXT...]
                                                         what a policy does with TEXTs

Without --model, the built-in default model is used. `smsfilter train --help` lists the
training settings.
)";

struct Command {
  const char* name;
  int (*run)(int, char**);
};

constexpr Command kCommands[] = {
    {"classify", smsfilter::cli::run_classify},
    {"train", smsfilter::cli::run_train},
    {"eval", smsfilter::cli::run_eval},
    {"inspect", smsfilter::cli::run_inspect},
    {"decide", smsfilter::cli::run_decide},
    {"featurize", smsfilter::cli::run_featurize},
    {"pack", smsfilter::cli::run_pack},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2) {
    for (const Command& command : kCommands) {
      if (std::strcmp(argv[1], command.name) == 0) return command.run(argc - 2, argv + 2);
    }
  }
  fmt::print(stderr, "{}", kUsage);
  return 2;
}
