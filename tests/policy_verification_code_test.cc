#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "smsfilter/verification_code.h"
#include "test_support.h"

namespace smsfilter {
namespace {

struct CodeCase {
  std::string code, issuer, text;
};

std::vector<CodeCase> code_cases() {
  std::ifstream in(testing::test_data_path("verification_codes.tsv"));
  std::vector<CodeCase> cases;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t a = line.find('\t'), b = line.find('\t', a + 1);
    REQUIRE(b != std::string::npos);
    cases.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return cases;
}

TEST_CASE("codes are found in the fixture messages, and nothing where there is none", "[policy][code]") {
  const std::vector<CodeCase> cases = code_cases();
  REQUIRE(cases.size() >= 40);
  for (const CodeCase& c : cases) {
    INFO(c.text);
    const std::optional<VerificationCode> found = extract_verification_code(c.text);
    if (c.code.empty()) {
      CHECK_FALSE(found);
      continue;
    }
    REQUIRE(found);
    CHECK(found->code() == c.code);
    CHECK(found->issuer() == c.issuer);
  }
}

// Its cost is measured by large_input (hostile_large_input), not timed here.
TEST_CASE("a long message full of code words and numbers gives its first code, every digit masked", "[policy][code]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "验证码 8 2 9 1 金额1234元 code ";
  const std::optional<VerificationCode> found = extract_verification_code(text);
  const std::string redacted = redact_for_log(text);
  REQUIRE(found);
  CHECK(found->code() == "8291");
  CHECK(redacted.find('1') == std::string::npos);
}

TEST_CASE("redaction masks codes, card and phone numbers but keeps short numbers", "[policy][code]") {
  CHECK(redact_for_log("验证码829104，5分钟内有效") == "验证码******，5分钟内有效");
  CHECK(redact_for_log("卡号 6222 0210 0112 3456 消费80元") == "卡号 **** **** **** **** 消费80元");
  CHECK(redact_for_log("验证码：６０３９１２") == "验证码：******");
  CHECK(redact_for_log("令牌 F7K2Q9 已发送") == "令牌 ****** 已发送");
  CHECK(redact_for_log("请致电 138-0013-8000") == "请致电 ***-****-****");
  CHECK(redact_for_log("10:30 到 2,380.00元") == "10:30 到 2,380.00元");
  CHECK(redact_for_log("w:贷款, c2:退订") == "w:贷款, c2:退订");
}

}  // namespace
}  // namespace smsfilter
