#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "policy_test_support.h"
#include "smsfilter/platform.h"

namespace smsfilter {
namespace {

using testing::decide;
using testing::model_says;

constexpr std::string_view kDefaults = "smsfilter-policy 1\n";

// The decision on `text` when the model reads it as `category` at 0.9: blocked, the scam
// request `request` first among the reasons.
Decision check_blocked_by(const Policy& policy, std::string_view text, Category category, std::string_view request) {
  INFO(text);
  Decision d = decide(policy, {text, "", {}}, model_says(category, 0.9f));
  CHECK(d.action == Action::kBlock);
  REQUIRE_FALSE(d.reasons.empty());
  CHECK(d.reasons[0].rule_id == request);
  return d;
}

void check_each_blocked_by(const Policy& policy, std::initializer_list<std::string_view> texts, Category category,
                           std::string_view request) {
  for (std::string_view text : texts) check_blocked_by(policy, text, category, request);
}

// The decision on each of `texts`, read by the model as `category` at 0.9, gives no scam
// request.
void check_no_request(const Policy& policy, std::initializer_list<std::string_view> texts, Category category) {
  for (std::string_view text : texts) {
    INFO(text);
    CHECK_FALSE(decide(policy, {text, "", {}}, model_says(category, 0.9f)).has_reason(ReasonKind::kScamRequest));
  }
}

TEST_CASE("by default each category has its action and an unsure model none", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  struct Case {
    Category category;
    bool unsure;
    Action action;
    ReasonKind reason;
  };
  const Case cases[] = {
      {Category::kPersonal, false, Action::kAllow, ReasonKind::kModel},
      {Category::kTransaction, false, Action::kAllow, ReasonKind::kModel},
      {Category::kSecurity, false, Action::kAllow, ReasonKind::kModel},
      {Category::kMarketing, false, Action::kMute, ReasonKind::kModel},
      {Category::kFraud, false, Action::kBlock, ReasonKind::kModel},
      {Category::kFraud, true, Action::kNone, ReasonKind::kUnsure},
  };
  for (const Case& c : cases) {
    INFO(category_name(c.category) << (c.unsure ? " unsure" : ""));
    const Decision d = decide(*policy, {"一条短信", "", {}}, model_says(c.category, 0.96f, c.unsure));
    CHECK(d.action == c.action);
    CHECK(d.category == c.category);
    REQUIRE(d.reasons.size() == 1);
    CHECK(d.reasons[0].kind == c.reason);
  }
}

TEST_CASE("the model's reason names the category and its probability, never the features",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  Result result = model_says(Category::kMarketing, 0.97f);
  result.top_features[0] = {"w:贷款", 0.8f};
  result.top_features[1] = {"w:13800138000", 0.5f};
  result.top_feature_count = 2;
  const Decision d = decide(*policy, {"贷款找我 13800138000", "", {}}, result);
  REQUIRE(d.reasons.size() == 1);
  CHECK(d.reasons[0].category == Category::kMarketing);
  CHECK(d.reasons[0].value == 0.97f);
  CHECK(reason_text(d.reasons[0], Language::kEnglish) == "Looks like marketing (97%)");
  CHECK(reason_text(d.reasons[0], Language::kChinese) == "看起来是营销推广（97%）");
  // The log line has no text fragment; the explanation is the Result's, apart.
  CHECK(describe(d) == "mute (marketing 0.97, promotional_others): model");
  CHECK(explain(result) == "marketing 0.97: w:贷款 +0.80, w:13800138000 +0.50");
}

TEST_CASE("the model alone never blocks what may be a code or a bank notice", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  Result result = model_says(Category::kFraud, 0.6f);
  result.probabilities = {0.02f, 0.18f, 0.17f, 0.03f, 0.6f};
  const Decision d = decide(*policy, {"【某银行】您的账户异常，请尽快处理", "", {}}, result);
  CHECK(d.action == Action::kMute);
  REQUIRE(d.reasons.size() == 2);
  CHECK(d.reasons[1].kind == ReasonKind::kProtected);
  CHECK(d.reasons[1].value == Approx(0.35f));

  result.probabilities = {0.02f, 0.05f, 0.05f, 0.08f, 0.8f};  // 0.1 < the default 0.3
  result.confidence = 0.8f;
  CHECK(decide(*policy, {"中奖了", "", {}}, result).action == Action::kBlock);
}

TEST_CASE("the model alone blocks what it is unsure of only when it gives something to act on", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  constexpr std::string_view kChat = "陈生，厨房水喉听日下昼两点嚟整，材料加人工$1,800，做完先俾钱得喇";
  const Decision doubtful = decide(*policy, {kChat, "+85261842390", {}}, model_says(Category::kFraud, 0.61f));
  CHECK(doubtful.action == Action::kMute);
  REQUIRE(doubtful.has_reason(ReasonKind::kDoubtful));
  const Reason& r = doubtful.reasons[1];
  CHECK(r.kind == ReasonKind::kDoubtful);
  CHECK(r.category == Category::kFraud);
  CHECK(r.value == 0.61f);
  CHECK(r.threshold == 0.7f);
  CHECK(reason_text(r, Language::kEnglish) ==
        "Looks like fraud, but not surely enough to block (61%, blocks from 70%)");
  // Surer, or with an account, a number, a link or an id to act on, it is blocked.
  CHECK(decide(*policy, {kChat, "+85261842390", {}}, model_says(Category::kFraud, 0.75f)).action == Action::kBlock);
  for (std::string_view contact : {"定金转到6217 0034 **** 2259", "打我电话13812345678", "点 hk-gas.top 缴费",
                                   "加我微信 chen_2025", "账号6228480012345678"}) {
    INFO(contact);
    const std::string text = std::string(kChat) + std::string(contact);
    const Decision d = decide(*policy, {text, "+85261842390", {}}, model_says(Category::kFraud, 0.61f));
    CHECK(d.action == Action::kBlock);
  }
  // The setting moves the line.
  const auto sure = testing::policy_from("smsfilter-policy 1\nblock_confidence 0.5\n");
  CHECK(decide(*sure, {kChat, "+85261842390", {}}, model_says(Category::kFraud, 0.61f)).action == Action::kBlock);
}

TEST_CASE("only an explicit rule blocks a security message, and the decision says so", "[policy][decide]") {
  const auto policy = testing::policy_from("smsfilter-policy 1\nblock keyword 游戏 id=games\n");
  const Decision d = decide(*policy, {"【某游戏】验证码 482913", "", {}}, model_says(Category::kSecurity, 0.95f));
  CHECK(d.action == Action::kBlock);
  REQUIRE(d.reasons.size() == 3);
  CHECK(d.reasons[1].kind == ReasonKind::kOverridesModel);
  CHECK(d.reasons[1].rule_id == "games");
  CHECK(d.reasons[1].category == Category::kSecurity);
  CHECK(d.reasons[1].value == 0.95f);
  CHECK(reason_text(d.reasons[1], Language::kEnglish) ==
        "Blocked by your rule \"games\" although it looks like a security message (95%)");
  CHECK(d.reasons[2].kind == ReasonKind::kCode);  // the code protects from the model, not a rule
  CHECK_FALSE(d.code);  // no autofill for a blocked message
}

constexpr std::string_view kBankPhish =
    "【工商银行】您的网银U盾已过期，请登录 www.icbc-u.cc 更新银行卡信息，以免影响使用。";

TEST_CASE("fraud that looks like a bank notice is blocked by the phishing override", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Decision d = decide(*policy, {kBankPhish, "10690000", {}}, model_says(Category::kTransaction, 0.95f));
  CHECK(d.action == Action::kBlock);
  REQUIRE(d.reasons.size() == 3);
  CHECK(d.reasons[0].kind == ReasonKind::kPhishing);
  CHECK(d.reasons[0].host() == "www.icbc-u.cc");
  CHECK(d.reasons[1].kind == ReasonKind::kOverridesModel);
  CHECK(d.reasons[1].rule_id == "phishing");
  CHECK(d.reasons[2].kind == ReasonKind::kSuspiciousContact);
  CHECK(d.reasons[2].organization == "icbc");
  CHECK(d.reasons[2].organization_name == "工商银行");
  CHECK(d.reasons[2].contact == ContactKind::kLink);
  CHECK(d.reasons[2].host() == "www.icbc-u.cc");
  CHECK(reason_text(d.reasons[2], Language::kChinese) == "自称工商银行，但留下的链接 www.icbc-u.cc 不是其官方联系方式");
  // Never filed as a transaction, and the log line names no host.
  CHECK(d.sub_kind == SubKind::kNone);
  CHECK(describe(d) == "block (transaction 0.95): phishing, overrides_model, suspicious_contact");
  CHECK(d.organization == "icbc");
  CHECK(d.organization_kind == OrganizationKind::kBank);
}

TEST_CASE("the same from a bank's own number, which a fake base station can forge, is muted",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Decision d = decide(*policy, {kBankPhish, "95588", {}}, model_says(Category::kTransaction, 0.95f));
  CHECK(d.action == Action::kMute);
  std::vector<ReasonKind> kinds;
  for (const Reason& r : d.reasons) kinds.push_back(r.kind);
  CHECK(kinds == std::vector<ReasonKind>{ReasonKind::kPhishing, ReasonKind::kOfficialSender,
                                         ReasonKind::kSuspiciousContact, ReasonKind::kProtected});
}

TEST_CASE("the phishing override spares trusted hosts, can be switched off, and only mutes an allow-listed sender",
          "[policy][decide]") {
  const Result bank = model_says(Category::kTransaction, 0.95f);
  const auto trusting = testing::policy_from("smsfilter-policy 1\ntrust ICBC-U.cc\n");
  CHECK(decide(*trusting, {kBankPhish, "", {}}, bank).action == Action::kAllow);
  // Without the override, the bank's name with a link the registry doesn't list for it
  // still keeps the model from allowing it.
  const auto off = testing::policy_from("smsfilter-policy 1\nphishing off\n");
  const Decision unchecked = decide(*off, {kBankPhish, "", {}}, bank);
  CHECK(unchecked.action == Action::kMute);
  CHECK(unchecked.has_reason(ReasonKind::kSuspiciousContact));

  const auto allowing = testing::policy_from("smsfilter-policy 1\nallow sender 95588\n");
  const Decision d = decide(*allowing, {kBankPhish, "95588", {}}, bank);
  CHECK(d.action == Action::kMute);
  REQUIRE(d.reasons.size() == 4);
  CHECK(d.reasons[0].rule_id == "sender:95588");
  CHECK(d.reasons[1].kind == ReasonKind::kPhishing);
  CHECK(d.reasons[2].kind == ReasonKind::kOfficialSender);
  CHECK(d.reasons[3].kind == ReasonKind::kSuspiciousContact);
}

TEST_CASE("the phishing override reads a credential warned against as no request", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Result notice = model_says(Category::kTransaction, 0.9f);
  const Decision warned = decide(
      *policy, {"【某某商城】您的退款已原路返回，详情见 shop-example.com/r 。我们不会要求您提供银行卡密码。", "", {}}, notice);
  CHECK(warned.action == Action::kAllow);
  CHECK_FALSE(warned.has_reason(ReasonKind::kPhishing));
  const Decision asked = decide(
      *policy, {"【某某商城】退款失败，请登录 shop-example.com/r 填写银行卡号和密码重新办理。", "", {}}, notice);
  CHECK(asked.action == Action::kBlock);
  CHECK(asked.has_reason(ReasonKind::kPhishing));
}

TEST_CASE("money asked into a designated account is blocked, a payment into the reader's own is not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy, {"【城管执法】您的车辆违停已被拖移，请尽快将拖车费480元转至指定账户后取车。",
                                  "您的流水不足，需转入2万元到指定账户验证还款能力，5分钟后退回。",
                                  "为配合调查，请将名下资金汇入我们指定的帐户，核查后原路退回。"},
                        Category::kTransaction, "designated_account");
  check_no_request(*policy, {"【某某保险】您的理赔款3200元已转入您指定的账户，请注意查收。",
                             "本月工资已转入本人指定账户。", "【某某银行】本月还款日为15日，请确保指定账户余额充足。",
                             "【反诈中心】凡是要求您把钱转到指定账户的“客服”都是骗子，切勿转账！"},
                   Category::kTransaction);
}

