#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include "policy_test_support.h"

namespace smsfilter {
namespace {

using testing::decide;
using testing::model_says;

constexpr std::string_view kRules = R"(smsfilter-policy 1
allow sender 95588 id=icbc
block prefix 170 id=virtual
mute prefix 106 id=service
mute prefix 9555 id=cmb-numbers
allow signature 【招商银行】 id=cmb
block signature 某某金融 id=loan-shark
block keyword 裸聊 priority=10 id=adult
mute keyword 退订 id=unsubscribe
allow pattern 尾号####*余额 priority=1 id=balance
block pattern 贷?秒批 id=fast-loan
)";

TEST_CASE("each rule kind matches, and the highest priority, then the first listed, wins", "[policy][rules]") {
  const auto policy = testing::policy_from(kRules);
  struct Case {
    std::string_view name, text, sender;
    Category model;
    Action action;
    std::string_view rule;
  };
  const Case cases[] = {
      {"exact sender", "您的信用卡本期账单已出", "95588", Category::kFraud, Action::kAllow, "icbc"},
      {"sender with +86 and spaces", "明天见", "+86 170 1234 5678", Category::kPersonal, Action::kBlock, "virtual"},
      {"prefix", "明天见", "17012345678", Category::kPersonal, Action::kBlock, "virtual"},
      {"another prefix", "新品上市", "10690001234", Category::kTransaction, Action::kMute, "service"},
      {"a longer prefix", "积分兑换", "95555", Category::kMarketing, Action::kMute, "cmb-numbers"},
      {"signature at the head", "【招商银行】您的账单已出", "", Category::kFraud, Action::kAllow, "cmb"},
      {"signature at the tail, rule without brackets", "低息贷款，当天到账【某某金融】", "",
       Category::kMarketing, Action::kBlock, "loan-shark"},
      {"higher priority wins", "加我看裸聊，回复退订", "", Category::kMarketing, Action::kBlock, "adult"},
      {"equal priority: first listed", "回复退订", "17000000000", Category::kMarketing, Action::kBlock, "virtual"},
      {"pattern beats a lower-priority prefix", "您尾号6621卡支出80元，余额100元", "17000000000",
       Category::kTransaction, Action::kAllow, "balance"},
      {"pattern wildcard", "贷款秒批，不看征信", "", Category::kMarketing, Action::kBlock, "fast-loan"},
      {"keyword on normalised text", "加我看 裸 · 聊", "", Category::kPersonal, Action::kBlock, "adult"},
      {"keyword in full width and upper case", "ＴＤ退订", "", Category::kMarketing, Action::kMute, "unsubscribe"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Decision d = decide(*policy, {c.text, c.sender, {}}, model_says(c.model, 0.9f));
    CHECK(d.action == c.action);
    REQUIRE_FALSE(d.reasons.empty());
    CHECK(d.reasons[0].kind == ReasonKind::kRule);
    CHECK(d.reasons[0].rule_id == c.rule);
  }
}

TEST_CASE("without a matching rule the model decides", "[policy][rules]") {
  const auto policy = testing::policy_from(kRules);
  const Decision d = decide(*policy, {"今晚一起吃饭吗", "13800138000", {}}, model_says(Category::kPersonal, 0.9f));
  CHECK(d.action == Action::kAllow);
  REQUIRE(d.reasons.size() == 1);
  CHECK(d.reasons[0].kind == ReasonKind::kModel);
}

TEST_CASE("an allow-listed sender is never blocked, even by a higher-priority rule", "[policy][rules]") {
  const auto policy = testing::policy_from(kRules);
  const Decision d = decide(*policy, {"裸聊", "95588", {}}, model_says(Category::kFraud, 0.99f));
  CHECK(d.action == Action::kMute);
  REQUIRE(d.reasons.size() == 3);
  CHECK(d.reasons[0].rule_id == "adult");
  CHECK(d.reasons[1].kind == ReasonKind::kAllowListed);
  CHECK(d.reasons[1].rule_id == "icbc");
  CHECK(d.reasons[2].kind == ReasonKind::kOfficialSender);
}

TEST_CASE("a scam request under a mute rule is blocked as it would be without the rule", "[policy][rules]") {
  const auto policy = testing::policy_from(
      "smsfilter-policy 1\nallow sender 95588 id=icbc\nmute pattern 贷款*利息 priority=5 id=loans\n");
  constexpr std::string_view kScam = "您好，我是贷款客服，您的贷款利息可以下调，请先将5000元转账到指定的账户验证还款能力。";
  const Result ad = model_says(Category::kMarketing, 0.9f);
  const Decision blocked = decide(*policy, {kScam, "13812345678", {}}, ad);
  CHECK(blocked.action == Action::kBlock);
  REQUIRE(blocked.reasons.size() >= 2);
  CHECK(blocked.reasons[0].rule_id == "loans");
  CHECK(blocked.reasons[1].kind == ReasonKind::kScamRequest);
  CHECK(blocked.reasons[1].rule_id == "designated_account");
  // Without the request the rule mutes; an allow-listed sender and a code stay muted.
  CHECK(decide(*policy, {"您好，本行贷款利息低至3.2%，欢迎咨询。", "13812345678", {}}, ad).action == Action::kMute);
  const Decision listed = decide(*policy, {kScam, "95588", {}}, ad);
  CHECK(listed.action == Action::kMute);
  CHECK(listed.reasons[0].rule_id == "loans");
  const Decision code = decide(*policy, {std::string("验证码482910。") + std::string(kScam), "13812345678", {}}, ad);
  CHECK(code.action == Action::kMute);
  CHECK(code.has_reason(ReasonKind::kScamRequest));
}

TEST_CASE("a rule with a category matches only what the model reads as it, sure of it", "[policy][rules]") {
  const auto policy =
      testing::policy_from("smsfilter-policy 1\nmute pattern 贷款*利息 category=marketing id=loan-ads\n");
  constexpr std::string_view kText = "您好，我是贷款客服，可以帮您下调贷款利息，加微信详谈。";
  const Decision ad = decide(*policy, {kText, "", {}}, model_says(Category::kMarketing, 0.9f));
  CHECK(ad.action == Action::kMute);
  CHECK(ad.reasons[0].rule_id == "loan-ads");
  // The model's fraud is blocked as without the rule; an unsure model leaves it to the host.
  const Decision scam = decide(*policy, {kText, "", {}}, model_says(Category::kFraud, 0.9f));
  CHECK(scam.action == Action::kBlock);
  CHECK(scam.reasons[0].kind == ReasonKind::kModel);
  CHECK(decide(*policy, {kText, "", {}}, model_says(Category::kMarketing, 0.45f, true)).action == Action::kNone);
}

TEST_CASE("a hostile pattern against a long message decides quickly", "[policy][rules]") {
  std::string config = "smsfilter-policy 1\nblock pattern ";
  for (int i = 0; i < 1000; ++i) config += "a*";
  config += "b\n";
  const auto policy = testing::policy_from(config);
  const std::string text(50000, 'a');
  const auto start = std::chrono::steady_clock::now();
  const Decision d = decide(*policy, {text, "", {}}, model_says(Category::kPersonal, 0.9f));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  CHECK(d.action == Action::kAllow);
}

}  // namespace
}  // namespace smsfilter
