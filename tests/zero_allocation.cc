// Once a Classifier has seen messages as long as the next ones, classify() allocates no
// heap memory, and neither does Policy::decide() into a Decision the caller reuses: every
// fixture message classified again, as UTF-8 and as UTF-16, and decided again under a
// policy with rules of every kind, flood limits and feedback, through the C++ API and
// through the C API (as UTF-8 and UTF-16, as an iOS extension calls it), must not call
// operator new (counted by bench/allocation_counter.cc, linked into this program). What
// decide() reuses is the Classifier's, not the thread's: a warm Classifier handed to
// another thread, as a host's thread pool does, allocates nothing there either.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "allocation_counter.h"
#include "default_model.h"
#include "smsfilter.h"
#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"
#include "test_support.h"
#include "common/utf.h"

namespace smsfilter {
namespace {

struct Message {
  std::string text, sender;
  std::u16string text16, sender16;
};

std::vector<Message> fixture() {
  std::vector<Message> messages;
  for (const train::Example& example : testing::fixture_messages()) {
    Message m{example.text, example.sender, {}, {}};
    internal::utf8_to_utf16(m.text, m.text.size(), &m.text16);
    internal::utf8_to_utf16(m.sender, m.sender.size(), &m.sender16);
    messages.push_back(std::move(m));
  }
  return messages;
}

// Rules of every kind, flood limits and trusted domains: everything decide() reads.
constexpr std::string_view kPolicy =
    "smsfilter-policy 1\n"
    "category marketing mute\n"
    "flood marketing 3/day 1/hour\n"
    "flood personal 5/day 2/hour\n"
    "trust example.com\n"
    "allow prefix 95588 id=icbc\n"
    "block sender 17012345678\n"
    "mute signature 某某商城 id=shop\n"
    "block keyword 裸聊 priority=10 id=adult\n"
    "mute pattern 贷款*利息 id=loans\n";

// Counts the allocations of `pass` run twice: in the warm-up (which must allocate, or
// the counter counts nothing) and after it (which must not).
template <typename Pass>
bool allocates_nothing_once_warm(const char* what, std::size_t count, Pass pass) {
  const std::uint64_t start = bench::allocation_count();
  if (!pass(0)) return false;
  const std::uint64_t warm = bench::allocation_count();
  if (!pass(1)) return false;
  const std::uint64_t warm_up_allocations = warm - start;
  const std::uint64_t allocations = bench::allocation_count() - warm;
  std::printf("%zu messages %s twice: %llu allocations in the warm-up, %llu after\n", count, what,
              static_cast<unsigned long long>(warm_up_allocations),
              static_cast<unsigned long long>(allocations));
  return warm_up_allocations > 0 && allocations == 0;
}

int run() {
  const std::string_view bytes = default_model_bytes();
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  if (!model) {
    std::fprintf(stderr, "zero_allocation: %s\n", status.to_string().c_str());
    return 1;
  }
  Classifier classifier(std::move(model));
  const std::vector<Message> messages = fixture();
  Result result;
  const bool classify_ok = allocates_nothing_once_warm("classified", messages.size(), [&](int) {
    for (const Message& m : messages) {
      if (!classifier.classify(m.text, m.sender, &result).ok() ||
          !classifier.classify(m.text16, m.sender16, &result).ok()) {
        return false;
      }
    }
    return true;
  });

  const auto policy = Policy::parse(kPolicy, &status);
  if (!policy) {
    std::fprintf(stderr, "zero_allocation: %s\n", status.to_string().c_str());
    return 1;
  }
  PolicyState state;
  // Feedback on a few messages, so that the overlay has entries to look up.
  for (std::size_t i = 0; i < messages.size(); i += 7) {
    const Feedback verdict = i % 2 ? Feedback::kSpam : Feedback::kNotSpam;
    if (!policy->record_feedback(&classifier, {messages[i].text, messages[i].sender, {}}, verdict, &state).ok())
      return 1;
  }
  Decision decision;
  const auto decide_all = [&](int pass) {
    // A minute apart, and each pass two days later: flood histories keep their size.
    const std::int64_t start = 1700000000 + pass * 2 * 86400;
    for (std::size_t i = 0; i < messages.size(); ++i) {
      const Message& m = messages[i];
      const std::int64_t time = start + static_cast<std::int64_t>(i) * 60;
      if (!policy->decide(&classifier, {m.text, m.sender, time}, &state, &decision).ok()) return false;
    }
    return true;
  };
  const bool decide_ok = allocates_nothing_once_warm("decided", messages.size(), decide_all);
  // Counted inside the thread: starting one allocates.
  bool other_thread_ok = false;
  std::thread([&] {
    const std::uint64_t start = bench::allocation_count();
    if (!decide_all(2)) return;
    const std::uint64_t allocations = bench::allocation_count() - start;
    std::printf("%zu messages decided again on another thread: %llu allocations\n", messages.size(),
                static_cast<unsigned long long>(allocations));
    other_thread_ok = allocations == 0;
  }).join();

  smsf_model* c_model = nullptr;
  smsf_classifier* c_classifier = nullptr;
  smsf_policy* c_policy = nullptr;
  smsf_policy_state* c_state = nullptr;
  if (smsf_model_open_buffer(bytes.data(), bytes.size(), &c_model) != SMSF_STATUS_OK ||
      smsf_classifier_new(c_model, &c_classifier) != SMSF_STATUS_OK ||
      smsf_policy_parse(kPolicy.data(), kPolicy.size(), &c_policy) != SMSF_STATUS_OK ||
      smsf_policy_state_new(&c_state) != SMSF_STATUS_OK) {
    std::fprintf(stderr, "zero_allocation: %s\n", smsf_last_error());
    return 1;
  }
  const bool c_ok = allocates_nothing_once_warm("decided through the C API", messages.size(), [&](int pass) {
    const std::int64_t start = 1700000000 + pass * 2 * 86400;
    for (std::size_t i = 0; i < messages.size(); ++i) {
      const Message& m = messages[i];
      const std::int64_t time = start + static_cast<std::int64_t>(i) * 60;
      const smsf_decision* d = nullptr;
      if (smsf_decide_utf8(c_policy, c_classifier, m.text.data(), m.text.size(), m.sender.data(),
                           m.sender.size(), time, c_state, &d) != SMSF_STATUS_OK ||
          smsf_decide_utf16(c_policy, c_classifier, reinterpret_cast<const std::uint16_t*>(m.text16.data()),
                            m.text16.size(), reinterpret_cast<const std::uint16_t*>(m.sender16.data()),
                            m.sender16.size(), time, c_state, &d) != SMSF_STATUS_OK) {
        return false;
      }
    }
    return true;
  });
  smsf_policy_state_free(c_state);
  smsf_policy_release(c_policy);
  smsf_classifier_free(c_classifier);
  smsf_model_release(c_model);
  return classify_ok && decide_ok && other_thread_ok && c_ok ? 0 : 1;
}

}  // namespace
}  // namespace smsfilter

int main() { return smsfilter::run(); }
