// Classifies and decides arbitrary bytes through the C API, as an iOS or Android host
// would, with a policy that has rules of every kind. Every string the API hands back must
// be NUL-terminated (ASan checks the reads), and a decision's log line never holds the
// verification code it carries.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "default_model.h"
#include "fuzz_check.h"
#include "smsfilter.h"

namespace {

constexpr std::string_view kPolicy = R"(smsfilter-policy 1
flood marketing 2/hour
allow sender 95588 id=bank
block prefix 170
mute signature 【某某金融】
block keyword 裸聊
mute pattern 贷款*利息
)";

// Reads a string the API returned up to its NUL: ASan stops a read past its end.
void require_string(const char* s) {
  smsfilter::fuzz::require(s != nullptr && std::strlen(s) < (std::size_t{1} << 20), "a NUL-terminated string");
}

struct Host {
  Host() {
    const std::string_view bytes = smsfilter::default_model_bytes();
    smsf_model* model = nullptr;
    smsfilter::fuzz::require(smsf_model_open_buffer(bytes.data(), bytes.size(), &model) == SMSF_STATUS_OK &&
                                 smsf_classifier_new(model, &classifier) == SMSF_STATUS_OK &&
                                 smsf_policy_parse(kPolicy.data(), kPolicy.size(), &policy) == SMSF_STATUS_OK &&
                                 smsf_policy_state_new(&state) == SMSF_STATUS_OK,
                             "the C API opens the default model and policy");
    smsf_model_release(model);
  }
  smsf_classifier* classifier = nullptr;
  smsf_policy* policy = nullptr;
  smsf_policy_state* state = nullptr;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using smsfilter::fuzz::require;
  static Host host;
  if (size == 0) return 0;
  // The first byte: the sender's length (up to 15 bytes), whether the message has a time,
  // whether the user calls it spam.
  const auto* input = reinterpret_cast<const char*>(data) + 1;
  const std::size_t sender_size = std::min<std::size_t>(data[0] & 0x0F, size - 1);
  const char* text = input + sender_size;
  const std::size_t text_size = size - 1 - sender_size;
  const std::int64_t time = (data[0] & 0x10) != 0 ? 1700000000 : SMSF_TIME_UNKNOWN;

  const smsf_result* result = nullptr;
  require(smsf_classify_utf8(host.classifier, text, text_size, input, sender_size, &result) ==
              SMSF_STATUS_OK,
          "any bytes classify");
  const std::size_t feature_count = smsf_result_feature_count(result);
  require(feature_count <= 4, "at most 4 features");
  for (std::size_t i = 0; i < feature_count; ++i)
    require_string(smsf_result_feature_name(result, i));

  const smsf_decision* decision = nullptr;
  require(smsf_decide_utf8(host.policy, host.classifier, text, text_size, input, sender_size, time,
                           host.state, &decision) == SMSF_STATUS_OK,
          "any bytes get a decision");
  const char* description = smsf_decision_description(decision);
  require_string(description);
  for (std::size_t i = 0; i < smsf_decision_reason_count(decision); ++i) {
    require_string(smsf_decision_reason_rule_id(decision, i));
    require_string(smsf_decision_reason_host(decision, i));
    require_string(smsf_decision_reason_organization(decision, i));
    require_string(smsf_decision_reason_organization_name(decision, i));
    char reason_text[512];
    require(smsf_decision_reason_text(decision, i, SMSF_LANGUAGE_ZH_CN, reason_text, sizeof reason_text) > 0,
            "every reason has a text");
    require_string(reason_text);
  }
  if (const char* code = smsf_decision_code(decision)) {
    require_string(smsf_decision_code_issuer(decision));
    require(std::strstr(description, code) == nullptr, "the log line never holds the code");
  }
  if (data[0] & 0x20) {
    require(smsf_record_feedback_utf8(host.policy, host.classifier, text, text_size, input,
                                      sender_size, SMSF_FEEDBACK_SPAM, host.state) ==
                SMSF_STATUS_OK,
            "feedback on any bytes is recorded");
  }
  return 0;
}
