// The saved policy state under hostile times and interrupted writes.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>

#include <catch2/catch.hpp>

#include "default_model.h"
#include "smsfilter/model_format.h"
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

std::string state_with_flood_and_feedback() {
  const auto policy = flood_policy();
  Classifier classifier = default_classifier();
  PolicyState state;
  Decision decision;
  REQUIRE(policy->decide(&classifier, {"晚上一起吃饭吗", "13800001111", 1700000000}, &state, &decision).ok());
  REQUIRE(policy->record_feedback(&classifier, {"回T退订", "10690001", {}}, Feedback::kSpam, &state).ok());
  return state.save();
}

// `bytes` with its checksum recomputed over [0, 8) (unless `cover_header` is false) and [12, end).
std::string with_checksum(std::string bytes, bool cover_header) {
  auto* p = reinterpret_cast<unsigned char*>(bytes.data());
  const std::uint32_t header = cover_header ? format::crc32c(p, 8) : 0;
  format::store_u32(p + 8, format::crc32c(p + 12, bytes.size() - 12, header));
  return bytes;
}

// Why restoring `bytes` failed ("" if it didn't), having checked that a failure is an invalid
// argument that leaves the state empty.
std::string restore_error(std::string_view bytes) {
  PolicyState state;
  const Status status = state.restore(bytes);
  if (!status.ok()) {
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK(state.tracked_sender_count() + state.feedback_entry_count() == 0);
  }
  return status.message();
}

TEST_CASE("every byte of a saved state's header is under its checksum", "[policy][hostile]") {
  const std::string saved = state_with_flood_and_feedback();
  REQUIRE(restore_error(saved).empty());
  for (std::size_t byte = 0; byte < 12; ++byte) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bytes = saved;
      bytes[byte] = static_cast<char>(bytes[byte] ^ (1 << bit));
      INFO("byte " << byte << " bit " << bit);
      const std::string error = restore_error(bytes);
      CHECK(!error.empty());
      if (byte >= 6) CHECK(error == "policy state: checksum mismatch");
    }
  }
  std::string reserved_set = saved;
  reserved_set[7] = 1;
  CHECK(restore_error(with_checksum(reserved_set, false)) == "policy state: checksum mismatch");
  CHECK(restore_error(with_checksum(reserved_set, true)) == "policy state: reserved bytes set");
}

TEST_CASE("a state saved by version 1, whose checksum left out the header, is still read",
          "[policy]") {
  std::ifstream file(std::string(SMSFILTER_SOURCE_DIR) + "/tests/data/policy_state_version1.bin",
                     std::ios::binary);
  const std::string version1{std::istreambuf_iterator<char>(file), {}};
  REQUIRE(version1.substr(0, 6) == std::string("SMPS\x01\0", 6));
  PolicyState state;
  REQUIRE(state.restore(version1).ok());
  CHECK(state.tracked_sender_count() > 0);
  CHECK(state.feedback_entry_count() > 0);
  const std::string saved = state.save();
  CHECK(saved.substr(4, 2) == std::string("\x02\0", 2));
  CHECK(saved.substr(12) == version1.substr(12));
  PolicyState reread;
  REQUIRE(reread.restore(saved).ok());
  CHECK(reread.save() == saved);

  // Its header is checked byte by byte instead.
  std::string reserved_set = version1;
  reserved_set[6] = 1;
  CHECK(restore_error(with_checksum(reserved_set, false)) == "policy state: reserved bytes set");
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
