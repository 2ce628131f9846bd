// Speed and memory of classify() on one core, for docs/performance.md: prints
// "name<TAB>value" lines that bench/performance.sh turns into the table.
// usage: smsfilter_bench MODEL DATA.tsv [SECONDS]
//   MODEL    a .smsf file
//   DATA     labeled messages; only the real ones (source not synth/handwritten) are used
//   SECONDS  how long the throughput loop runs (default 3)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "allocation_counter.h"
#include "smsfilter/classifier.h"
#include "train/dataset.h"
#include "utf8_to_utf16.h"

namespace smsfilter::bench {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kLatencyMaxChars = 200;

struct Message {
  std::string text, sender;
  std::u16string text16, sender16;
};

double microseconds(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "smsfilter_bench: %s\n", what.c_str());
  std::exit(1);
}

void check(const Status& status) {
  if (!status.ok()) die(status.to_string());
}

void print(const char* name, double value) { std::printf("%s\t%.6g\n", name, value); }

std::size_t code_points(const std::string& utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::vector<Message> read_real_messages(const std::string& path) {
  train::DatasetReader reader;
  check(reader.open(path));
  std::vector<Message> messages;
  train::Example example;
  while (reader.next(&example)) {
    if (train::source_kind(example.source) != train::SourceKind::kReal) continue;
    Message m{example.text, example.sender, {}, {}};
    check(internal::utf8_to_utf16(m.text, m.text.size(), &m.text16));
    check(internal::utf8_to_utf16(m.sender, m.sender.size(), &m.sender16));
    messages.push_back(std::move(m));
  }
  check(reader.status());
  if (messages.empty()) die(path + ": no real messages");
  return messages;
}

// The median time of `runs` calls of `f`.
double median_microseconds(int runs, const std::function<void()>& f) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    f();
    times.push_back(microseconds(Clock::now() - start));
  }
  std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
  return times[static_cast<std::size_t>(runs / 2)];
}

void measure_load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  Status status;
  const auto open_buffer = [&](bool self_test) {
    return [&, self_test] {
      if (!Model::open_buffer(bytes.data(), bytes.size(), &status, OpenOptions{self_test})) die(status.to_string());
    };
  };
  print("load_buffer_us", median_microseconds(1001, open_buffer(false)));
  print("load_buffer_self_test_us", median_microseconds(101, open_buffer(true)));
  print("load_file_us", median_microseconds(101, [&] {
          if (!Model::open_file(path, &status, OpenOptions{false})) die(status.to_string());
        }));
}

long peak_resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

// Writing 5 to clear_refs resets the peak (VmHWM) to the current resident set.
void reset_peak_resident() { std::ofstream("/proc/self/clear_refs") << "5"; }

template <typename Classify>
double messages_per_second(const std::vector<Message>& messages, double seconds, Classify classify) {
  std::size_t count = 0;
  const auto start = Clock::now();
  const auto end = start + std::chrono::duration<double>(seconds);
  do {
    for (const Message& m : messages) classify(m);
    count += messages.size();
  } while (Clock::now() < end);
  return static_cast<double>(count) / std::chrono::duration<double>(Clock::now() - start).count();
}

void run(const std::string& model_path, const std::string& data_path, double seconds) {
  const std::vector<Message> messages = read_real_messages(data_path);
  print("messages", static_cast<double>(messages.size()));
  measure_load(model_path);

  reset_peak_resident();
  const long resident_before = peak_resident_kb();
  Status status;
  auto model = Model::open_file(model_path, &status);
  if (!model) die(status.to_string());
  Classifier classifier(model);
  Result result;
  const auto classify8 = [&](const Message& m) { check(classifier.classify(m.text, m.sender, &result)); };
  const auto classify16 = [&](const Message& m) { check(classifier.classify(m.text16, m.sender16, &result)); };
  for (const Message& m : messages) classify8(m), classify16(m);
  print("peak_rss_added_kb", static_cast<double>(peak_resident_kb() - resident_before));

  // Steady state: the warm-up above has grown every scratch buffer.
  const std::uint64_t allocations_before = allocation_count();
  for (const Message& m : messages) classify8(m), classify16(m);
  print("allocations_per_classify",
        static_cast<double>(allocation_count() - allocations_before) / (2.0 * static_cast<double>(messages.size())));

  print("utf8_messages_per_s", messages_per_second(messages, seconds, classify8));
  print("utf16_messages_per_s", messages_per_second(messages, seconds, classify16));

  std::vector<double> latencies;
  for (int pass = 0; pass < 5; ++pass) {
    for (const Message& m : messages) {
      if (code_points(m.text) > kLatencyMaxChars) continue;
      const auto start = Clock::now();
      classify8(m);
      latencies.push_back(microseconds(Clock::now() - start));
    }
  }
  std::sort(latencies.begin(), latencies.end());
  const auto percentile = [&](double p) { return latencies[static_cast<std::size_t>(p * static_cast<double>(latencies.size() - 1))]; };
  print("latency_p50_us", percentile(0.50));
  print("latency_p99_us", percentile(0.99));
  print("latency_max_us", latencies.back());
}

}  // namespace
}  // namespace smsfilter::bench

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: smsfilter_bench MODEL DATA.tsv [SECONDS]\n");
    return 2;
  }
  smsfilter::bench::run(argv[1], argv[2], argc == 4 ? std::atof(argv[3]) : 3.0);
  return 0;
}
