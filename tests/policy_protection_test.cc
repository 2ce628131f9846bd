// The promise of issue "Never lose a code or a notice", both ways: genuine codes and
// notices are never blocked by the model or the phishing override alone, and scams
// dressed as them are never allowed by the model alone. Each case states what the model
// said, so that the policy alone is tested.
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "policy_test_support.h"

namespace smsfilter {
namespace {

using testing::decide;
using testing::model_says;

constexpr std::string_view kDefaults = "smsfilter-policy 1\n";

struct Case {
  std::string_view text;
  std::string_view sender;
  Category category;  // what the model says, at 0.95
  Action action;
  std::vector<ReasonKind> reasons;  // each must be among the decision's
};

void check(const Case& c) {
  const auto policy = testing::policy_from(kDefaults);
  INFO(c.text << " from " << c.sender << ", model: " << category_name(c.category));
  const Decision d = decide(*policy, {c.text, c.sender, {}}, model_says(c.category, 0.95f));
  INFO(describe(d));
  CHECK(d.action == c.action);
  for (ReasonKind kind : c.reasons) {
    INFO(reason_kind_name(kind));
    CHECK(d.has_reason(kind));
  }
}

using R = ReasonKind;
constexpr Category kFraud = Category::kFraud, kSecurity = Category::kSecurity,
                   kTransaction = Category::kTransaction;

// The decision on `text` from `sender` that the model reads as fraud at 0.95, which must
// block it unprotected.
Decision blocked_unprotected(std::string_view text, std::string_view sender) {
  const auto policy = testing::policy_from(kDefaults);
  const Decision d = decide(*policy, {text, sender, {}}, model_says(kFraud, 0.95f));
  INFO(text << " from " << sender << ": " << describe(d));
  CHECK(d.action == Action::kBlock);
  CHECK_FALSE(d.has_reason(R::kProtected));
  return d;
}

TEST_CASE("a code is never blocked by the model alone", "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"145879 is your Twitter login code. Don't reply to this message with your code.", "",
            kFraud, Action::kMute, {R::kCode, R::kProtected}},
           {"【招商银行】您的验证码为829104，5分钟内有效。", "", kFraud, Action::kMute, {R::kCode, R::kProtected}},
       }) {
    check(c);
  }
  // Without a code the same model's verdict stands.
  check({"Your Twitter account is suspended, pay a fee to restore it.", "", kFraud, Action::kBlock, {}});
}

