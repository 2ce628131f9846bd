// The saved policy state under hostile times and interrupted writes.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <limits>

#include <catch2/catch.hpp>

#include "default_model.h"
#include "smsfilter/policy.h"

namespace smsfilter {
namespace {

Classifier default_classifier() {
  const std::string_view bytes = default_model_bytes();
  Status status;
  return Classifier(Model::open_buffer(bytes.data(), bytes.size(), &status));
}

std::shared_ptr<const Policy> flood_policy() {
  Status status;
  auto policy = Policy::parse("smsfilter-policy 1\nflood personal 5/day 2/hour\n", &status);
  REQUIRE(policy);
  return policy;
}

TEST_CASE("any message time keeps the state savable and restorable", "[policy][hostile]") {
  const auto policy = flood_policy();
  Classifier classifier = default_classifier();
  PolicyState state;
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  const std::int64_t times[] = {kMin, kMin + 1, kMin + 3599, kMin + 86399, -1, 0, kMax - 1, kMax};
  Decision decision;
  // More senders than the tracker keeps, so that the stalest are replaced.
  for (int sender = 0; sender < 300; ++sender) {
    for (std::int64_t time : times) {
      const std::string number = "138" + std::to_string(10000000 + sender);
      REQUIRE(policy->decide(&classifier, {"晚上一起吃饭吗", number, time}, &state, &decision).ok());
      PolicyState restored;
      INFO(time);
      REQUIRE(restored.restore(state.save()).ok());
    }
  }
  const std::string saved = state.save();
  PolicyState restored;
  REQUIRE(restored.restore(saved).ok());
  CHECK(restored.save() == saved);
  CHECK(restored.tracked_sender_count() == state.tracked_sender_count());
}

TEST_CASE("a state with its reserved header bytes set is refused", "[policy][hostile]") {
  const std::string saved = PolicyState().save();
  for (std::size_t byte : {6, 7}) {
    std::string bytes = saved;
    bytes[byte] = 1;
    PolicyState state;
    CHECK(state.restore(bytes).code() == StatusCode::kInvalidArgument);
  }
}

TEST_CASE("a state file killed mid-write keeps every feedback entry", "[policy][hostile]") {
  const std::string dir = "policy_state_file_test_dir";
  std::filesystem::create_directory(dir);
  const std::string path = dir + "/state";
  const auto policy = flood_policy();
  Classifier classifier = default_classifier();
  PolicyState state;
  for (int i = 0; i < 40; ++i) {
    const std::string text = "第" + std::to_string(i) + "条推广，回T退订";
    REQUIRE(policy->record_feedback(&classifier, {text, "1069" + std::to_string(i), {}}, Feedback::kSpam,
                                    &state).ok());
  }
  REQUIRE(state.save_file(path).ok());
  const std::size_t entries = state.feedback_entry_count();
  for (int attempt = 0; attempt < 20; ++attempt) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      for (;;) state.save_file(path);  // killed somewhere in here
    }
    ::usleep(static_cast<useconds_t>(200 + 300 * attempt));
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    PolicyState reread;
    REQUIRE(reread.restore(bytes).ok());
    CHECK(reread.feedback_entry_count() == entries);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace smsfilter