TEST_CASE("money asked with the police forbidden is blocked, a friend's all-clear is not", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy, {"你女儿在我们这里，别报警，今晚之前准备30万现金，等电话。",
                                  "欠的钱今天必须还，敢报警你试试，不要报警，打到这张卡上"},
                        Category::kPersonal, "no_police");
  check_no_request(*policy, {"钱包找到了，在出租车上，别报警了哈", "【反诈中心】骗子称您孩子被绑架、要钱并让您不要报警的，都是诈骗，请立即拨打110！"},
                   Category::kPersonal);
}

TEST_CASE("money asked into an account number a notice gives is blocked, a notice of the reader's own is not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy,
                        {"【某某燃气】您户号1102****5531已欠费158.20元，明日将停气，请将欠费转至燃气代收账户 6217 0012 **** 4408。",
                         "【某某银行】您的信用卡已逾期，请于今日转账至还款专户6214830012345678，户名：还款中心。"},
                        Category::kTransaction, "notice_account");
  check_no_request(*policy, {"【某某证券】您的资金已转入您的资金账户 1234 5678 9012 3456，请注意查收。",
                             "【某某银行】您尾号5531的账户工资已转入，金额8,200.00元。",
                             "欠费286元，麻烦转到我工行卡6222 0212 3456 7788，谢谢",
                             "【反诈中心】冒充电力公司称您欠费、要求转账至“代收账户”6228 4810 1234 7732的，都是诈骗！"},
                   Category::kTransaction);
}

