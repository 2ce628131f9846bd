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
  const smsf_message message{input + sender_size, size - 1 - sender_size, input, sender_size,
                             (data[0] & 0x10) != 0, 1700000000};

  smsf_result result;
  require(smsf_classify_utf8(host.classifier, message.text, message.text_size, message.sender,
                             message.sender_size, &result) == SMSF_STATUS_OK,
          "any bytes classify");
  require(result.feature_count <= SMSF_MAX_EXPLAINED_FEATURES, "at most 4 features");
  for (std::size_t i = 0; i < result.feature_count; ++i) require_string(result.features[i].name);

  smsf_decision decision;
  require(smsf_decide(host.policy, host.classifier, &message, host.state, &decision) == SMSF_STATUS_OK,
          "any bytes get a decision");
  require_string(decision.description);
  for (std::size_t i = 0; i < decision.reason_count; ++i) {
    require_string(decision.reasons[i].rule_id);
    require_string(decision.reasons[i].detail);
  }
  if (decision.code != nullptr) {
    require_string(decision.code_issuer);
    require(std::strstr(decision.description, decision.code) == nullptr,
            "the log line never holds the code");
  }
  if (data[0] & 0x20) {
    require(smsf_record_feedback(host.policy, host.classifier, &message, SMSF_FEEDBACK_SPAM,
                                 host.state) == SMSF_STATUS_OK,
            "feedback on any bytes is recorded");
  }
  return 0;
}