TEST_CASE("a notice with its institution's own link is not taken for phishing", "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"【招商银行】您的一网通登录密码已修改，如非本人操作，请登录 cmbchina.com 冻结账户。", "",
            kSecurity, Action::kAllow, {R::kOfficialLink}},
           {"【中国移动】您的服务密码已重置成功，详情请登录 https://www.10086.cn 查询。", "", kSecurity,
            Action::kAllow, {R::kOfficialLink}},
           {"【铁路12306】您的账户登录密码已修改，如非本人操作请登录 www.12306.cn 找回密码。", "",
            kSecurity, Action::kAllow, {R::kOfficialLink}},
           {"【京东】您的账号在新设备登录，如非本人操作，请前往 https://passport.jd.com 修改密码。", "",
            kSecurity, Action::kAllow, {R::kOfficialLink}},
           {"【平安银行】您的账户因密码多次输入错误已锁定，请登录 bank.pingan.com 解锁。", "",
            kSecurity, Action::kAllow, {R::kOfficialLink}},
           {"【万豪旅享家】您的会员账户在一台新设备上登录。如非您本人操作，请立即登录marriott.com.cn修改密码。", "",
            kSecurity, Action::kAllow, {R::kOfficialLink}},
           // The device a login alert names is not the speaker.
           {"【王者荣耀】您的账号在一台新设备(vivo X90)登录，如非本人操作请及时修改密码：https://aq.qq.com", "",
            kSecurity, Action::kAllow, {R::kOfficialLink}},
           // The brands' own short-link hosts.
           {"【招商银行】您账户1234于12月01日入账工资，人民币8000.00。详情戳 cmbt.cn/Ab12 。", "",
            kTransaction, Action::kAllow, {R::kOfficialLink}},
           {"【广发银行】您尾号5678广发卡消费人民币30.00元。快速查账 n.95508.com/Xy9", "", kTransaction,
            Action::kAllow, {R::kOfficialLink}},
           {"【中国联通】您12月账单已出，详情请点击 https://u.10010.cn/qAb1 。", "", kTransaction,
            Action::kAllow, {R::kOfficialLink}},
           {"【G.CN】“G-123456”是您的 Google 验证码。", "", kSecurity, Action::kAllow, {R::kCode}},
           // Alibaba's and Meituan's shorteners, which 菜鸟驿站 and 美团 link through.
           {"【菜鸟驿站】圆通包裹到北区菜鸟驿站，请19:00前凭93502取，联系方式： m.tb.cn/E.Lj8Cq。", "",
            kTransaction, Action::kAllow, {R::kOfficialLink}},
           {"【美团】您的订单已送达，评价骑手服务请点击 dpurl.cn/6bIytq8a", "", kTransaction,
            Action::kAllow, {R::kOfficialLink}},
           // An exam authority's results, looked up with the candidate's password.
           {"【北京教育考试院】高考成绩已发布，请登录 www.bjeea.cn 使用考生号及密码查询。", "", kTransaction,
            Action::kAllow, {R::kOfficialLink}},
           // Even when the model calls it fraud, the official link keeps it out of the void.
           {"【铁路12306】您的账户登录密码已修改，如非本人操作请登录 www.12306.cn 找回密码。", "",
            kFraud, Action::kMute, {R::kOfficialLink, R::kProtected}},
       }) {
    check(c);
  }
}

TEST_CASE("a notice that links only to public bodies' hosts is not blocked by the model alone",
          "[policy][protection]") {
  // gov.cn and edu.cn are registered to government bodies and schools alone, whoever signs.
  check({"【教师资格考试】您的中小学教师资格笔试成绩已公布，请登录ntce.neea.edu.cn查询。", "", kFraud,
         Action::kMute, {R::kProtected}});
  check({"【某某大学】请登录 yjs.example.edu.cn 输入身份证号查询录取结果。", "", kTransaction, Action::kAllow, {}});
  // So are Singapore's gov.sg and Malaysia's gov.my, whose English notices are read here too.
  check({"IRAS: Your Notice of Assessment is ready. Log in to myTax Portal at mytax.iras.gov.sg to view.", "", kFraud,
         Action::kMute, {R::kProtected}});
  check({"IRAS: You are eligible for a tax refund. Submit your bank details at iras-refund.sg-gov.co.", "", kFraud,
         Action::kBlock, {}});
  // A brand's notice that points to a regulator is no suspicious contact.
  check({"【工商银行】数字人民币相关规定详见中国人民银行官网 www.pbc.gov.cn 。", "", kTransaction,
         Action::kAllow, {}});
  // A look-alike that only ends in gov.cn's letters is no public body's.
  check({"【国家医保局】您的医保账户需重新认证，请登录 ybj-gov.cn.com 输入银行卡号。", "", kTransaction,
         Action::kBlock, {R::kPhishing}});
  check({"【国家医保局】您的医保账户需重新认证，请登录 ybjgov.cn 输入银行卡号。", "", kTransaction, Action::kBlock,
         {R::kPhishing}});
  // One link elsewhere, and the model's verdict stands.
  check({"【教师资格考试】成绩已公布，请登录ntce.neea.edu.cn查询，证书邮寄费请至 zs-ntce.top 缴纳。", "", kFraud,
         Action::kBlock, {}});
}