TEST_CASE("a wrong number that turns to getting to know the reader is blocked, an apology is not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy, {"王总，明晚的饭局改到七点……啊不好意思发错人了，不过也算缘分，你是做什么工作的呀？",
                                  "Sorry, wrong number! You seem nice though, can we be friends?"},
                        Category::kPersonal, "wrong_number_pivot");
  check_no_request(*policy, {"不好意思发错了，打扰了。", "发错了，这条是给我同事的，你别介意，做什么工作都不容易哈",
                             "【反诈中心】陌生人以“发错消息”为由搭讪交友、推荐投资的，都是诈骗，切勿相信！"},
                   Category::kPersonal);
}

TEST_CASE("an order to keep a case from family or the bank is blocked, a code's tell-no-one is not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy,
                        {"刑侦支队通知：您的身份证涉及一宗跨境洗黑钱案件，请今日回电跟进。案件涉及侦查保密，请勿向家人或银行职员透露。",
                         "您涉嫌一起非法集资案，现需配合调查，期间不得向任何人泄露案情，否则后果自负。"},
                        Category::kTransaction, "secrecy_order");
  check_no_request(*policy, {"【中国移动】您的短信验证码为1208，切勿将验证码泄露于他人，任何索取行为均可能涉嫌诈骗。",
                             "妈，我这次体检的事先别告诉家里人，等结果出来再说。",
                             "【反诈中心】冒充公检法称您涉嫌洗钱、要求您对案件保密、不要告诉家人的，都是骗子！"},
                   Category::kTransaction);
}

