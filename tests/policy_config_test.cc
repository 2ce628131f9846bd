#include <string>

#include <catch2/catch.hpp>

#include "smsfilter/policy.h"
#include "smsfilter/policy_config.h"

namespace smsfilter {
namespace {

constexpr std::string_view kExample = R"(# Mum's phone
smsfilter-policy 1
category marketing allow
protect 0.25
block_confidence 0.8
phishing off
new_number mute
trust 95516.com
flood marketing 5/day 2/hour
flood personal 20/day
apple allowed inbox

allow sender "+86 138 0013 8000" id=mum
block prefix 170
mute signature 【某某金融】 priority=5
block keyword "apple ""id""" priority=-10 id="apple scam"
mute pattern 贷款*利息 category=marketing
)";

struct RefusalCase {
  std::string_view text, error;
};

void check_refused(const Status& status, std::string_view error) {
  CHECK(status.code() == StatusCode::kInvalidArgument);
  CHECK_THAT(status.message(), Catch::Contains(std::string(error)));
}

PolicyConfig parse_ok(std::string_view text) {
  PolicyConfig config;
  const Status status = parse_policy_config(text, &config);
  INFO(status.to_string());
  REQUIRE(status.ok());
  return config;
}

TEST_CASE("the text form reads every setting", "[policy][config]") {
  const PolicyConfig config = parse_ok(kExample);
  CHECK(config.category_action(Category::kMarketing) == Action::kAllow);
  CHECK(config.category_action(Category::kFraud) == Action::kBlock);  // default kept
  CHECK(config.protect_threshold == 0.25f);
  CHECK(config.block_confidence == 0.8f);
  CHECK(PolicyConfig{}.block_confidence == 0.7f);
  CHECK_FALSE(config.phishing_override);
  CHECK(config.mute_new_numbers);
  CHECK_FALSE(PolicyConfig{}.mute_new_numbers);
  CHECK(config.trusted_domains == std::vector<std::string>{"95516.com"});
  CHECK(config.flood_limit(Category::kMarketing) == FloodLimit{5, 2});
  CHECK(config.flood_limit(Category::kPersonal) == FloodLimit{20, 0});
  CHECK(config.apple_allowed == AppleAllowed::kInbox);
  CHECK(PolicyConfig{}.apple_allowed == AppleAllowed::kFolders);
  const std::vector<Rule> rules = {
      {RuleKind::kSender, "+86 138 0013 8000", Action::kAllow, 0, "mum", {}},
      {RuleKind::kPrefix, "170", Action::kBlock, 0, "", {}},
      {RuleKind::kSignature, "【某某金融】", Action::kMute, 5, "", {}},
      {RuleKind::kKeyword, "apple \"id\"", Action::kBlock, -10, "apple scam", {}},
      {RuleKind::kPattern, "贷款*利息", Action::kMute, 0, "", Category::kMarketing},
  };
  CHECK(config.rules == rules);
  CHECK(config.rules[1].effective_id() == "prefix:170");
}

TEST_CASE("the text form round-trips, defaults included", "[policy][config]") {
  // The last: a CRLF file whose rule value itself ends in a carriage return.
  for (std::string_view text : {kExample, std::string_view("smsfilter-policy 1\n"),
                                std::string_view("smsfilter-policy 1\r\nblock keyword ab\r\r\n")}) {
    const PolicyConfig config = parse_ok(text);
    const std::string formatted = format_policy_config(config);
    CHECK(parse_ok(formatted) == config);
    CHECK(format_policy_config(parse_ok(formatted)) == formatted);
  }
  CHECK(parse_ok("smsfilter-policy 1\n") == PolicyConfig{});
}

TEST_CASE("malformed lines are refused with their line number", "[policy][config]") {
  const RefusalCase cases[] = {
      {"", "no header"},
      {"category marketing mute\n", "line 1: expected 'smsfilter-policy 1'"},
      {"smsfilter-policy 2\n", "line 1: expected 'smsfilter-policy 1'"},
      {"smsfilter-policy 1\ncategory spam block\n", "line 2: expected 'category CATEGORY ACTION'"},
      {"smsfilter-policy 1\n\n# x\nblok keyword x\n", "line 4: unknown setting 'blok'"},
      {"smsfilter-policy 1\nblock word x\n", "line 2: expected 'ACTION KIND VALUE"},
      {"smsfilter-policy 1\nblock keyword x prio=1\n", "line 2: bad rule option 'prio=1'"},
      {"smsfilter-policy 1\nmute keyword x category=spam\n", "line 2: bad rule option 'category=spam'"},
      {"smsfilter-policy 1\nblock keyword \"x\n", "line 2: unterminated quote"},
      {"smsfilter-policy 1\nprotect 1.5\n", "line 2: expected 'protect P'"},
      {"smsfilter-policy 1\nprotect 0.12345\n", "line 2: expected 'protect P'"},
      {"smsfilter-policy 1\nblock_confidence -0.1\n", "line 2: expected 'block_confidence P'"},
      {"smsfilter-policy 1\nflood marketing 5/week\n", "line 2: bad flood limit '5/week'"},
      {"smsfilter-policy 1\nphishing maybe\n", "line 2: expected 'phishing on'"},
      {"smsfilter-policy 1\nnew_number allow\n", "line 2: expected 'new_number block'"},
      {"smsfilter-policy 1\napple allowed junk\n", "line 2: expected 'apple allowed inbox'"},
  };
  for (const RefusalCase& c : cases) {
    INFO(c.text);
    PolicyConfig config;
    check_refused(parse_policy_config(c.text, &config), c.error);
    CHECK(config == PolicyConfig{});
  }
}

TEST_CASE("policies that break the guarantees or the limits are refused", "[policy][config]") {
  const RefusalCase cases[] = {
      {"category security block", "security can't be blocked by category"},
      {"category transaction block", "transaction can't be blocked by category"},
      {"flood marketing 33/day", "flood limits can be at most 32"},
      {"block keyword a id=x\nmute keyword b id=x", "duplicate rule id x"},
      {"block keyword \" \"", "rule keyword: : matches nothing"},
      {"block pattern ***", "matches nothing"},
      {"block pattern ab\\", "pattern ends with \\"},
      {"block sender \" \"", "no sender"},
      {"block signature 【】", "no signature"},
      {"trust *.", "empty trusted domain"},
  };
  for (const RefusalCase& c : cases) {
    INFO(c.text);
    Status status;
    CHECK_FALSE(Policy::parse("smsfilter-policy 1\n" + std::string(c.text) + "\n", &status));
    check_refused(status, c.error);
  }

  PolicyConfig config;
  config.protect_threshold = 1.5f;
  Status status;
  CHECK_FALSE(Policy::create(config, &status));
  check_refused(status, "protect threshold");
  config = PolicyConfig{};
  config.block_confidence = -1;
  CHECK_FALSE(Policy::create(config, &status));
  check_refused(status, "block confidence");
  config = PolicyConfig{};
  config.rules.push_back({RuleKind::kKeyword, "x", Action::kNone, 0, "", {}});
  CHECK_FALSE(Policy::create(config, &status));
  check_refused(status, "action must be allow, mute or block");
  config.rules.assign(1, Rule{RuleKind::kKeyword, std::string(5000, 'a'), Action::kBlock, 0, "", {}});
  CHECK_FALSE(Policy::create(config, &status));
  check_refused(status, "exceed 4096 characters");
}

TEST_CASE("trust lines are capped, errors quote at most 40 bytes, a BOM is accepted", "[policy][config][hostile]") {
  std::string text = "smsfilter-policy 1\n";
  for (std::size_t i = 0; i <= kMaxTrustedDomains; ++i) text += "trust d" + std::to_string(i) + ".cn\n";
  PolicyConfig config;
  const Status too_many = parse_policy_config(text, &config);
  CHECK(too_many.code() == StatusCode::kInvalidArgument);
  CHECK(too_many.message().find("more than 1000 trusted domains") != std::string::npos);

  const std::string huge(100000, 'x');
  for (const std::string& line : {huge, "block keyword a " + huge, "flood marketing " + huge,
                                  "block pattern \"" + huge + "\\\""}) {
    INFO(line.substr(0, 30));
    Status status;
    CHECK(Policy::parse("smsfilter-policy 1\n" + line + "\n", &status) == nullptr);
    CHECK(status.message().size() < 200);
  }
  // Cut at a character boundary.
  Status status;
  Policy::parse("smsfilter-policy 1\n" + std::string(39, 'a') + "\u4E2D\u4E2D\n", &status);
  CHECK(status.message().find("\xE4") == std::string::npos);
  CHECK(parse_policy_config("\xEF\xBB\xBFsmsfilter-policy 1\ncategory marketing block\n", &config).ok());
}

}  // namespace
}  // namespace smsfilter