TEST_CASE("the same notices with a look-alike link are blocked", "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"【北京教育考试院】高考成绩已发布，请登录 www.bjeea-cx.cn 使用考生号及密码查询。", "", kTransaction,
            Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           {"【招商银行】您的一网通登录密码已失效，请登录 cmbchina-vip.com 重新验证身份。", "",
            kSecurity, Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           {"【中国移动】您的积分即将清零，请登录 10086-jf.cn 输入银行卡号兑换现金。", "", kTransaction,
            Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           {"【平安银行】您的账户已锁定，请登录 pingan.com.secure-login.top 输入密码解锁。", "",
            kSecurity, Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           // The bank's domain as the link's user name: the host is what follows the @.
           {"【工商银行】您的账户已锁定，请登录 https://www.icbc.com.cn@icbc-verify.top/x 输入密码解锁。", "",
            kSecurity, Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           {"【工商银行】您的账户已锁定，请登录 http://icbc.com.cn:login@203.0.113.9 输入密码解锁。", "",
            kSecurity, Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           // A bare name under a cheap domain is a link, and unlocking an account through it
           // is a credential request.
           {"【Apple】您的Apple ID已被锁定，请于24小时内访问 icloud-cn.help 解锁。", "", kSecurity,
            Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
           {"【万豪旅享家】您的会员账户在一台新设备上登录。如非您本人操作，请立即登录marriott-cn.top修改密码。", "",
            kSecurity, Action::kBlock, {R::kPhishing, R::kSuspiciousContact}},
       }) {
    check(c);
  }
}

TEST_CASE("restriction and violation notices from official numbers are never blocked by the model",
          "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"【工商银行】您尾号1234的借记卡因涉嫌异常交易已被暂停非柜面业务，请本人携带身份证到网点办理。",
            "95588", kFraud, Action::kMute, {R::kOfficialSender, R::kProtected}},
           {"【招商银行】您的账户已被限制交易，详询95555。", "95555", kFraud, Action::kMute,
            {R::kOfficialSender, R::kProtected}},
           {"【交管12123】您的车辆苏A12345于11月20日在中山路违反规定停放，请及时处理。", "12123", kFraud,
            Action::kMute, {R::kOfficialSender, R::kProtected}},
       }) {
    check(c);
  }
  // The same words from a number the registry doesn't know: the model decides.
  check({"【交管12123】您有一条违章未处理，逾期将扣分罚款，请点击 12123-jtgl.com 处理。", "16512345678",
         kFraud, Action::kBlock, {R::kSuspiciousContact}});
}

TEST_CASE("an official number that gives a contact no institution gives protects no fraud", "[policy][protection]") {
  constexpr std::string_view kLookalike = "【中国移动】尊敬的用户，您的号码实名认证信息不完整，将于今日被停机，请点击 10086-smrz.com 补全资料。";
  const Decision spoofed = blocked_unprotected(kLookalike, "10086");
  CHECK(spoofed.has_reason(R::kSpoofedSender));
  CHECK(spoofed.has_reason(R::kSuspiciousContact));
  CHECK_FALSE(spoofed.has_reason(R::kOfficialSender));
  // The model not sure it is fraud, a shortener that may hide the carrier's own page, or a
  // code: the number protects as before.
  check({kLookalike, "10086", kTransaction, Action::kMute, {R::kOfficialSender, R::kSuspiciousContact}});
  check({"【中国移动】尊敬的用户，您的号码实名认证信息不完整，将于今日被停机，请点击 t.cn/A6x9Qz 补全资料。", "10086", kFraud,
         Action::kMute, {R::kOfficialSender, R::kSuspiciousContact, R::kProtected}});
  check({"【中国移动】您的验证码为482913，请登录 10086-smrz.com 补全资料。", "10086", kFraud, Action::kMute,
         {R::kCode, R::kSpoofedSender, R::kProtected}});
  // A mobile to call back is no institution's either; a 400 number may be one the registry doesn't list.
  check({"【工商银行】您的账户存在风险，已被限制交易，请速拨15367424654解除。", "95588", kFraud, Action::kBlock,
         {R::kSpoofedSender, R::kSuspiciousContact}});
  check({"【工商银行】您的账户存在风险，已被限制交易，请速拨400-253-2240解除。", "95588", kFraud, Action::kMute,
         {R::kOfficialSender, R::kSuspiciousContact, R::kProtected}});
}

TEST_CASE("a notice under a registered sender ID is never blocked by the model", "[policy][protection]") {
  constexpr std::string_view kParcel = "閣下的包裹因地址不全未能派送，請於24小時內更新地址，否則將退回寄件人。";
  check({kParcel, "#HKPost", kFraud, Action::kMute, {R::kRegisteredSender, R::kProtected}});
  check({kParcel, "# HK Post", kFraud, Action::kMute, {R::kRegisteredSender, R::kProtected}});
  // Without the '#', or with a full-width ＃ that the networks let anyone send, the model decides.
  check({kParcel, "HKPost", kFraud, Action::kBlock, {}});
  check({kParcel, "＃HKPost", kFraud, Action::kBlock, {}});
  check({kParcel, "#", kFraud, Action::kBlock, {}});
}

TEST_CASE("a platform's notice that points only to its app is never blocked by the model",
          "[policy][protection]") {
  constexpr std::string_view kRestricted =
      "【微信支付】因你的账户存在风险，已被限制收款功能。请打开微信，在“我-服务-钱包-帮助中心”中进行自助解除。";
  constexpr std::string_view kFine =
      "【抖店】商家您好，经平台巡检，您的店铺商品详情页宣称与质检结果不符，平台已扣除违约金2,000元。"
      "如有异议，请于7日内登录抖店后台“违规管理”提交申诉材料。";
  check({kRestricted, "106907002186", kFraud, Action::kMute, {R::kInAppOnly, R::kProtected}});
  check({kFine, "1069010066111", kFraud, Action::kMute, {R::kInAppOnly, R::kProtected}});
  // The reader's own number quoted is no contact.
  check({"【抖音】您的账号138****1234因违规已被限制直播功能，可在抖音App“设置-账号与安全”中申诉。",
         "10690123456", kFraud, Action::kMute, {R::kInAppOnly}});
  // A person's mobile, an unknown brand, or any way to reach the sender: the model decides.
  check({kRestricted, "13812345678", kFraud, Action::kBlock, {}});
  check({"【微支付】因你的账户存在风险，已被限制收款功能。请打开微信自助解除。", "106907002186", kFraud,
         Action::kBlock, {}});
  for (std::string_view contact : {"请回复1由专员为您处理。", "请联系客服微信wxzf8888解除。",
                                   "请下载安全助手App解除。", "详询4001234567。", "请点击 wx-pay.top 解除。",
                                   "稍后客服将来电协助解除。", "申诉专线4000918 6237。",
                                   "请将截图发客服企业微信 jdkf_0722。", "申诉请找400-0918-6237。"}) {
    INFO(contact);
    const std::string text = "【微信支付】因你的账户存在风险，已被限制收款功能。" + std::string(contact);
    const Decision d = decide(*testing::policy_from(kDefaults), {text, "106907002186", {}},
                              model_says(kFraud, 0.95f));
    CHECK(!d.has_reason(R::kInAppOnly));
    CHECK(d.action == Action::kBlock);
  }
}

TEST_CASE("a brand's name with a contact the registry doesn't list for it is never allowed",
          "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"【招商银行】您的信用卡额度可提升至5万，加客服微信cmb_vip888办理。", "", kTransaction,
            Action::kMute, {R::kSuspiciousContact}},
           {"【中国平安】您的保单有一笔理赔款待领取，请加QQ：12345678 联系专员。", "", kTransaction,
            Action::kMute, {R::kSuspiciousContact}},
           {"【京东】您的订单已发货，查看物流 https://jd-wuliu.top/a8 。", "", kTransaction,
            Action::kMute, {R::kSuspiciousContact}},
           {"【招商银行】您的积分即将过期，兑换请戳 cmbt-cn.com/Ab12 。", "", kTransaction, Action::kMute,
            {R::kSuspiciousContact}},
       }) {
    check(c);
  }
  // Links and ids the registry vouches for, or a message naming no registry brand.
  check({"【京东】您的订单已发货，查看物流 https://3.cn/a8 。", "", kTransaction, Action::kAllow, {}});
  // 【微信】 and 【QQ】 sign Tencent's messages: a look-alike link is Tencent's suspicious contact.
  check({"【微信】您的好友向您转账5000元，请在24小时内确认收款：wx-zz.cc/r", "", kTransaction, Action::kMute,
         {R::kSuspiciousContact}});
  check({"【LINE】您的帳號已在新裝置登入，若非本人操作，請至 https://line.me/zh-hant/help 變更密碼。", "",
         kSecurity, Action::kAllow, {R::kOfficialLink}});
  check({"【中華電信】您的驗證碼為583021，請於10分鐘內輸入。申辦5G吃到飽月付599起 cht.tw/x/9kQ", "", kSecurity,
         Action::kAllow, {R::kCode, R::kOfficialLink}});
  // A merchant a card was charged by, a registry organisation's domain in capitals, is no
  // link the bank gives; the same in lower case, or a look-alike in capitals, is.
  check({"【招商银行】CMB verification code 628401, for card ending 6203 online payment of CNY3,280.00 to "
         "APPLE.COM/BILL. Do not disclose it to anyone.",
         "95555", kSecurity, Action::kAllow, {R::kCode, R::kOfficialSender}});
  check({"【招商银行】CMB verification code 628401, for card ending 6203 online payment of CNY3,280.00 to "
         "apple.com/bill. Do not disclose it to anyone.",
         "95555", kSecurity, Action::kMute, {R::kCode, R::kSuspiciousContact}});
  check({"【招商银行】验证码628401，用于尾号6203的卡在APPLE-BILL.TOP支付3,280.00元。", "95555", kSecurity,
         Action::kMute, {R::kCode, R::kSuspiciousContact}});
  check({"【某某小店】您的订单已发货，加店主微信shop_8888 有惊喜。", "", kTransaction, Action::kAllow, {}});
  check({"【腾讯科技】你正在修改QQ86405311的密保手机，验证码438878。", "", kSecurity, Action::kAllow,
         {R::kCode}});
}