TEST_CASE("a safe account or a shared screen is blocked whatever the model says, a warning against them is not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Result notice = model_says(Category::kTransaction, 0.9f);
  const Decision d = decide(*policy, {"您的银行卡涉嫌一起洗钱案，请配合调查，将卡内资金转到安全帐户，核查后原路退回。", "", {}}, notice);
  CHECK(d.action == Action::kBlock);
  CHECK(describe(d) == "block (transaction 0.90): scam_request, overrides_model");
  CHECK(d.reasons[0].rule_id == "safe_account");
  CHECK(d.reasons[1].rule_id == "safe_account");
  CHECK(reason_text(d.reasons[1], Language::kEnglish) ==
        "Blocked by the safe-account check although it looks like a transaction notice (90%)");
  CHECK(d.sub_kind == SubKind::kNone);

  // Scams sign as the anti-fraud centre too; the police's warnings report the script or deny the account.
  check_blocked_by(*policy, "【反诈中心】您的账户存在风险，为保护资金安全请立即将余额转入以下安全账户。",
                   Category::kTransaction, "safe_account");
  check_no_request(*policy, {"【市公安局】提醒：近期有骗子冒充民警，称您身份证涉嫌洗钱，要求转账到“安全账户”。公安机关没有“安全账户”。"},
                   Category::kTransaction);
  // Its other names, when money is to be moved into one: not a home purchase's escrow, nor money already moved.
  check_each_blocked_by(*policy, {"【余额宝官方提醒】为保障您的资金安全，请将余额宝资金临时转存至监管账户，待风险解除后原路退回。",
                                  "请您配合将卡内的资金转移到核查账户，证明清白后退回。"},
                        Category::kTransaction, "safe_account");
  check_no_request(*policy, {"请买方将购房首付款转入资金监管账户，详询经纪人。", "【不动产登记中心】您的购房款已转入监管账户。",
                             "【宁波银行】“安全账户”“监管账户”是骗子编造的说法，凡让您把钱转进去的都是诈骗。"},
                   Category::kTransaction);

  const Decision screen = decide(*policy, {"【工商银行】您的账户存在异常，请下载会议APP并开启屏幕共享，由客服指导您完成核验。", "", {}},
                                 model_says(Category::kSecurity, 0.9f));
  CHECK(screen.action == Action::kBlock);
  CHECK(screen.reasons[0].rule_id == "screen_sharing");
  CHECK(reason_text(screen.reasons[0], Language::kChinese) == "要求共享屏幕：银行、警方和商家从不这样要求，这是诈骗话术");

  // A friend telling of the scam they met quotes its request: muted, not blocked, when the
  // model reads a person; the same words read as a scam are blocked.
  constexpr std::string_view kTold = "我刚差点被骗了，一个自称淘宝客服的说要给我退款，让我开屏幕共享，还好我挂了。";
  const Decision told = decide(*policy, {kTold, "15658231904", {}}, model_says(Category::kPersonal, 0.95f));
  CHECK(told.action == Action::kMute);
  CHECK(describe(told) == "mute (personal 0.95): scam_request, model");
  CHECK(decide(*policy, {kTold, "15658231904", {}}, model_says(Category::kFraud, 0.95f)).action == Action::kBlock);
  CHECK(decide(*policy, {"一个淘宝客服说要给我退款，让我开屏幕共享。", "15658231904", {}},
               model_says(Category::kPersonal, 0.95f))
            .action == Action::kBlock);

  const Decision caller = decide(*policy, {"【中国联通】已为您申请套餐免费升级，请将收到的6位验证码告知来电的联通客服，完成后赠送话费。", "", {}},
                                 model_says(Category::kTransaction, 0.9f));
  CHECK(caller.action == Action::kBlock);
  CHECK(caller.reasons[0].rule_id == "code_to_caller");
  const Decision staff = decide(*policy, {"【某某游戏】您的账号存在异常扣费，收到的动态密码请告诉专员，以便为您办理退款。", "", {}},
                                model_says(Category::kSecurity, 0.9f));
  CHECK(staff.action == Action::kBlock);
  CHECK(staff.reasons[0].rule_id == "code_to_caller");
  check_each_blocked_by(*policy, {"【某宝】您的退款申请已受理，请将稍后收到的验证码告知售后客服专员以完成退款到账。",
                                  "【某某银行】您的额度可提升至5万元，请将收到的验证码提供给官方客服完成核验。"},
                        Category::kTransaction, "code_to_caller");
  // Or to the writer, who says they are staff; a relative who asks the same is nobody's staff.
  check_each_blocked_by(*policy, {"【台新银行】您好，我是台新客服专员，账户被误设为分期扣款，请将手机收到的OTP密码告诉我以解除设定。",
                                  "您好，我是招商银行信用卡中心，系统会向您发送一条验证码，请您念给我核对一下。"},
                        Category::kTransaction, "code_to_caller");
  check_no_request(*policy, {"妈，我在帮你开通医保电子凭证，等下你手机会收到一个验证码，你念给我听就行。",
                             "我是你表哥，刚帮你挂了专家号，短信验证码你告诉我一下。"},
                   Category::kPersonal);
  check_each_blocked_by(*policy, {"【移动】您的5G套餐已免费升级，需验证身份后生效，请回复本短信收到的验证码。",
                                  "您好，我是驿站快递员，系统已向您发送验证码，请直接回复给我核实收件人。",
                                  "【某某游戏客服】您的账号已临时冻结，请回复您的游戏UID及稍后收到的短信验证码，以便为您解冻。",
                                  "【某某快递】您的快件需核验收件人身份，请将稍后收到的6位验证码回复本号码，快递员确认后即可派送。",
                                  "某某銀行：你的帳戶有異常登入，一次性密碼已發送。如非本人操作，請即回覆此密碼至本號碼以取消交易。",
                                  "【某某客服】检测到您的QQ存在异常登录，为防止被封号，请将收到的验证码转发至本号码完成安全验证。"},
                        Category::kFraud, "code_by_reply");
  // The same in English; a sentence that says not to asks for nothing.
  check_blocked_by(*policy,
                   "Your Google account will be suspended in 24h. To keep it active, reply with the 6-digit code we "
                   "just sent you.",
                   Category::kSecurity, "code_by_reply");
  check_blocked_by(*policy, "Grab: Your account has been locked. Call +86 171 2390 4478 and read us the OTP to unlock.",
                   Category::kPersonal, "code_to_caller");
  for (std::string_view genuine : {"145879 is your Twitter login code. Don't reply to this message with your code.",
                                   "Telegram code: 52813. Never tell us or anyone this code.",
                                   "Your Microsoft code is 1234. If you didn't request a code, please tell us.",
                                   "Reply with code WIN to enter the draw.", "Reply with the code 828105 to confirm."})
    CHECK_FALSE(decide(*policy, {genuine, "", {}}, notice).has_reason(ReasonKind::kScamRequest));
  // A message that gives a code is muted rather than blocked, and its code is not offered.
  const Decision reply = decide(*policy, {"【WhatsApp】你的验证码为417-392。请将此验证码回复至本号码以保留你的账户。", "", {}},
                                model_says(Category::kSecurity, 0.9f));
  CHECK(reply.action == Action::kMute);
  CHECK(reply.reasons[0].rule_id == "code_by_reply");
  CHECK_FALSE(reply.code);
  // A carrier's order confirmation gives the code to reply with; opting out asks for none.
  for (std::string_view genuine : {"【中国移动】您正在办理10元30GB流量月包，回复验证码 828105 确认办理，回复其他内容取消。",
                                   "【中国移动】回复验证码828105至本号码即可确认办理。",
                                   "【京东】验证码582617，您正在登录，切勿泄露。回复TD退订",
                                   "验证码118264，请勿回复此短信。"})
    CHECK_FALSE(decide(*policy, {genuine, "", {}}, notice).has_reason(ReasonKind::kScamRequest));
  check_each_blocked_by(*policy, {"妈，我手机掉水里了，这是我新号。银行给你发了一个验证码，你看到后告诉我。",
                                  "兄弟 我换号了微信登不上，系统往你手机发了条验证码，你把那串数字转我一下",
                                  "仔，我是爸爸，借朋友电话发的。你手机刚收到一个6位数，转发给我，我要登录网银。"},
                        Category::kPersonal, "code_to_new_number");
  check_each_blocked_by(*policy, {"您好，我刚才不小心把验证码填成您的手机号了，是6位数字，麻烦您转发给我一下，谢谢！",
                                  "你好，我是小区业主群群主，刚才误把你号码填进群里了，你会收到一条验证码，麻烦发我一下",
                                  "不好意思，刚才注册时误把手机号填成了你的，你会收到一条验证码，麻烦把验证码发我一下",
                                  "验证码发错了，麻烦转发给我一下",
                                  "抱歉我刚换手机，验证码不小心填成你的号码了，收到后麻烦截图传给我"},
                        Category::kPersonal, "code_by_mistake");
  check_each_blocked_by(*policy, {"帮我收个验证码呗，我手机欠费收不到短信，等下有个6位数字发到你手机上，你截图发我一下",
                                  "在吗？我微信被封了，能不能帮我接收个验证码解封一下，等下发到你手机上，你把数字告诉我"}, Category::kPersonal, "code_relay");
  // Family asking for a code from their own number, or a new number given without a code asked.
  CHECK(decide(*policy, {"你把验证码发我一下，我在帮你抢周六的挂号，要快。", "", {}}, model_says(Category::kPersonal, 0.9f))
            .action == Action::kAllow);
  CHECK(decide(*policy, {"我换号了，新号是13912345678，验证码那些以后都发这个号。", "", {}},
               model_says(Category::kPersonal, 0.9f))
            .action == Action::kAllow);
  CHECK(decide(*policy, {"妈，我用你的号注册了医保小程序，帮我收一下验证码发我。", "", {}},
               model_says(Category::kPersonal, 0.9f))
            .action == Action::kAllow);
  CHECK_FALSE(decide(*policy, {"反诈提醒：有人称手机欠费收不到短信，请你帮忙接收验证码并发给他，切勿照做，这是盗号骗局。", "", {}},
                     notice)
                  .has_reason(ReasonKind::kScamRequest));
  // Telling a caller or customer service something that is no code is no scam's request.
  CHECK(decide(*policy, {"师傅明天上门安装，不方便的话请告知来电的师傅改时间。", "", {}}, notice).action == Action::kAllow);
  CHECK(decide(*policy, {"【某某物流】您的包裹明天派送，如需改期请告知客服。", "", {}}, notice).action == Action::kAllow);
  CHECK(decide(*policy, {"您有一条违章未处理，违法代码1345，办理时请将违法代码告知工作人员。", "", {}}, notice).action ==
        Action::kAllow);

  for (std::string_view warning : {"【建设银行】反诈提醒：我行工作人员不会以任何理由要求您转账到“安全账户”，谨防诈骗。",
                                   "警方提示：要求将资金转入安全账户的都是诈骗。", "切勿与陌生人共享屏幕。",
                                   "公安机关提醒您：公检法机关不存在“安全账户”。", "所谓的“安全账户”只有骗子才有。",
                                   "【反诈中心】凡自称客服要退款的；凡让您开启屏幕共享的；凡要求您借款后转账的，都是诈骗！",
                                   "【某市反诈中心】如果有人让您下载会议软件共享屏幕，那一定是诈骗！请立即挂断。",
                                   "【某市公安】近期有不法分子冒充理赔客服，以商品丢失为由诱导您开启屏幕共享。",
                                   "【某某商城】平台不会以任何理由要求您提供验证码，也不会通过电话引导您开通备用金、申请借款、下载会议软件或共享屏幕。",
                                   "【中国联通】验证码123456。请勿告诉来电索要验证码的任何人。",
                                   "【某某银行】验证码654321，客服不会索要，切勿提供给客服或他人。"}) {
    INFO(warning);
    const Decision w = decide(*policy, {warning, "", {}}, model_says(Category::kSecurity, 0.9f));
    CHECK(w.action == Action::kAllow);
    CHECK_FALSE(w.has_reason(ReasonKind::kScamRequest));
  }
  const auto off = testing::policy_from("smsfilter-policy 1\nphishing off\n");
  CHECK(decide(*off, {"请立即把存款转入安全账户", "", {}}, notice).action == Action::kAllow);
}

