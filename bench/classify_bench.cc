// Speed and memory of classify() and of classify + decide under the default policy, on
// one core, for docs/performance.md: prints "name<TAB>value" lines that
// bench/performance.sh and bench/compare.sh turn into tables. Uses the public API only,
// so that bench/compare.sh can build this same file at an older commit.
// usage: smsfilter_bench MODEL DATA.tsv [SECONDS]
//   MODEL    a .smsf file
//   DATA     labeled messages; only the real ones are used (real_messages.h)
//   SECONDS  how long each throughput loop runs (default 3)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "allocation_counter.h"
#include "measure.h"
#include "real_messages.h"
#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"

namespace smsfilter::bench {
namespace {

constexpr std::size_t kLatencyMaxChars = 200;

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "smsfilter_bench: %s\n", what.c_str());
  std::exit(1);
}

void check(const Status& status) {
  if (!status.ok()) die(status.to_string());
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

// The costliest text of at most a thousand characters we know of, against chat of the same
// length: a code followed by short sentences, each a part of a notice the classifier may
// read apart from the rest (at most four in full, since the twenty-sixth session).
void measure_hostile(Classifier* classifier) {
  constexpr std::size_t kChars = 990;
  std::string sentences = "【招商银行】您的验证码为482913，5分钟内有效。", chat;
  while (code_points(sentences) + 15 <= kChars) sentences += "请联系。请联系。请联系。涉嫌。";
  while (code_points(chat) + 16 <= kChars) chat += "周末一起去爬山吗？我带了新相机。";
  Result result;
  print("hostile_sentences_us", median_microseconds(101, [&] { check(classifier->classify(sentences, "", &result)); }));
  print("same_length_chat_us", median_microseconds(101, [&] { check(classifier->classify(chat, "", &result)); }));
}

void run(const std::string& model_path, const std::string& data_path, double seconds) {
  const std::vector<Message> messages = read_real_messages(data_path);
  if (messages.empty()) die(data_path + ": no real messages");
  print("messages", static_cast<double>(messages.size()));

  // First, before anything freed could be reused: the memory a model and a classifier add.
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
  measure_load(model_path);

  // Steady state: the warm-up above has grown every scratch buffer.
  const std::uint64_t allocations_before = allocation_count();
  for (const Message& m : messages) classify8(m), classify16(m);
  print("allocations_per_classify", static_cast<double>(allocation_count() - allocations_before) /
                                        (2.0 * static_cast<double>(messages.size())));

  print("messages_per_s", messages_per_second(messages, seconds, classify8));
  print("utf16_messages_per_s", messages_per_second(messages, seconds, classify16));

  std::vector<Message> short_messages;
  for (const Message& m : messages) {
    if (code_points(m.text) <= kLatencyMaxChars) short_messages.push_back(m);
  }
  print("short_messages", static_cast<double>(short_messages.size()));
  print_latencies(short_messages, classify8);
  measure_hostile(&classifier);

  // classify + decide under the default policy, as a phone calls them.
  const auto policy = Policy::parse("smsfilter-policy 1\n", &status);
  if (!policy) die(status.to_string());
  Decision decision;
  const auto decide = [&](const Message& m) {
    check(policy->decide(&classifier, {m.text, m.sender, {}}, nullptr, &decision));
  };
  for (const Message& m : messages) decide(m);
  const std::uint64_t decide_allocations_before = allocation_count();
  for (const Message& m : messages) decide(m);
  print("allocations_per_decide", static_cast<double>(allocation_count() - decide_allocations_before) /
                                      static_cast<double>(messages.size()));
  print("decide_messages_per_s", messages_per_second(messages, seconds, decide));
  print_latencies(short_messages, decide, "decide_");
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