TEST_CASE("scams in a code's or a notice's clothes are never allowed", "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           // A code with "if this wasn't you, call" a number the bank doesn't use.
           {"【工商银行】您的验证码为482913，如非本人操作，请致电021-61234567取消。", "", kSecurity,
            Action::kMute, {R::kCode, R::kSuspiciousContact}},
           // A debit alert with a rented 400 number.
           {"【建设银行】您尾号6789的账户支出人民币5000.00元，如有疑问请致电4001234567。", "",
            kTransaction, Action::kMute, {R::kSuspiciousContact}},
           // An insurer's name with a mobile number, the model unsure.
           {"【平安保险】您有一笔车险退费待领取，请联系专员13812345678办理。", "", kTransaction,
            Action::kMute, {R::kSuspiciousContact}},
           // An invitation to a WhatsApp group is whoever made it, not WhatsApp's own link.
           {"【港股精英群】资深基金经理每日免费分享内幕消息，保证获利，即加WhatsApp群 chat.whatsapp.com/Kx9bQ2mT", "",
            kTransaction, Action::kBlock, {R::kScamRequest}},
           // LINE's invitations share line.me with LINE's own pages: the path tells them apart.
           {"【LINE】台股老师每日免费分享飙股，保证获利，立即加入群组 line.me/ti/g/xK82pq", "",
            kTransaction, Action::kBlock, {R::kScamRequest}},
           {"【LINE】台股老师每日免费分享飙股，保证获利，加好友 https://line.me/R/ti/p/@stock88", "",
            kTransaction, Action::kBlock, {R::kScamRequest}},
       }) {
    check(c);
  }
  const auto policy = testing::policy_from(kDefaults);
  const Decision unsure = decide(*policy, {"【平安保险】您有一笔车险退费待领取，请联系专员13812345678办理。", "", {}},
                                 model_says(Category::kPersonal, 0.4f, true));
  CHECK(unsure.action == Action::kMute);
  // A code protects the call-back scam in its clothes, even with a person's number or QQ id:
  // muted (never allowed, never blocked by the model alone) — a scam muted costs little, a
  // lost code a lot.
  check({"【工商银行】您的验证码为482913，如非本人操作，请立即致电13158254508取消，否则将扣款。", "95588",
         kFraud, Action::kMute, {R::kCode, R::kSpoofedSender, R::kSuspiciousContact, R::kProtected}});
  check({"【工商银行】您的验证码为482913，如非本人操作请加QQ 12345678 取消。", "", kFraud, Action::kMute,
         {R::kCode, R::kSuspiciousContact, R::kProtected}});
  check({"【工商银行】您的验证码为482913，如非本人操作，请致电021-61234567取消。", "", kFraud,
         Action::kMute, {R::kCode, R::kSuspiciousContact, R::kProtected}});
}