TEST_CASE("a reply asked for to get a link or wake it is blocked whatever the model says", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  for (std::string_view lure : {"【平安保险】您的理赔款待领取，回复1获取理赔链接，逾期作废。",
                                "【中華電信】您的積分將於今日到期，請回覆Y，然後退出簡訊重新打開，即可激活連結領取。",
                                "您的包裹地址不详，请回复Y后重新打开短信，点击链接更新地址。"}) {
    const Decision d = check_blocked_by(*policy, lure, Category::kPersonal, "link_by_reply");
    CHECK(reason_text(d.reasons[0], Language::kChinese) ==
          "要求回复短信以获取或激活链接：手机对未回复过的陌生发件人的链接默认不可点击，钓鱼短信借回复解除这一保护");
  }
  check_blocked_by(*policy,
                   "USPS: Your package is on hold. Please reply Y, then exit the text message and reopen it to "
                   "activate the link.",
                   Category::kTransaction, "link_by_reply");
  // A confirmation beside a link, an ad's opt-out, and warnings against the trick ask for none.
  check_no_request(*policy, {"【某4S店】您预约的保养在明天上午10点，回复1确认，改约请点击链接 t.cn/abc",
                             "双十一活动火热进行中！退订回复TD，获取更多活动链接请关注公众号。",
                             "限时折扣进行中，回复TD退订，获取活动链接请访问官网。",
                             "警方提醒：凡是要求您回复Y激活链接的短信，都是诈骗！",
                             "切勿回复陌生短信获取链接。",
                             "Never reply Y to activate a link in a text from an unknown sender.",
                             "Reply STOP to opt out. Tap the link to activate your card."}, Category::kMarketing);
}

TEST_CASE("an ID or card number asked for by reply is blocked whatever the model says", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy, {"【乡村振兴局】您被评为种粮大户，可领取奖励金12000元，请回复“姓名+身份证号+银行卡号”登记发放。",
                                  "【平安保险】您的车险多缴保费1268元可申请退还，请回复银行卡号及户名。",
                                  "【郵局】您的補助款待領取，請回覆身分證字號及帳戶卡號辦理。",
                                  "您有养老金补发3215元，请回复姓名+身份证号+取款密码至本号码。"}, Category::kTransaction, "details_by_reply");
  // A reply for anything else, an ID asked for elsewhere, and warnings ask for none.
  check_no_request(*policy, {"【中国移动】回复1确认办理，办理时需携带身份证到营业厅核验。",
                             "【工商银行】如需挂失请回复GS，挂失后请持身份证到网点补办新卡。",
                             "【反诈中心】切勿回复陌生短信中索要身份证号、银行卡号的要求。",
                             "凡是要求回复银行卡号领取补贴的短信都是骗子。"}, Category::kTransaction);
}

TEST_CASE("a photo of the reader behind an untrusted link is blocked whatever the model says", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  struct Bait {
    std::string_view text;
    std::string_view host;  // the reason names it
  };
  for (const Bait& bait : {Bait{"这张照片里的人是不是你啊？http://xp-pic.cc/v/9Wq 好像在哪见过", "xp-pic.cc"},
                           Bait{"欸你看這個影片是不是你啊？被拍到了哈哈 https://ytb-short.info/v8Ks", "ytb-short.info"},
                           Bait{"Is this you in this video? lol https://vid-share.info/x7", "vid-share.info"},
                           Bait{"这是你吗？看看 pic-view.net/Xk3", "pic-view.net"},
                           Bait{"上周同学会的合影出来了，你找找里面有没有你 t.cn/A6yQk2", "t.cn"}})
    CHECK(check_blocked_by(*policy, bait.text, Category::kPersonal, "photo_bait").reasons[0].host() == bait.host);
  // The same words with no link, with a link the user trusts, or warning against the bait.
  const auto trusting = testing::policy_from(std::string(kDefaults) + "trust pic-view.net\n");
  CHECK(decide(*trusting, {"这是你吗？看看 pic-view.net/Xk3", "", {}}, model_says(Category::kPersonal, 0.9f)).action ==
        Action::kAllow);
  check_no_request(*policy, {"刚才门口那个人是不是你？", "合影我发群里了，你看看有没有你。",
                             "【反诈中心】收到“这张照片里的人是不是你”加链接的短信，切勿点击 http://pic-view.net。"}, Category::kPersonal);
}

TEST_CASE("a warrant served on the reader is blocked whatever the model says, news and warnings are not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  for (std::string_view threat : {"【最高人民检察院】您因涉嫌非法集资已被列为网上追逃人员，通缉令编号SPP-2024-07731，请立即登录查看。",
                                  "【枪决通知】因您信贷诈骗，缺席出庭，现已通知当地执法部门上门执行。",
                                  // Scams sign as the anti-fraud centre too: only the body can describe a scam.
                                  "【国家反诈中心】您已被列为网上追逃人员，通缉令编号A2024-0731，请立即联系办案民警。"}) {
    const Decision served = check_blocked_by(*policy, threat, Category::kTransaction, "warrant");
    CHECK(reason_text(served.reasons[0], Language::kEnglish) ==
          "Threatens you with a warrant or a wanted notice: police never serve one by SMS, scammers do");
  }
  // News of a warrant, gossip and police warnings serve none on the reader.
  check_no_request(*policy, {"你看新闻了吗？公安部发布了A级通缉令。", "你知道吗，老王被通缉了。",
                             "【反诈中心】公安机关不会通过短信向您发送通缉令或逮捕令，谨防诈骗。",
                             "【防骗提示】骗徒冒充内地公安，声称阁下涉案并已发出通缉令，要求转账保证金。"}, Category::kPersonal);
}

TEST_CASE("a job offered for a fee before it starts is blocked whatever the model says", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Decision fee = check_blocked_by(
      *policy, "【骑手招聘】专送骑手急招，月入12000+包吃住，入职需先交电动车押金1500元和健康证代办费300元，联系站长18905326417",
      Category::kMarketing, "job_fee");
  CHECK(reason_text(fee.reasons[0], Language::kChinese) == "招聘并要求入职前交费或押金：用人单位不得向劳动者收取财物，这是招聘诈骗话术");
  check_each_blocked_by(*policy, {"你好，我是富华电子厂招聘的李姐，你报名的岗位已通过，入职前需交服装费和体检费共380元，转账后安排宿舍。",
                                  "恭喜您被录用为居家客服，上岗前需缴纳工作账号激活费599元，激活后每月保底5000元。",
                                  "您好，看到您在招聘网站的简历，我们招聘线上录入员，在家可做，入职需缴纳198元培训资料费，有意向请回复。"},
                        Category::kPersonal, "job_fee");
  // A fee waived, paid after starting or to a hospital; a friend's talk of a job; warnings.
  check_no_request(*policy, {"【顺丰速运】招聘快递员，底薪5000+提成，入职无需缴纳任何费用，报名请致电95338。",
                             "您应聘的仓库管理员岗位已录用，请周一入职，入职前需到医院自付体检费，带好身份证。",
                             "招聘普工，包吃住，入职后需缴纳社保费个人部分，满一个月可报路费。",
                             "那个厂入职要交200块工服费，坑死了，我不去了。",
                             "【反诈提醒】凡是招聘兼职、入职前要求缴纳保证金的，都是诈骗。"},
                  Category::kMarketing);
}

