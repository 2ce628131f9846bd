// Under the default policy and model, no security or transaction message of the labeled
// test set or of the field OTP set is blocked. Prints, per file, how many of them are
// muted and by which reasons, and what became of the fraud messages.
// usage: protection_data_test DATA_DIR   (exit 77 when DATA_DIR lacks both files)
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "program_support.h"
#include "smsfilter/train/dataset.h"

namespace smsfilter {
namespace {

struct Tally {
  int messages = 0;
  std::map<Action, int> actions;
  std::map<std::string, int> muted_by;  // the reasons of muted messages, joined

  void add(const Decision& d) {
    ++messages;
    ++actions[d.action];
    if (d.action != Action::kMute) return;
    std::string reasons;
    for (const Reason& r : d.reasons) reasons += (reasons.empty() ? "" : "+") + std::string(reason_kind_name(r.kind));
    ++muted_by[reasons];
  }

  void print(const char* file, const char* what) const {
    std::printf("%s: %d %s:", file, messages, what);
    for (const auto& [action, count] : actions) std::printf(" %s %d", std::string(action_name(action)).c_str(), count);
    std::printf("\n");
    for (const auto& [reasons, count] : muted_by) std::printf("  muted by %s: %d\n", reasons.c_str(), count);
  }
};

// The labeled test set: every row with its sender.
bool read_labeled(const std::string& path, std::vector<train::Example>* out) {
  return train::read_dataset(path, out).ok();
}

// otp/field.tsv: `text code source`, real security messages without a sender.
bool read_field_codes(const std::string& path, std::vector<train::Example>* out) {
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) return false;
  while (std::getline(in, line)) {
    train::Example example;
    example.label = Category::kSecurity;
    example.text = train::unescape_field(line.substr(0, line.find('\t')));
    out->push_back(std::move(example));
  }
  return true;
}

int run(const std::string& data_dir) {
  auto setup = testing::open_default_model_and_policy("protection_data_test", "smsfilter-policy 1\n");
  if (!setup) return 1;
  Classifier& classifier = *setup->classifier;
  const Policy& policy = *setup->policy;
  int blocked = 0, files = 0;
  for (const auto& [name, read] : {std::make_pair("test.tsv", &read_labeled),
                                   std::make_pair("otp/field.tsv", &read_field_codes)}) {
    std::vector<train::Example> examples;
    if (!read(data_dir + "/" + name, &examples)) continue;
    ++files;
    Tally kept, fraud;
    for (const train::Example& example : examples) {
      Decision d;
      const Status status = policy.decide(&classifier, {example.text, example.sender, {}}, nullptr, &d);
      if (!status.ok()) {
        std::fprintf(stderr, "protection_data_test: %s\n", status.to_string().c_str());
        return 1;
      }
      if (example.label == Category::kFraud) fraud.add(d);
      if (example.label != Category::kSecurity && example.label != Category::kTransaction) continue;
      kept.add(d);
      if (d.action == Action::kBlock) {
        ++blocked;
        std::printf("BLOCKED %s (%s): %s\n", name, example.source.c_str(), describe(d).c_str());
      }
    }
    kept.print(name, "security and transaction");
    if (fraud.messages > 0) fraud.print(name, "fraud");
  }
  if (files == 0) {
    std::printf("no test.tsv or otp/field.tsv in %s: skipped\n", data_dir.c_str());
    return testing::kSkipped;
  }
  return blocked == 0 ? 0 : 1;
}

}  // namespace
}  // namespace smsfilter

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: protection_data_test DATA_DIR\n");
    return 2;
  }
  return smsfilter::run(argv[1]);
}