TEST_CASE("a code in an institution's name from a person's or a foreign number protects no fraud",
          "[policy][protection]") {
  // Institutions send their codes from service numbers. When the model is not sure it is
  // fraud, the code still protects.
  constexpr std::string_view kDressedCode = "【工商银行】您的验证码为482913，如非本人操作，请致电021-61234567取消。";
  const Decision dressed = blocked_unprotected(kDressedCode, "+8617162093371");
  CHECK(dressed.has_reason(R::kCode));
  CHECK(dressed.has_reason(R::kSuspiciousSender));
  CHECK_FALSE(dressed.code);
  check({kDressedCode, "+8617162093371", kSecurity, Action::kMute, {R::kCode, R::kSuspiciousSender}});
}

TEST_CASE("a notice that links to a bare IP address or a cheap domain is never allowed by the model alone",
          "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           // No brand named, so no contact to judge: the host alone gives it away.
           {"【通告】尊敬的车主，您的ETC已停用，务必及时点击 etc-tx.icu 处理，超时将无法出行！", "",
            kTransaction, Action::kMute, {R::kSuspiciousLink}},
           {"您的快递因地址不详无法派送，请点击 http://45.77.12.9/kd 重新填写地址。", "", kTransaction,
            Action::kMute, {R::kSuspiciousLink}},
           {"您好，积分即将清零，请登录 jf-dh.top 兑换礼品。", "", kSecurity, Action::kMute,
            {R::kSuspiciousLink}},
       }) {
    check(c);
  }
  const Result notice = model_says(Category::kTransaction, 0.95f);
  const Decision d =
      decide(*testing::policy_from(kDefaults), {"您的快递因地址不详无法派送，请点击 http://45.77.12.9/kd 重新填写地址。", "", {}},
             notice);
  REQUIRE(d.has_reason(R::kSuspiciousLink));
  CHECK(d.reasons[1].host() == "45.77.12.9");
  CHECK(reason_text(d.reasons[1], Language::kChinese) ==
        "链接 45.77.12.9 是IP地址或廉价域名，银行、运营商和商家不会使用");
  CHECK(d.sub_kind == SubKind::kNone);
  // A host the user trusts, or a user's allow rule, decides as before.
  constexpr std::string_view kPoints = "您好，积分即将清零，请登录 jf-dh.top 兑换礼品。";
  CHECK(decide(*testing::policy_from("smsfilter-policy 1\ntrust jf-dh.top\n"), {kPoints, "", {}}, notice).action ==
        Action::kAllow);
  CHECK(decide(*testing::policy_from("smsfilter-policy 1\nallow keyword 积分\n"), {kPoints, "", {}}, notice).action ==
        Action::kAllow);
}

