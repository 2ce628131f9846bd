// The padding attack on the fixture's fraud and marketing messages, and on senders.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "default_model.h"
#include "padding_attack.h"
#include "test_support.h"

namespace smsfilter {
namespace {

std::shared_ptr<const Policy> example_policy() {
  std::stringstream text;
  text << std::ifstream(std::string(SMSFILTER_SOURCE_DIR) + "/examples/policy.txt").rdbuf();
  Status status;
  auto policy = Policy::parse(text.str(), &status);
  INFO(status.to_string());
  REQUIRE(policy);
  return policy;
}

Classifier default_classifier() {
  const std::string_view bytes = default_model_bytes();
  Status status;
  return Classifier(Model::open_buffer(bytes.data(), bytes.size(), &status));
}

TEST_CASE("padding a fraud or marketing message changes no decision", "[hostile][padding]") {
  const auto policy = example_policy();
  Classifier classifier = default_classifier();
  long messages = 0;
  for (const train::Example& example : testing::fixture_messages()) {
    if (example.label != Category::kFraud && example.label != Category::kMarketing) continue;
    ++messages;
    INFO(example.text);
    const long decided = testing::check_padding(
        *policy, &classifier, example.text, example.sender,
        [](const testing::PaddingKind& kind, std::size_t count, testing::Placement placement) {
          FAIL_CHECK(count << " x " << kind.name << " " << placement_name(placement));
        });
    CHECK(decided == 7 * 2 * 3);
  }
  CHECK(messages == 24);
}

TEST_CASE("invisible characters in a sender don't dodge a sender rule", "[hostile][padding]") {
  const auto policy = example_policy();
  Classifier classifier = default_classifier();
  const std::string_view text = "您好，明天下午三点开会，请准时参加";
  Decision plain, padded;
  REQUIRE(policy->decide(&classifier, {text, "17012345678", {}}, nullptr, &plain).ok());
  REQUIRE(plain.action == Action::kBlock);
  for (const testing::PaddingKind& kind : testing::kPaddingKinds) {
    INFO(kind.name);
    const std::string sender = "1" + std::string(kind.unit) + "70" +
                               testing::padded("12345678", kind.unit, 10000, testing::Placement::kBoth);
    REQUIRE(policy->decide(&classifier, {text, sender, {}}, nullptr, &padded).ok());
    CHECK(padded.action == Action::kBlock);
  }
}

TEST_CASE("a verification code behind padding is still extracted", "[hostile][padding]") {
  const std::string_view text = "【招商银行】您的验证码为482913，请勿泄露";
  for (const testing::PaddingKind& kind : testing::kPaddingKinds) {
    INFO(kind.name);
    const auto code =
        extract_verification_code(testing::padded(text, kind.unit, 10000, testing::Placement::kBoth));
    REQUIRE(code);
    CHECK(code->code() == "482913");
    CHECK(code->issuer() == "招商银行");
  }
}

}  // namespace
}  // namespace smsfilter
