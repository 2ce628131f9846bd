// Errors never carry message text: a message holding a marker goes through every failing
// path we can provoke, in the C++ API and the C API (smsf_last_error), and no error
// message may hold any 4-byte piece of it.
#include <memory>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "default_model.h"
#include "smsfilter.h"
#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"

namespace smsfilter {
namespace {

constexpr std::string_view kText = "【ZQXJ银行】您的验证码为Zq7xJ4，请勿泄露给他人。";
constexpr std::u16string_view kText16 = u"【ZQXJ银行】您的验证码为Zq7xJ4，请勿泄露给他人。";
constexpr std::string_view kSender = "ZQXJsender";
constexpr std::u16string_view kSender16 = u"ZQXJsender";

// Fails if `error` holds any 4-byte piece of the message text or sender.
void check_no_text(std::string_view error) {
  INFO(error);
  CHECK_FALSE(error.empty());
  for (std::string_view text : {kText, kSender}) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
      INFO("piece at byte " << i);
      CHECK(error.find(text.substr(i, 4)) == std::string_view::npos);
    }
  }
}

std::shared_ptr<const Model> default_model() {
  const std::string_view bytes = default_model_bytes();
  Status status;
  auto model = Model::open_buffer(bytes.data(), bytes.size(), &status);
  REQUIRE(model);
  return model;
}

TEST_CASE("C++ API errors hold no message text", "[hostile][privacy]") {
  Classifier classifier(default_model());
  check_no_text(classifier.classify(kText, kSender, nullptr).message());
  check_no_text(classifier.classify(kText16, kSender16, nullptr).message());

  Status status;
  const auto policy = Policy::parse("smsfilter-policy 1\n", &status);
  REQUIRE(policy);
  const Message message{kText, kSender, 1700000000};
  PolicyState state;
  Decision decision;
  check_no_text(policy->decide(nullptr, message, &state, &decision).message());
  check_no_text(policy->decide(&classifier, message, &state, nullptr).message());
  check_no_text(policy->record_feedback(&classifier, message, Feedback::kSpam, nullptr).message());
  check_no_text(policy->record_feedback(nullptr, message, Feedback::kSpam, &state).message());

  // Bytes a host stored as a model or a state, holding the text.
  const std::string bytes = "SMSF" + std::string(kText);
  CHECK(Model::open_buffer(bytes.data(), bytes.size(), &status) == nullptr);
  check_no_text(status.message());
  check_no_text(state.restore(std::string(kText)).message());
  check_no_text(state.restore("SMPS" + std::string(kText)).message());
  check_no_text(state.restore(state.save() + std::string(kText)).message());
}

TEST_CASE("C API errors hold no message text", "[hostile][privacy]") {
  const std::string_view bytes = default_model_bytes();
  smsf_model* model = nullptr;
  REQUIRE(smsf_model_open_buffer(bytes.data(), bytes.size(), &model) == SMSF_STATUS_OK);
  smsf_classifier* classifier = nullptr;
  REQUIRE(smsf_classifier_new(model, &classifier) == SMSF_STATUS_OK);
  smsf_model_release(model);
  smsf_policy* policy = nullptr;
  const std::string_view policy_text = "smsfilter-policy 1\n";
  REQUIRE(smsf_policy_parse(policy_text.data(), policy_text.size(), &policy) == SMSF_STATUS_OK);
  smsf_policy_state* state = nullptr;
  REQUIRE(smsf_policy_state_new(&state) == SMSF_STATUS_OK);

  const smsf_result* result = nullptr;
  CHECK(smsf_classify_utf8(nullptr, kText.data(), kText.size(), kSender.data(), kSender.size(),
                           &result) == SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());
  CHECK(smsf_classify_utf8(classifier, kText.data(), kText.size(), kSender.data(), kSender.size(),
                           nullptr) == SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());
  const auto* text16 = reinterpret_cast<const std::uint16_t*>(kText16.data());
  const auto* sender16 = reinterpret_cast<const std::uint16_t*>(kSender16.data());
  CHECK(smsf_classify_utf16(classifier, text16, kText16.size(), sender16, kSender16.size(),
                            nullptr) == SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());

  const smsf_decision* decision = nullptr;
  CHECK(smsf_decide_utf8(policy, classifier, kText.data(), kText.size(), kSender.data(),
                         kSender.size(), 1700000000, state, nullptr) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());
  CHECK(smsf_decide_utf8(nullptr, classifier, kText.data(), kText.size(), kSender.data(),
                         kSender.size(), 1700000000, state, &decision) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());
  CHECK(smsf_decide_utf16(policy, classifier, text16, kText16.size(), sender16, kSender16.size(),
                          1700000000, state, nullptr) == SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());
  CHECK(smsf_record_feedback_utf8(policy, classifier, kText.data(), kText.size(), kSender.data(),
                                  kSender.size(), SMSF_FEEDBACK_SPAM, nullptr) ==
        SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());

  CHECK(smsf_policy_state_restore(state, kText.data(), kText.size()) == SMSF_STATUS_INVALID_ARGUMENT);
  check_no_text(smsf_last_error());
  CHECK(smsf_model_open_buffer(kText.data(), kText.size(), &model) != SMSF_STATUS_OK);
  check_no_text(smsf_last_error());

  smsf_policy_state_free(state);
  smsf_policy_release(policy);
  smsf_classifier_free(classifier);
}

}  // namespace
}  // namespace smsfilter
