#include <fmt/core.h>

#include "commands.h"
#include "command_line.h"
#include "open_model.h"

namespace smsfilter::cli {

int run_inspect(int argc, char** argv) {
  CommandLine args(argc, argv, {});
  args.check_known({"model"});
  if (!args.ok() || args.positional().size() > 1) {
    fmt::print(stderr, "usage: smsfilter inspect [MODEL.smsf]\n");
    return 2;
  }
  const auto model = open_model(args.positional().empty() ? args.get("model") : args.positional()[0]);
  if (!model) return 1;
  const FeaturizerSettings& f = model->featurizer_settings();
  fmt::print("format version    {}.{}\n", model->major_version(), model->minor_version());
  fmt::print("file size         {} bytes\n", model->file_size());
  fmt::print("labels            personal transaction security marketing fraud\n");
  fmt::print("featurizer        version {}, {} buckets (2^{}), char n-grams 1..{}, words {}, markers {}, sender {}, max {} chars\n",
             f.featurizer_version, f.bucket_count(), f.bucket_bits, f.char_ngram_max,
             f.word_tokens ? "on" : "off", f.markers ? "on" : "off", f.sender_kind ? "on" : "off", f.max_chars);
  fmt::print("weights           int8, per-class scale, {} rows{}\n", model->row_count(),
             model->row_count() < f.bucket_count() ? ", each keeping the bucket its tag names" : "");
  fmt::print("temperature       {:.3f}\n", model->temperature());
  fmt::print("unsure below      {:.3f}\n", model->unsure_threshold());
  fmt::print("char map          {} entries\n", model->char_map_size());
  fmt::print("self-test samples {} (passed)\n", model->self_test_count());
  fmt::print("training info\n{}", model->training_info());
  return 0;
}

}  // namespace smsfilter::cli