TEST_CASE("a sure profit or a trading \"teacher\" is blocked whatever the model says, warnings, chat and things "
          "carried (携带单据) are not",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  check_each_blocked_by(*policy, {"李姐，上次跟你说的那个平台今天又赚了不少，老师带单很准，要不要拉你进群？",
                                  "亲爱的，我跟着舅舅做数字货币，稳赚不赔，你要不要也试试？",
                                  "你好，这里是飙股研究社，每日报明牌，保证获利，加LINE了解。",
                                  "张姐，昨天群里老师推荐的那只票今天涨停了，今晚八点还有直播课，我再把你拉回群？"},
                        Category::kPersonal, "sure_profit");
  check_no_request(*policy, {"【深圳反诈】陌生人拉你进投资群、推荐稳赚不赔的理财APP，必是诈骗！",
                             "165提醒：网络上保证获利、老师带单都是诈骗手法，请勿加入陌生LINE群组。",
                             "深圳反诈提醒您：正规投资平台没有稳赚不赔的“内幕消息”。",
                             "我行三年期定期存款利率2.6%，保证收益，欢迎到网点咨询。",
                             "这波稳赚了哈哈，晚上请你吃饭。",
                             "金融课老师推荐了两本讲估值的书，群里有书单，看完能少交学费少亏钱。",
                             "165提醒：假投资真诈骗猖獗，群组里老师推荐飙股、保证获利都是诈骗手法。",
                             "【华为客户服务】您送修的手机已维修完成，请携带单据到万达店服务中心取机。",
                             "办理居住证请带单位开具的在职证明和身份证原件。"},
                  Category::kTransaction);
}

TEST_CASE("a new number or a boss asking for money is a warning, not a block", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Result personal = model_says(Category::kPersonal, 0.9f);
  const Decision relative = decide(
      *policy, {"妈，我手机坏了，这是我的新号。这边急用钱，你先给我转两千到这个卡号6222021234567890123。", "17012345678", {}},
      personal);
  CHECK(relative.action == Action::kAllow);
  CHECK(describe(relative) == "allow (personal 0.90): model, impersonation");
  CHECK(relative.reasons[1].rule_id == "new_number_money");
  CHECK(reason_text(relative.reasons[1], Language::kChinese) ==
        "自称换了号码或借用别人的手机并要求转账借钱：付款前请拨打对方原来的号码核实");

  // Said in passing, with an amount: 手机坏了 … 转2500, 新号码 … 转$8,000.
  for (std::string_view passing : {"爸，手机坏了先用同学的，房东催房租，你先转2500给我。",
                                   "阿爸，我换咗新号码，急住要钱，你转$8,000去呢个户口先。",
                                   "老婆，我手机没电了借同事手机发的，卡刷不了，你先转3000到他支付宝。"}) {
    INFO(passing);
    const Decision d = decide(*policy, {passing, "", {}}, personal);
    REQUIRE(d.has_reason(ReasonKind::kImpersonation));
    CHECK(d.reasons[1].rule_id == "new_number_money");
  }

  const Decision boss = decide(*policy, {"小刘，我是王总，有笔款子要先垫付给合作方，你先转账到对方账户，回头公司给你报。", "", {}},
                               personal);
  CHECK(boss.action == Action::kAllow);
  REQUIRE(boss.has_reason(ReasonKind::kImpersonation));
  CHECK(boss.reasons[1].rule_id == "boss_money");
  CHECK(reason_text(boss.reasons[1], Language::kEnglish) ==
        "Says it is your boss and asks for money: call them on the number you know before paying");
  for (std::string_view superior : {"小周，我刘局，有个急事，你先帮我垫两万转给这个人。",
                                    "王老师，我是教育局孙科长，材料审核费每人先垫付1200，打到我这边的账号。",
                                    "小杨，我是你们郑经理，机票你先帮我付一下，一共6400。",
                                    "小周，我是王总，帮我去买10张京东E卡，每张1000，卡密拍照发我，回来公司给你报。"}) {
    INFO(superior);
    const Decision d = decide(*policy, {superior, "", {}}, personal);
    REQUIRE(d.has_reason(ReasonKind::kImpersonation));
    CHECK(d.reasons[1].rule_id == "boss_money");
  }
  // What the model blocks stays blocked, and says why it looks like a scam.
  CHECK(describe(decide(*policy, {"我是你领导，明天来我办公室，先帮我给客户汇款五万。", "", {}},
                        model_says(Category::kFraud, 0.9f))) == "block (fraud 0.90): model, impersonation");

  for (std::string_view genuine : {"我换号了，新号是13912345678，以后打这个。",
                                   "手机没电了，我借我同学的手机发的，晚点回家。",
                                   "您好，我是李经理，定金请转账到公司对公账户，收到后给您开收据。",
                                   "【反诈提醒】近期有骗子冒充亲友换号借钱，收到此类信息请先电话核实，切勿直接转账。",
                                   "妈，那个说我手机坏了要你转钱的短信不是我发的，以后这种都别信。",
                                   "我是你们王总，下周例会改到周三。",
                                   "您好我是平安的邵经理，专业办理无抵押贷款，有资金周转需要可以联系我。",
                                   "【中国移动】您的账户已欠费23.45元，为避免停机影响使用，请于3日内缴清。"}) {
    INFO(genuine);
    CHECK_FALSE(decide(*policy, {genuine, "", {}}, personal).has_reason(ReasonKind::kImpersonation));
  }
}

TEST_CASE("a new number announced with nothing asked is named, and muted only when the policy says so",
          "[policy][decide]") {
  const auto blocking = testing::policy_from(kDefaults);
  const auto muting = testing::policy_from("smsfilter-policy 1\nnew_number mute\n");
  const Result fraud = model_says(Category::kFraud, 0.9f);
  for (std::string_view announcement : {"爸，我手机丢了，这是我新号码，你存一下，周末回家吃饭。",
                                        "李老师好，我是朵朵妈妈，之前那个号不用了，以后请假都用这个号。",
                                        "小林，我是你李阿姨，手机掉水里了，这个是新号，看到回个电话。",
                                        "刘老师好，我是豆豆爸爸，原来的号码停机了，以后打这个。",
                                        "张姐，我是小何，单位发了工作手机，这个是工作号，白天打这个。",
                                        "叔，我是小军，这是我单位新配的号码，以后有事打这个也行。"}) {
    INFO(announcement);
    const Decision blocked = decide(*blocking, {announcement, "13812345678", {}}, fraud);
    CHECK(describe(blocked) == "block (fraud 0.90): model, new_number");
    CHECK(reason_text(blocked.reasons[1], Language::kChinese) ==
          "自称换了号码，暂未提出要求：如是熟人，请先拨打其原来的号码核实，再保存新号码");
    CHECK(describe(decide(*muting, {announcement, "13812345678", {}}, fraud)) ==
          "mute (fraud 0.90): model, new_number");
  }
  // Anything asked, a boss writing or an institution's name: the model's block stands.
  for (std::string_view request : {"爸，我换号了，先转我两千，急用。",
                                   "妈，这是我新号，旧的微信被封了，加我新微信 abc_1234。",
                                   "舅舅，我换号了，你存一下，这事别跟我妈说。",
                                   "我是你领导，这是我新号，存一下，明天来我办公室。",
                                   "姐，我换号了，新号码是17012345678，打这个。",
                                   "哥，我手机坏了，点这个帮我看看 http://t.cn/abc",
                                   "【中国银行】您的新卡已寄出，请注意查收。"}) {
    INFO(request);
    const Decision d = decide(*muting, {request, "13812345678", {}}, fraud);
    CHECK(d.action == Action::kBlock);
    CHECK_FALSE(d.has_reason(ReasonKind::kNewNumber));
  }
}