TEST_CASE("the bank's own numbers and shops' couriers are not suspect", "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"【工商银行】您尾号1234的卡支出500.00元，如有疑问请致电95588。", "95588", kTransaction,
            Action::kAllow, {R::kOfficialSender}},
           // China Mobile's hotline for customers abroad is a mobile number.
           {"【中国移动】欢迎来到香港！您的国际漫游已开通，详询+8613800100186。", "10086", kTransaction,
            Action::kAllow, {R::kOfficialSender}},
           {"【招商银行】您的信用卡本期账单已出，详询4008205555。", "", kTransaction, Action::kAllow, {}},
           // Taiwan's tax offices answer on one toll-free number.
           {"财政部提醒：您的综合所得税退税款已拨入指定账户，如有疑问请洽0800-000-321。", "+886937802156",
            kTransaction, Action::kAllow, {}},
           {"【北京银行】您尾号1234的信用卡消费人民币88.00元，详询4006601169。", "", kTransaction, Action::kAllow, {}},
           {"【顺丰速运】您的快件正在派送中，快递员王师傅13912345678。", "", kTransaction, Action::kAllow, {}},
           {"【美团】您的外卖骑手李师傅（13712345678）正在配送。", "", kTransaction, Action::kAllow, {}},
           // Nor are a carrier's installer or an insurer's tow-truck driver.
           {"【中国电信】您申请的宽带装机已派单，装维工程师李师傅（18907512264）将于明天上午上门安装。", "10000",
            kTransaction, Action::kAllow, {R::kOfficialSender}},
           {"【中国平安】您的救援申请已受理，司机王师傅电话13925168842，请在护栏外安全位置等候。", "",
            kTransaction, Action::kAllow, {}},
       }) {
    check(c);
  }
}

