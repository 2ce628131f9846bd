#include <string>

#include <catch2/catch.hpp>

#include "policy_test_support.h"
#include "smsfilter/classifier.h"
#include "test_support.h"

namespace smsfilter {
namespace {

using testing::decide;
using testing::model_says;

constexpr std::string_view kDefaults = "smsfilter-policy 1\n";

bool is_spam_category(Category c) { return c == Category::kMarketing || c == Category::kFraud; }

Status feedback(const Policy& policy, const testing::Incoming& message, const Result& result,
                Feedback verdict, PolicyState* state) {
  internal::PolicyScratch scratch;
  return Policy::Access::record_feedback(policy, testing::analysed(message.text),
                                         {message.text, message.sender, {}}, result, verdict, &scratch,
                                         state);
}

TEST_CASE("feedback of spam and of not spam moves a sender's messages", "[policy][feedback]") {
  const auto policy = testing::policy_from(kDefaults);
  PolicyState state;
  const testing::Incoming message{"今晚有空吗？来玩", "17012345678", {}};
  const Result personal = model_says(Category::kPersonal, 0.9f);
  REQUIRE(decide(*policy, message, personal, &state).action == Action::kAllow);

  REQUIRE(feedback(*policy, message, personal, Feedback::kSpam, &state).ok());
  Decision d = decide(*policy, message, personal, &state);
  CHECK(d.category == Category::kMarketing);
  CHECK(d.action == Action::kMute);
  REQUIRE(d.reasons.size() == 2);
  CHECK(d.reasons[0].kind == ReasonKind::kFeedback);
  CHECK(d.reasons[0].value == 5.0f);
  CHECK(d.probabilities[static_cast<std::size_t>(Category::kPersonal)] < 0.3f);

  // Other senders are untouched; "not spam" undoes the step.
  CHECK(decide(*policy, {message.text, "13800138000", {}}, personal, &state).action == Action::kAllow);
  REQUIRE(feedback(*policy, message, personal, Feedback::kNotSpam, &state).ok());
  d = decide(*policy, message, personal, &state);
  CHECK(d.action == Action::kAllow);
  CHECK_FALSE(d.has_reason(ReasonKind::kFeedback));
  CHECK(state.feedback_entry_count() == 0);
}

TEST_CASE("spam feedback leans to marketing, leaving fraud to the model, and not-spam feedback lifts a block",
          "[policy][feedback]") {
  const auto policy = testing::policy_from(kDefaults);
  PolicyState state;
  Result chat = model_says(Category::kPersonal, 0.9f);
  chat.probabilities = {0.9f, 0.01f, 0.01f, 0.005f, 0.075f};
  const testing::Incoming from_friend{"在吗", "13912345678", {}};
  REQUIRE(feedback(*policy, from_friend, chat, Feedback::kSpam, &state).ok());
  const Decision muted = decide(*policy, from_friend, chat, &state);
  CHECK(muted.category == Category::kMarketing);
  CHECK(muted.action == Action::kMute);
  CHECK(muted.probabilities[static_cast<std::size_t>(Category::kFraud)] == 0.075f);

  const Result scam = model_says(Category::kFraud, 0.999f);
  const testing::Incoming from_agent{"您的包裹已到", "17012345678", {}};
  REQUIRE(decide(*policy, from_agent, scam, &state).action == Action::kBlock);
  REQUIRE(feedback(*policy, from_agent, scam, Feedback::kNotSpam, &state).ok());
  const Decision lifted = decide(*policy, from_agent, scam, &state);
  CHECK_FALSE(is_spam_category(lifted.category));
  CHECK(lifted.action == Action::kAllow);
}

TEST_CASE("feedback on features carries over to other senders' similar messages", "[policy][feedback]") {
  const auto policy = testing::policy_from(kDefaults);
  PolicyState state;
  Result ad = model_says(Category::kMarketing, 0.9f);
  ad.top_features[0] = {"w:装修", 0.7f};
  ad.top_features[1] = {"m:url", 0.3f};  // too common to learn from
  ad.top_features[2] = {"c2:特价", 0.2f};
  ad.top_feature_count = 3;
  REQUIRE(feedback(*policy, {"装修找我们，http://a.cn", "10690000001", {}}, ad, Feedback::kNotSpam, &state).ok());
  CHECK(state.feedback_entry_count() == 3);  // the sender and two features

  const Decision d = decide(*policy, {"装修特价，http://b.cn", "10690000002", {}}, ad, &state);
  REQUIRE(d.has_reason(ReasonKind::kFeedback));
  CHECK(d.reasons[0].value == -2.0f);
  CHECK(reason_text(d.reasons[0], Language::kEnglish) == "Your earlier feedback moved it away from spam");
}

TEST_CASE("the overlay is bounded and round-trips through save and restore", "[policy][feedback]") {
  const auto policy = testing::policy_from(kDefaults);
  PolicyState state;
  const Result personal = model_says(Category::kPersonal, 0.9f);
  for (int i = 0; i < 600; ++i) {
    const std::string sender = "1380000" + std::to_string(1000 + i);
    REQUIRE(feedback(*policy, {"你好", sender, {}}, personal, Feedback::kSpam, &state).ok());
  }
  CHECK(state.feedback_entry_count() == 512);
  for (int i = 0; i < 3; ++i)  // weights stop at their limit
    REQUIRE(feedback(*policy, {"你好", "13800001599", {}}, personal, Feedback::kSpam, &state).ok());

  const std::string saved = state.save();
  CHECK(saved.size() < 16 * 1024);
  PolicyState restored;
  REQUIRE(restored.restore(saved).ok());
  CHECK(restored.save() == saved);
  CHECK(restored.feedback_entry_count() == 512);
  const Decision d = decide(*policy, {"你好", "13800001599", {}}, personal, &restored);
  CHECK(d.reasons[0].value == 10.0f);
  CHECK(decide(*policy, {"你好", "13800001000", {}}, personal, &restored).action == Action::kAllow);  // forgotten
}

TEST_CASE("damaged state bytes are refused and leave the state as it was", "[policy][feedback]") {
  const auto policy = testing::policy_from(kDefaults);
  PolicyState state;
  REQUIRE(feedback(*policy, {"你好", "13800138000", {}}, model_says(Category::kPersonal, 0.9f),
                   Feedback::kSpam, &state).ok());
  const std::string saved = state.save();
  std::string flipped = saved;
  flipped[20] = static_cast<char>(flipped[20] ^ 0x01);
  struct Case {
    std::string bytes;
    std::string_view error;
  };
  const Case cases[] = {
      {"", "not a saved policy state"},
      {"SMFX" + saved.substr(4), "not a saved policy state"},
      {saved.substr(0, 4) + std::string("\x03\x00", 2) + saved.substr(6), "unsupported version"},
      {flipped, "checksum mismatch"},
      {saved.substr(0, saved.size() - 1), "checksum mismatch"},
  };
  for (const Case& c : cases) {
    const Status status = state.restore(c.bytes);
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK_THAT(status.message(), Catch::Contains(std::string(c.error)));
    CHECK(state.save() == saved);
  }
}

TEST_CASE("a classifier-driven host decides and learns in one call each", "[policy][feedback]") {
  const std::string bytes = testing::train_fixture_model();
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(status.ok());
  Classifier classifier(model);
  const auto policy = testing::policy_from(kDefaults);
  PolicyState state;
  const Message code{"【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。", "1069000001", 1700000000};
  Decision d;
  REQUIRE(policy->decide(&classifier, code, &state, &d).ok());
  CHECK(d.category == Category::kSecurity);
  CHECK(d.action == Action::kAllow);
  REQUIRE(d.code);
  CHECK(d.code->code() == "482913");

  const Message chat{"周末一起去爬山吧", "13912345678", 1700000100};
  REQUIRE(policy->decide(&classifier, chat, &state, &d).ok());
  const float before = d.probabilities[static_cast<std::size_t>(Category::kMarketing)];
  REQUIRE(policy->record_feedback(&classifier, chat, Feedback::kSpam, &state).ok());
  REQUIRE(policy->decide(&classifier, chat, &state, &d).ok());
  CHECK(d.has_reason(ReasonKind::kFeedback));
  CHECK(d.probabilities[static_cast<std::size_t>(Category::kMarketing)] > before);

  CHECK(policy->decide(nullptr, chat, &state, &d).code() == StatusCode::kInvalidArgument);
  CHECK(policy->decide(&classifier, chat, &state, nullptr).code() == StatusCode::kInvalidArgument);
  CHECK(policy->record_feedback(&classifier, chat, Feedback::kSpam, nullptr).code() ==
        StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace smsfilter
