// What the test programs that run outside Catch over a policy file or a data set share
// (large_input, padding_attack, protection_data_test): the default model's classifier and
// a policy, opened or reported under the program's name. Public API only, so that a
// program measuring memory can link the library alone.
#ifndef SMSFILTER_TESTS_PROGRAM_SUPPORT_H_
#define SMSFILTER_TESTS_PROGRAM_SUPPORT_H_

#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "default_model.h"
#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"

namespace smsfilter::testing {

// The exit code these programs' tests give ctest as SKIP_RETURN_CODE (no data set).
inline constexpr int kSkipped = 77;

struct ProgramSetup {
  std::optional<Classifier> classifier;  // of the default model
  std::shared_ptr<const Policy> policy;
};

// The default model's classifier and `policy_text` compiled, or nullopt after printing
// "`program`: <what failed>" on stderr.
inline std::optional<ProgramSetup> open_default_model_and_policy(const char* program,
                                                                 std::string_view policy_text) {
  Status status;
  ProgramSetup setup;
  setup.policy = Policy::parse(policy_text, &status);
  const std::string_view bytes = default_model_bytes();
  auto model = setup.policy ? Model::open_buffer(bytes.data(), bytes.size(), &status) : nullptr;
  if (!model) {
    std::fprintf(stderr, "%s: %s\n", program, status.to_string().c_str());
    return std::nullopt;
  }
  setup.classifier.emplace(std::move(model));
  return setup;
}

// The same with the policy read from the file at `policy_path`.
inline std::optional<ProgramSetup> open_default_model_and_policy_file(
    const char* program, const std::string& policy_path) {
  std::ifstream file(policy_path);
  if (!file) {
    std::fprintf(stderr, "%s: can't read %s\n", program, policy_path.c_str());
    return std::nullopt;
  }
  std::stringstream text;
  text << file.rdbuf();
  return open_default_model_and_policy(program, text.str());
}

}  // namespace smsfilter::testing

#endif  // SMSFILTER_TESTS_PROGRAM_SUPPORT_H_
