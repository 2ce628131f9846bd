// Errors never carry message text: a message holding a marker goes through every failing
// path we can provoke, in the C++ API and the C API (smsf_last_error), and no error
// message may hold any 8-byte piece of it. Hostile text (invalid UTF-8, unpaired
// surrogates, megabytes) is no error at all. Python: bindings/python/tests/privacy_test.py;
// Java: bindings/android/tests/org/smsfilter/test/PrivacyTest.java.
#include <functional>
#include <iterator>
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

// Fails if `error` holds any 8-byte piece of the message text or sender.
void check_no_text(std::string_view error) {
  INFO(error);
  CHECK_FALSE(error.empty());
  for (std::string_view text : {kText, kSender}) {
    for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
      INFO("piece at byte " << i);
      CHECK(error.find(text.substr(i, 8)) == std::string_view::npos);
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

TEST_CASE("hostile text is read, not refused", "[hostile][privacy]") {
  Classifier classifier(default_model());
  Result result;
  const std::string invalid_utf8 = "\xff" + std::string(kText) + "\xc0\xaf\xed\xa0\x80";
  CHECK(classifier.classify(invalid_utf8, "\xff", &result).ok());
  const std::u16string unpaired = u"\xdc00" + std::u16string(kText16) + u"\xd800";
  CHECK(classifier.classify(unpaired, u"\xd800", &result).ok());
  std::string oversized;
  while (oversized.size() < (8u << 20)) oversized += kText;
  CHECK(classifier.classify(oversized, oversized, &result).ok());
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

  const char* text = kText.data();
  const std::size_t size = kText.size();
  const char* sender = kSender.data();
  const std::size_t sender_size = kSender.size();
  const auto* text16 = reinterpret_cast<const std::uint16_t*>(kText16.data());
  const std::size_t length16 = kText16.size();
  const auto* sender16 = reinterpret_cast<const std::uint16_t*>(kSender16.data());
  const std::size_t sender_length16 = kSender16.size();
  const smsf_result* result = nullptr;
  const smsf_decision* decision = nullptr;
  constexpr std::int64_t kTime = 1700000000;
  const auto bad_feedback = static_cast<smsf_feedback>(7);
  smsf_model* refused_model = nullptr;
  smsf_policy* refused_policy = nullptr;
  // Every argument check of every call that takes a message, and the stored bytes a host
  // reads back: each fails, with an error of its own.
  const std::function<smsf_status()> failing_calls[] = {
      [&] { return smsf_classify_utf8(nullptr, text, size, sender, sender_size, &result); },
      [&] { return smsf_classify_utf8(classifier, nullptr, size, sender, sender_size, &result); },
      [&] { return smsf_classify_utf8(classifier, text, size, nullptr, sender_size, &result); },
      [&] { return smsf_classify_utf8(classifier, text, size, sender, sender_size, nullptr); },
      [&] { return smsf_classify_utf16(nullptr, text16, length16, sender16, sender_length16, &result); },
      [&] { return smsf_classify_utf16(classifier, nullptr, length16, sender16, sender_length16, &result); },
      [&] { return smsf_classify_utf16(classifier, text16, length16, nullptr, sender_length16, &result); },
      [&] { return smsf_classify_utf16(classifier, text16, length16, sender16, sender_length16, nullptr); },
      [&] { return smsf_decide_utf8(nullptr, classifier, text, size, sender, sender_size, kTime, state, &decision); },
      [&] { return smsf_decide_utf8(policy, nullptr, text, size, sender, sender_size, kTime, state, &decision); },
      [&] { return smsf_decide_utf8(policy, classifier, nullptr, size, sender, sender_size, kTime, state, &decision); },
      [&] { return smsf_decide_utf8(policy, classifier, text, size, nullptr, sender_size, kTime, state, &decision); },
      [&] { return smsf_decide_utf8(policy, classifier, text, size, sender, sender_size, kTime, state, nullptr); },
      [&] { return smsf_decide_utf16(nullptr, classifier, text16, length16, sender16, sender_length16, kTime, state, &decision); },
      [&] { return smsf_decide_utf16(policy, nullptr, text16, length16, sender16, sender_length16, kTime, state, &decision); },
      [&] { return smsf_decide_utf16(policy, classifier, nullptr, length16, sender16, sender_length16, kTime, state, &decision); },
      [&] { return smsf_decide_utf16(policy, classifier, text16, length16, nullptr, sender_length16, kTime, state, &decision); },
      [&] { return smsf_decide_utf16(policy, classifier, text16, length16, sender16, sender_length16, kTime, state, nullptr); },
      [&] { return smsf_record_feedback_utf8(nullptr, classifier, text, size, sender, sender_size, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf8(policy, nullptr, text, size, sender, sender_size, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf8(policy, classifier, nullptr, size, sender, sender_size, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf8(policy, classifier, text, size, nullptr, sender_size, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf8(policy, classifier, text, size, sender, sender_size, bad_feedback, state); },
      [&] { return smsf_record_feedback_utf8(policy, classifier, text, size, sender, sender_size, SMSF_FEEDBACK_SPAM, nullptr); },
      [&] { return smsf_record_feedback_utf16(nullptr, classifier, text16, length16, sender16, sender_length16, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf16(policy, nullptr, text16, length16, sender16, sender_length16, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf16(policy, classifier, nullptr, length16, sender16, sender_length16, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf16(policy, classifier, text16, length16, nullptr, sender_length16, SMSF_FEEDBACK_SPAM, state); },
      [&] { return smsf_record_feedback_utf16(policy, classifier, text16, length16, sender16, sender_length16, bad_feedback, state); },
      [&] { return smsf_record_feedback_utf16(policy, classifier, text16, length16, sender16, sender_length16, SMSF_FEEDBACK_SPAM, nullptr); },
      [&] { return smsf_policy_state_restore(state, text, size); },
      [&] { return smsf_policy_state_restore(nullptr, text, size); },
      [&] { return smsf_model_open_buffer(text, size, &refused_model); },
      [&] { return smsf_policy_parse(nullptr, size, &refused_policy); },
  };
  for (std::size_t i = 0; i < std::size(failing_calls); ++i) {
    INFO("call " << i);
    // Clears the last error, so that each call is seen to set its own.
    REQUIRE(smsf_classify_utf8(classifier, text, size, sender, sender_size, &result) == SMSF_STATUS_OK);
    CHECK(failing_calls[i]() != SMSF_STATUS_OK);
    check_no_text(smsf_last_error());
  }

  smsf_policy_state_free(state);
  smsf_policy_release(policy);
  smsf_classifier_free(classifier);
}

}  // namespace
}  // namespace smsfilter