TEST_CASE("an institution's name from a mobile or foreign number is a suspicious sender", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  constexpr std::string_view kDebit = "【工商银行】您尾号6621的卡于12月01日支出人民币1,280.00元，余额3,520.16元。";
  const Result transaction = model_says(Category::kTransaction, 0.99f);
  for (std::string_view sender : {"13812345678", "+86 138 1234 5678", "008613812345678"}) {
    INFO(sender);
    const Decision d = decide(*policy, {kDebit, sender, {}}, transaction);
    CHECK(d.action == Action::kMute);
    REQUIRE(d.has_reason(ReasonKind::kSuspiciousSender));
    const Reason& r = d.reasons[d.reasons.size() - 1];
    CHECK(r.kind == ReasonKind::kSuspiciousSender);
    CHECK(r.contact == ContactKind::kMobile);
    CHECK(r.organization == "icbc");
    CHECK(d.sub_kind == SubKind::kNone);  // never filed as a transaction
  }
  const Decision abroad = decide(*policy, {kDebit, "+639171234567", {}}, transaction);
  CHECK(abroad.action == Action::kMute);
  CHECK(abroad.reasons[abroad.reasons.size() - 1].contact == ContactKind::kForeign);

  // The bank's own number, an SMS gateway's, or none: left to the model.
  for (std::string_view sender : {"95588", "1069012345678", ""}) {
    INFO(sender);
    const Decision d = decide(*policy, {kDebit, sender, {}}, transaction);
    CHECK(d.action == Action::kAllow);
    CHECK_FALSE(d.has_reason(ReasonKind::kSuspiciousSender));
  }
  // Couriers and shops text from their staff's mobiles.
  const Decision courier = decide(*policy, {"【顺丰速运】您的快件已到小区驿站，请凭取件码3-2-1108取件。", "13812345678", {}},
                                  transaction);
  CHECK(courier.action == Action::kAllow);
  CHECK_FALSE(courier.has_reason(ReasonKind::kSuspiciousSender));
}

TEST_CASE("a Taiwanese institution's 09… number is not judged, written locally or with +886", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Result transaction = model_says(Category::kTransaction, 0.99f);
  constexpr std::string_view kBill = "【中華電信】您本期帳單應繳金額NT$1,099，已於06/02自動扣繳成功。";
  for (std::string_view sender : {"0911511234", "+886911511234", "00886911511234"}) {
    INFO(sender);
    const Decision d = decide(*policy, {kBill, sender, {}}, transaction);
    CHECK(d.action == Action::kAllow);
    CHECK_FALSE(d.has_reason(ReasonKind::kSuspiciousSender));
  }
  // Hong Kong's institutions text from registered sender IDs (#3HK), and a mainland bank
  // never from abroad.
  constexpr std::string_view kData = "【3香港】閣下本月本地數據用量已達80%，如需增購數據，請登入My3 App。";
  for (const auto& [text, sender] : {std::pair{kBill, "+85264000333"}, std::pair{kData, "+85264000333"},
                                     std::pair{kData, "+886911511234"},
                                     std::pair{std::string_view("【工商银行】您尾号6621的卡于12月01日支出人民币1,280.00元。"),
                                               "+886911511234"}}) {
    INFO(sender);
    const Decision d = decide(*policy, {text, sender, {}}, transaction);
    CHECK(d.action == Action::kMute);
    REQUIRE(d.has_reason(ReasonKind::kSuspiciousSender));
    CHECK(d.reasons[d.reasons.size() - 1].contact == ContactKind::kForeign);
  }
}

TEST_CASE("a suspicious contact or sender names the institution it was judged for, not a shop named beside it",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Result fraud = model_says(Category::kFraud, 0.9f);
  const Decision contact = decide(*policy, {"淘宝订单退款：请联系中国银行专员13812345678办理", "", {}}, fraud);
  REQUIRE(contact.has_reason(ReasonKind::kSuspiciousContact));
  const Reason& number = contact.reasons[contact.reasons.size() - 1];
  CHECK(number.contact == ContactKind::kMobile);
  CHECK(number.organization == "boc");

  const Decision sender = decide(*policy, {"您在淘宝的订单退款已到账，请查收【中国银行】", "13812345678", {}}, fraud);
  REQUIRE(sender.has_reason(ReasonKind::kSuspiciousSender));
  CHECK(sender.reasons[sender.reasons.size() - 1].organization == "boc");
}

TEST_CASE("genuine notices with links but no credential request are left to the model", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Decision d = decide(
      *policy, {"验证码347828，下载尚WiFi客户端，点击http://t.cn/RhpFIU2 下载【验证助手】", "", {}},
      model_says(Category::kSecurity, 0.9f));
  CHECK(d.action == Action::kAllow);
  REQUIRE(d.code);
  CHECK(d.code->code() == "347828");
  CHECK(d.code->issuer().empty());
}

TEST_CASE("messages that are not blocked carry their code and issuer", "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const std::string_view text = "【招商银行】您的验证码为８２９１０４，5分钟内有效。";
  Decision d = decide(*policy, {text, "95555", {}}, model_says(Category::kSecurity, 0.97f));
  REQUIRE(d.code);
  CHECK(d.code->code() == "829104");
  CHECK(d.code->issuer() == "招商银行");
  CHECK(describe(d).find("829104") == std::string::npos);
  d = decide(*policy, {text, "95555", {}}, model_says(Category::kTransaction, 0.97f));
  CHECK(d.code);
  const auto blocking = testing::policy_from("smsfilter-policy 1\nblock keyword 验证码\n");
  CHECK_FALSE(decide(*blocking, {text, "95555", {}}, model_says(Category::kSecurity, 0.97f)).code);
}

TEST_CASE("a code the text asks to hand over is not offered, even when the message is only muted",
          "[policy][decide]") {
  const auto policy = testing::policy_from(kDefaults);
  const Decision d = decide(*policy, {"【京东】您的验证码为482913。请将验证码告诉来电的客服人员，以便为您办理退款。", "", {}},
                            model_says(Category::kSecurity, 0.9f));
  CHECK(d.action == Action::kMute);
  CHECK(d.has_reason(ReasonKind::kScamRequest));
  CHECK_FALSE(d.code);
  CHECK(extract_verification_code("【京东】您的验证码为482913。请将验证码告诉来电的客服人员，以便为您办理退款。"));
}

