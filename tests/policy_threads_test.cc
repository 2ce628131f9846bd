#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "policy_test_support.h"

namespace smsfilter {
namespace {

// Each thread decides the same messages with its own state and scratch (a Classifier's);
// run under TSan this also checks that deciding touches nothing shared but the immutable
// policy.
TEST_CASE("threads share one policy, each with its own state", "[policy][threads]") {
  const auto policy = testing::policy_from(
      "smsfilter-policy 1\ncategory marketing allow\nflood marketing 2/hour\n"
      "block keyword 裸聊 id=adult\nallow prefix 95588\nmute pattern 贷款*利息\n");
  std::vector<std::pair<std::string, internal::MessageAnalysis>> texts;  // as received, analysed
  for (std::string text : {"加我看裸聊", "【工商银行】验证码 482913", "贷款低利息", "双11大促"})
    texts.emplace_back(text, testing::analysed(text));
  const Result result = testing::model_says(Category::kMarketing, 0.9f);
  const auto run = [&](std::vector<std::string>* log) {
    PolicyState state;
    internal::PolicyScratch scratch;
    for (int i = 0; i < 200; ++i) {
      const auto& [text, analysis] = texts[static_cast<std::size_t>(i) % texts.size()];
      Decision d;
      const Message message{text, i % 2 ? "95588" : "10690001", 1700000000 + i * 60};
      if (!Policy::Access::decide(*policy, analysis, message, result, &scratch, &state, &d).ok()) return;
      log->push_back(describe(d));
    }
  };
  std::vector<std::string> expected;
  run(&expected);
  REQUIRE(expected.size() == 200);

  std::vector<std::vector<std::string>> logs(4);
  std::vector<std::thread> threads;
  for (auto& log : logs) threads.emplace_back(run, &log);
  for (std::thread& t : threads) t.join();
  for (const auto& log : logs) CHECK(log == expected);
}

}  // namespace
}  // namespace smsfilter