TEST_CASE("a shop's or platform's customer service on a mobile is suspect", "[policy][protection]") {
  check({"【拼多多】您已开通先用后付月卡，每月扣费299元，如需关闭请联系客服18720637415。", "", kTransaction,
         Action::kMute, {R::kSuspiciousContact}});
  check({"【京东】您的订单因质检不合格可申请理赔，售后电话：13812345678。", "", kTransaction, Action::kMute,
         {R::kSuspiciousContact}});
  // Its staff's mobiles, and a customer-service landline, are not.
  check({"【京东】您的订单由配送员张师傅13812345678派送，客服电话010-89118888。", "", kTransaction,
         Action::kAllow, {}});
  // A carrier's number for calls from abroad is a mobile number of its own.
  check({"【中国联通】欢迎来到日本！您的国际漫游已开通，如需帮助请拨打+8618610010010。", "", kTransaction,
         Action::kAllow, {}});
}

TEST_CASE("the reader's own number quoted by a notice is not a contact", "[policy][protection]") {
  for (const Case& c : std::vector<Case>{
           {"【中国联通】尊敬的15612345678用户，您本月账单合计58.00元。", "", kTransaction, Action::kAllow, {}},
           {"【中国移动】尊敬的客户，您的13912345678话费余额不足10元，请及时充值。", "", kTransaction,
            Action::kAllow, {}},
           {"【中國電信】親愛的 17712345678 客戶，您的套餐將於下月生效。", "", kTransaction, Action::kAllow, {}},
           {"【中国电信】您反映的17712345678号码停机问题已处理完毕。", "", kTransaction, Action::kAllow, {}},
           {"【中国联通】您12月份通信账单信息：用户号码：15628765001；账单查询请点击 http://u.10010.cn/tAE3W", "",
            kTransaction, Action::kAllow, {R::kOfficialLink}},
           {"【中国移动】您申请的宽带装机已完成，宽带账号 0755293811，如有问题请拨打10086。", "", kTransaction,
            Action::kAllow, {}},
           {"【中国电信】您的宽带帐户07552938110已续费成功。", "", kTransaction, Action::kAllow, {}},
           {"【中国电信】办理提醒：尊敬的客户，号码18512345678于2026年12月01日办理了流量包业务。", "", kTransaction,
            Action::kAllow, {}},
           {"【中国移动】您的手机号13912345678已成功开通国际漫游。", "", kTransaction, Action::kAllow, {}},
           {"台灣電力公司通知：您電號07-12-3456-78之本期電費NT$986已扣款成功。", "", kTransaction, Action::kAllow, {}},
       }) {
    check(c);
  }
  // A number to call, even in a notice that addresses the reader, is still judged.
  check({"【中国移动】尊敬的客户，您的积分即将清零，请联系客服13912345678兑换。", "", kTransaction,
         Action::kMute, {R::kSuspiciousContact}});
  check({"【中国移动】尊敬的15612345678用户，积分兑换请致电13912345678。", "", kTransaction, Action::kMute,
         {R::kSuspiciousContact}});
  check({"【中国移动】宽带账号0755293811，报修请致电0755-29381100。", "", kTransaction, Action::kMute,
         {R::kSuspiciousContact}});
  check({"【中国电信】您的业务已到期，请拨打号码13912345678于今日内办理续费。", "", kTransaction, Action::kMute,
         {R::kSuspiciousContact}});
  check({"【中国电信】服务号码13912345678于工作日接听。", "", kTransaction, Action::kMute, {R::kSuspiciousContact}});
}

