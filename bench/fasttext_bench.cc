// The figures smsfilter_bench prints, for fastText in the same process conditions: the
// library's predictLine (what `fasttext predict-prob` runs per line) on pre-tokenised lines.
// usage: fasttext_bench MODEL LINES SHORT_LINES [SECONDS]
//   MODEL        a fastText .bin or .ftz
//   LINES        messages in fastText's input format (bench/fasttext_prep.py convert)
//   SHORT_LINES  those of at most 200 characters, for the latency figures
//   SECONDS      how long the throughput loop runs (default 3)
#include <fasttext/fasttext.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "allocation_counter.h"
#include "measure.h"

namespace smsfilter::bench {
namespace {

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  if (lines.empty()) {
    std::fprintf(stderr, "fasttext_bench: %s: no lines\n", path.c_str());
    std::exit(1);
  }
  return lines;
}

void run(const std::string& model_path, const std::string& lines_path,
         const std::string& short_path, double seconds) {
  const std::vector<std::string> lines = read_lines(lines_path);
  print("messages", static_cast<double>(lines.size()));

  // First, before anything freed could be reused: the memory a model adds.
  reset_peak_resident();
  const long resident_before = peak_resident_kb();
  fasttext::FastText model;
  model.loadModel(model_path);
  std::istringstream in;
  std::vector<std::pair<fasttext::real, std::string>> predictions;
  const auto predict = [&](const std::string& line) {
    in.clear();
    in.str(line);
    model.predictLine(in, predictions, 1, 0.0);
  };
  for (const std::string& line : lines) predict(line);
  print("peak_rss_added_kb", static_cast<double>(peak_resident_kb() - resident_before));
  print("load_file_us", median_microseconds(3, [&] {
          fasttext::FastText another;
          another.loadModel(model_path);
        }));

  const std::uint64_t allocations_before = allocation_count();
  for (const std::string& line : lines) predict(line);
  print("allocations_per_classify",
        static_cast<double>(allocation_count() - allocations_before) / static_cast<double>(lines.size()));

  print("messages_per_s", messages_per_second(lines, seconds, predict));
  print_latencies(read_lines(short_path), predict);
}

}  // namespace
}  // namespace smsfilter::bench

int main(int argc, char** argv) {
  if (argc < 4 || argc > 5) {
    std::fprintf(stderr, "usage: fasttext_bench MODEL LINES SHORT_LINES [SECONDS]\n");
    return 2;
  }
  smsfilter::bench::run(argv[1], argv[2], argv[3], argc == 5 ? std::atof(argv[4]) : 3.0);
  return 0;
}
