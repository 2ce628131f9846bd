// Decides arbitrary messages at arbitrary times (any int64, the extremes included) with
// flood control and feedback on, then checks that the state saves to bytes that restore
// to itself: no time may break the state a host persists.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "smsfilter/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter;
  static const std::shared_ptr<const Policy> policy = [] {
    Status status;
    auto parsed = Policy::parse(
        "smsfilter-policy 1\nflood personal 3/day 1/hour\nflood marketing 2/day 1/hour\n", &status);
    fuzz::require(parsed != nullptr, "the policy parses");
    return parsed;
  }();
  static Classifier classifier(fuzz::default_model());
  PolicyState state;
  // Records of: 8 bytes of time, 1 byte of sender, 1 byte of text length, the text.
  std::size_t i = 0;
  while (size - i >= 10) {
    std::int64_t time;
    std::memcpy(&time, data + i, 8);
    const std::string sender = "1380000" + std::to_string(data[i + 8]);
    const std::size_t length = std::min<std::size_t>(data[i + 9], size - i - 10);
    const std::string_view text(reinterpret_cast<const char*>(data + i + 10), length);
    i += 10 + length;
    Decision decision;
    fuzz::require(policy->decide(&classifier, {text, sender, time}, &state, &decision).ok(),
                  "decide succeeds at any time");
    if (time % 7 == 0) policy->record_feedback(&classifier, {text, sender, time}, Feedback::kSpam, &state);
  }
  const std::string saved = state.save();
  PolicyState reread;
  fuzz::require(reread.restore(saved).ok() && reread.save() == saved,
                "a state saves to bytes that restore to itself");
  return 0;
}
