// A 30 MB message or sender is decided with a bounded amount of memory: what classify and
// decide read is bounded in visible characters and bytes scanned (lib/common/visible_text.h).
// Asserts the peak resident set added by one decide; prints its time.
// usage: large_input POLICY
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "program_support.h"

namespace smsfilter {
namespace {

constexpr std::size_t kInputBytes = 30u << 20;
constexpr long kMaxAddedKb = 20 * 1024;

// The peak resident set (VmHWM), after resetting it to the current one.
long peak_resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}
bool reset_peak_resident() { return static_cast<bool>(std::ofstream("/proc/self/clear_refs") << "5"); }

std::string filled(std::string_view unit, std::string_view middle) {
  std::string out;
  out.reserve(kInputBytes + middle.size());
  while (out.size() < kInputBytes / 2) out.append(unit);
  out.append(middle);
  while (out.size() < kInputBytes) out.append(unit);
  return out;
}

int run(const std::string& policy_path) {
  auto setup = testing::open_default_model_and_policy_file("large_input", policy_path);
  if (!setup) return 1;
  Classifier& classifier = *setup->classifier;
  const Policy& policy = *setup->policy;
  PolicyState state;
  Decision decision;
  // Warm: the first decide allocates the classifier's buffers.
  if (!policy.decide(&classifier, {"验证码482913", "95588", 0}, &state, &decision).ok()) return 1;

  struct Case {
    const char* name;
    std::string unit;
    bool as_sender;
  };
  const Case cases[] = {
      {"message of U+200B", "\u200B", false}, {"message of spaces", " ", false},
      {"message of digits", "1", false},      {"message of 验证码 48291", "验证码 48291 ", false},
      {"message of U+0301", "\u0301", false}, {"message of invalid UTF-8", "\xFF", false},
      {"sender of digits", "1", true},        {"sender of U+200B", "\u200B", true},
  };
  int failures = 0;
  for (const Case& c : cases) {
    const std::string input = filled(c.unit, "您的验证码为482913");
    const std::string_view text = c.as_sender ? std::string_view("您的验证码为482913") : input;
    const std::string_view sender = c.as_sender ? std::string_view(input) : "95588";
    if (!reset_peak_resident()) {
      std::fprintf(stderr, "large_input: can't reset the peak resident set\n");
      return 1;
    }
    const long before = peak_resident_kb();
    double best_ms = 0;
    Status status;
    for (int run = 0; run < 5 && status.ok(); ++run) {
      const auto start = std::chrono::steady_clock::now();
      status = policy.decide(&classifier, {text, sender, 1}, &state, &decision);
      const std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - start;
      if (run == 0 || ms.count() < best_ms) best_ms = ms.count();
    }
    const long added = peak_resident_kb() - before;
    std::printf("30 MB %s: %.2f ms (best of 5), %ld KB added peak resident\n", c.name, best_ms, added);
    if (!status.ok() || added > kMaxAddedKb) {
      std::printf("  FAILED (at most %ld KB)\n", kMaxAddedKb);
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace
}  // namespace smsfilter

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: large_input POLICY\n");
    return 2;
  }
  return smsfilter::run(argv[1]);
}