TEST_CASE("only a user rule blocks a protected message", "[policy][protection]") {
  const auto policy = testing::policy_from("smsfilter-policy 1\nblock sender 95588 id=icbc\n");
  const Decision d = decide(*policy, {"【工商银行】您的账户已被冻结。", "95588", {}}, model_says(kFraud, 0.95f));
  CHECK(d.action == Action::kBlock);
  CHECK(d.has_reason(R::kRule));
  CHECK(d.has_reason(R::kOfficialSender));
  CHECK_FALSE(d.has_reason(R::kProtected));
}

TEST_CASE("an allow rule does not let a suspicious contact through", "[policy][protection]") {
  // A false base station can send as 95588.
  const auto policy = testing::policy_from("smsfilter-policy 1\nallow sender 95588 id=icbc\n");
  const Decision scam = decide(*policy, {"【工商银行】您的账户已冻结，请联系客服专员17012345678解冻。", "95588", {}},
                               model_says(kFraud, 0.95f));
  CHECK(scam.action == Action::kMute);
  CHECK(scam.has_reason(R::kRule));
  CHECK(scam.has_reason(R::kSuspiciousContact));
  const Decision notice = decide(*policy, {"【工商银行】您尾号1234的卡支出500.00元，详询95588。", "95588", {}},
                                 model_says(kTransaction, 0.95f));
  CHECK(notice.action == Action::kAllow);
}

TEST_CASE("the decision names the organisation and its kind", "[policy][protection]") {
  const auto policy = testing::policy_from(kDefaults);
  Decision d = decide(*policy, {"您尾号1234的卡入账100元", "95588", {}}, model_says(kTransaction, 0.95f));
  CHECK(d.organization == "icbc");
  CHECK(d.organization_kind == OrganizationKind::kBank);
  d = decide(*policy, {"【顺丰速运】您的快件已签收。", "", {}}, model_says(kTransaction, 0.95f));
  CHECK(d.organization == "sf_express");
  CHECK(d.organization_kind == OrganizationKind::kDelivery);
  d = decide(*policy, {"今晚一起吃饭吗", "13800138000", {}}, model_says(Category::kPersonal, 0.95f));
  CHECK(d.organization.empty());
  CHECK_FALSE(d.organization_kind);
}

TEST_CASE("a policy can use another registry", "[policy][protection]") {
  Status status;
  const auto registry = Registry::parse(
      "smsfilter-registry 1\nversion 1\norg acme\nkind bank\nregion cn\nname 阿克米银行\n"
      "sender 95000\nsource https://acme.example.com\n",
      &status);
  REQUIRE(registry);
  PolicyConfig config;
  const auto policy = Policy::create(config, registry, &status);
  REQUIRE(policy);
  Decision d = decide(*policy, {"您的账户已冻结", "95000", {}}, model_says(kFraud, 0.95f));
  CHECK(d.action == Action::kMute);
  CHECK(d.organization == "acme");
  d = decide(*policy, {"您的账户已冻结", "95588", {}}, model_says(kFraud, 0.95f));
  CHECK(d.action == Action::kBlock);
  CHECK_FALSE(Policy::create(config, nullptr, &status));
  CHECK(status.code() == StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace smsfilter
