// Parses arbitrary text as an official-channel registry. A registry that parses must hold
// only valid entries and give a policy that decides messages naming its organisations;
// anything else is refused with invalid-argument.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "smsfilter/policy.h"
#include "smsfilter/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace smsfilter;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Status status;
  const auto registry = Registry::parse(text, &status);
  if (!registry) {
    fuzz::require(status.code() == StatusCode::kInvalidArgument, "a bad registry is invalid-argument");
    return 0;
  }
  for (const Organization& org : registry->organizations()) {
    fuzz::require(!org.names.empty() && !org.regions.empty() && !org.sources.empty(),
                  "every organisation has a name, a region and a source");
  }
  const auto policy = Policy::create(PolicyConfig(), registry, &status);
  fuzz::require(policy != nullptr, "any registry makes a policy");
  static Classifier classifier(fuzz::default_model());
  Decision decision;
  const Organization& first = registry->organizations().front();
  const std::string message = "【" + first.names.front() + "】验证码482913，如非本人操作请致电13812345678，" +
                              "或访问 http://" + (first.domains.empty() ? "x.cn" : first.domains.front());
  const std::string sender = first.senders.empty() ? "" : first.senders.front();
  fuzz::require(policy->decide(&classifier, {message, sender, {}}, nullptr, &decision).ok(), "a policy decides");
  return 0;
}