TEST_CASE("flood control mutes a sender's marketing beyond the hourly and daily limits", "[policy][decide]") {
  const auto policy = testing::policy_from(
      "smsfilter-policy 1\ncategory marketing allow\nflood marketing 3/day 2/hour\n"
      "allow sender 10690000002\n");
  const Result ad = model_says(Category::kMarketing, 0.95f);
  PolicyState state;
  const std::int64_t t0 = 1700000000;
  const auto at = [&](std::int64_t minutes, std::string_view sender = "10690000001") {
    return decide(*policy, {"双11大促，全场5折", sender, t0 + minutes * 60}, ad, &state);
  };
  CHECK(at(0).action == Action::kAllow);
  CHECK(at(10).action == Action::kAllow);
  Decision d = at(20);  // third in an hour
  CHECK(d.action == Action::kMute);
  REQUIRE(d.reasons.size() == 2);
  CHECK(d.reasons[1].kind == ReasonKind::kFlood);
  CHECK(d.reasons[1].value == 3);
  CHECK(d.reasons[1].category == Category::kMarketing);
  CHECK(d.reasons[1].threshold == 2);
  CHECK(d.reasons[1].window_seconds == 3600);
  CHECK(reason_text(d.reasons[1], Language::kChinese) == "该发件人一小时内已发3条营销推广（上限2条）");

  CHECK(at(20, "10690000009").action == Action::kAllow);  // another sender
  CHECK(at(21, "10690000002").action == Action::kAllow);  // a rule decides: counted only
  CHECK(at(22, "10690000002").action == Action::kAllow);
  CHECK(at(23, "10690000002").action == Action::kAllow);

  d = at(120);  // the hour has passed; the fourth today
  CHECK(d.action == Action::kMute);
  CHECK(d.reasons.back().value == 4);
  CHECK(d.reasons.back().threshold == 3);
  CHECK(d.reasons.back().window_seconds == 86400);
  CHECK(at(25 * 60 + 30).action == Action::kAllow);  // a day after the first three

  Decision untimed = decide(*policy, {"双11大促", "10690000001", {}}, ad, &state);
  CHECK(untimed.action == Action::kAllow);
}

TEST_CASE("flood history survives save and restore", "[policy][decide]") {
  const auto policy = testing::policy_from("smsfilter-policy 1\ncategory marketing allow\nflood marketing 1/hour\n");
  const Result ad = model_says(Category::kMarketing, 0.95f);
  PolicyState state;
  CHECK(decide(*policy, {"促销", "10690000001", 1000}, ad, &state).action == Action::kAllow);
  PolicyState restored;
  REQUIRE(restored.restore(state.save()).ok());
  CHECK(restored.tracked_sender_count() == 1);
  CHECK(decide(*policy, {"促销", "10690000001", 1060}, ad, &restored).action == Action::kMute);
}

TEST_CASE("decisions map to Apple's filter actions and Android's deliveries", "[policy][platform]") {
  struct Case {
    Action action;
    SubKind sub_kind;
    AppleFilterAction apple;
    AppleFilterSubAction sub_action;
    AndroidDelivery android;
  };
  const Case cases[] = {
      {Action::kNone, SubKind::kNone, AppleFilterAction::kNone, AppleFilterSubAction::kNone,
       AndroidDelivery::kNotify},
      {Action::kAllow, SubKind::kPromotionalOffers, AppleFilterAction::kAllow, AppleFilterSubAction::kNone,
       AndroidDelivery::kNotify},
      {Action::kMute, SubKind::kPromotionalOthers, AppleFilterAction::kPromotion,
       AppleFilterSubAction::kPromotionalOthers, AndroidDelivery::kSilent},
      {Action::kMute, SubKind::kPromotionalCoupons, AppleFilterAction::kPromotion,
       AppleFilterSubAction::kPromotionalCoupons, AndroidDelivery::kSilent},
      {Action::kMute, SubKind::kTransactionalFinance, AppleFilterAction::kTransaction,
       AppleFilterSubAction::kTransactionalFinance, AndroidDelivery::kSilent},
      {Action::kMute, SubKind::kTransactionalPublicServices, AppleFilterAction::kTransaction,
       AppleFilterSubAction::kTransactionalPublicServices, AndroidDelivery::kSilent},
      {Action::kMute, SubKind::kTransactionalOthers, AppleFilterAction::kTransaction,
       AppleFilterSubAction::kTransactionalOthers, AndroidDelivery::kSilent},
      {Action::kMute, SubKind::kNone, AppleFilterAction::kJunk, AppleFilterSubAction::kNone,
       AndroidDelivery::kSilent},
      {Action::kBlock, SubKind::kTransactionalOrders, AppleFilterAction::kJunk, AppleFilterSubAction::kNone,
       AndroidDelivery::kBlock},
  };
  for (const Case& c : cases) {
    INFO(action_name(c.action) << " " << sub_kind_name(c.sub_kind));
    Decision d;
    d.action = c.action;
    d.sub_kind = c.sub_kind;
    const AppleFilterVerdict apple = to_apple_filter(d);
    CHECK(apple.action == c.apple);
    CHECK(apple.sub_action == c.sub_action);
    CHECK(to_android_delivery(c.action) == c.android);
  }
  // Allowed: in the inbox, or (apple allowed folders) a transaction or promotion in its
  // folder — but never a code, nor a message without a folder.
  Decision allowed;
  allowed.action = Action::kAllow;
  allowed.sub_kind = SubKind::kTransactionalOrders;
  CHECK(to_apple_filter(allowed).action == AppleFilterAction::kAllow);
  CHECK(to_apple_filter(allowed, AppleAllowed::kFolders).action == AppleFilterAction::kTransaction);
  CHECK(to_apple_filter(allowed, AppleAllowed::kFolders).sub_action == AppleFilterSubAction::kTransactionalOrders);
  allowed.sub_kind = SubKind::kPromotionalOffers;
  CHECK(to_apple_filter(allowed, AppleAllowed::kFolders).action == AppleFilterAction::kPromotion);
  allowed.code = VerificationCode("829104", "丰巢");
  CHECK(to_apple_filter(allowed, AppleAllowed::kFolders).action == AppleFilterAction::kAllow);
  allowed.code.reset();
  allowed.sub_kind = SubKind::kNone;
  CHECK(to_apple_filter(allowed, AppleAllowed::kFolders).action == AppleFilterAction::kAllow);
  // The raw values are Apple's (IdentityLookup's ILMessageFilterAction / SubAction).
  CHECK(static_cast<int>(AppleFilterAction::kTransaction) == 4);
  CHECK(static_cast<int>(AppleFilterSubAction::kTransactionalPublicServices) == 10008);
  CHECK(static_cast<int>(AppleFilterSubAction::kPromotionalCoupons) == 20002);
}

}  // namespace
}  // namespace smsfilter
