// Parses arbitrary text as a policy file. A file that parses must format back to text
// that parses to an equal config, and must either compile into a policy that decides a
// message or be refused with invalid-argument.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "smsfilter/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  PolicyConfig config;
  Status status = parse_policy_config(text, &config);
  if (!status.ok()) {
    fuzz::require(status.code() == StatusCode::kInvalidArgument, "bad text is invalid-argument");
    return 0;
  }
  PolicyConfig reread;
  fuzz::require(parse_policy_config(format_policy_config(config), &reread).ok() && reread == config,
                "a parsed config formats back to itself");

  const auto policy = Policy::create(config, &status);
  if (!policy) {
    fuzz::require(status.code() == StatusCode::kInvalidArgument, "bad config is invalid-argument");
    return 0;
  }
  static Classifier classifier(fuzz::default_model());
  PolicyState state;
  Decision decision;
  const Message message{"【某某金融】低息贷款，点击 http://x.cn/a 填写银行卡号和密码", "10690000", 1700000000};
  fuzz::require(policy->decide(&classifier, message, &state, &decision).ok(), "a policy decides");
  return 0;
}
