// Sub-kinds: the folder a transaction or promotion belongs in, from the registry
// organisation's kind and the message's signals; a flagged message is never a transaction.
#include <string_view>

#include <catch2/catch.hpp>

#include "policy_test_support.h"
#include "smsfilter/platform.h"

namespace smsfilter {
namespace {

using testing::decide;
using testing::model_says;

SubKind sub_kind_of(std::string_view text, Category category, std::string_view sender = "") {
  const auto policy = testing::policy_from("smsfilter-policy 1\n");
  INFO(text);
  return decide(*policy, {text, sender, {}}, model_says(category, 0.95f)).sub_kind;
}

constexpr Category kTransaction = Category::kTransaction, kSecurity = Category::kSecurity,
                   kMarketing = Category::kMarketing;

TEST_CASE("transactions are filed by their organisation's kind", "[policy][sub_kind]") {
  CHECK(sub_kind_of("【招商银行】您尾号1234的账户于12月1日支出人民币100.00元，余额2000.00元。", kTransaction) ==
        SubKind::kTransactionalFinance);
  CHECK(sub_kind_of("您尾号1234的卡入账100元", kTransaction, "95588") == SubKind::kTransactionalFinance);
  CHECK(sub_kind_of("【顺丰速运】您的快件已签收。", kTransaction) == SubKind::kTransactionalOrders);
  CHECK(sub_kind_of("【中国移动】您本月话费账单为58.00元。", kTransaction) == SubKind::kTransactionalCarrier);
  CHECK(sub_kind_of("【交管12123】您的车辆于11月20日违反规定停放，请及时处理。", kTransaction, "12123") ==
        SubKind::kTransactionalPublicServices);
  // A bank's code is a finance message too.
  CHECK(sub_kind_of("【招商银行】您的验证码为829104，5分钟内有效。", kSecurity) == SubKind::kTransactionalFinance);
}

TEST_CASE("without an organisation, transactions are filed by what they talk about", "[policy][sub_kind]") {
  CHECK(sub_kind_of("【菜鸟驿站】您的包裹已到站，凭取件码3-2-1023到驿站领取。", kTransaction) ==
        SubKind::kTransactionalOrders);
  CHECK(sub_kind_of("【丰巢】取件码 882910，请及时取件。", kSecurity) == SubKind::kTransactionalOrders);
  CHECK(sub_kind_of("【北京协和医院】您已成功预约12月3日上午内科门诊。", kTransaction) ==
        SubKind::kTransactionalHealth);
  CHECK(sub_kind_of("【市气象台】暴雨橙色预警：预计未来3小时有大暴雨。", kTransaction) ==
        SubKind::kTransactionalWeather);
  CHECK(sub_kind_of("【某某商城】您的积分1200将于月底清零。", kTransaction) == SubKind::kTransactionalRewards);
  CHECK(sub_kind_of("【某某物业】您的账户尾号3321本月扣款280.00元。", kTransaction) ==
        SubKind::kTransactionalFinance);
  CHECK(sub_kind_of("【某某公司】您的申请已受理。", kTransaction) == SubKind::kTransactionalOthers);
}

TEST_CASE("promotions are filed as coupons, offers or others", "[policy][sub_kind]") {
  CHECK(sub_kind_of("【某某超市】送你一张20元无门槛优惠券，到店即可使用，回T退订", kMarketing) ==
        SubKind::kPromotionalCoupons);
  CHECK(sub_kind_of("【某某商城】双11全场5折起，限时秒杀，回T退订", kMarketing) == SubKind::kPromotionalOffers);
  CHECK(sub_kind_of("【某某楼盘】城市中心，品质生活，欢迎莅临，回T退订", kMarketing) ==
        SubKind::kPromotionalOthers);
}

TEST_CASE("personal, fraud, unsure and flagged messages have no sub-kind", "[policy][sub_kind]") {
  CHECK(sub_kind_of("今晚一起吃饭吗", Category::kPersonal) == SubKind::kNone);
  CHECK(sub_kind_of("您的账户涉嫌洗钱，请转账到安全账户", Category::kFraud) == SubKind::kNone);
  const auto policy = testing::policy_from("smsfilter-policy 1\n");
  CHECK(decide(*policy, {"您尾号1234的卡入账100元", "", {}}, model_says(kTransaction, 0.4f, true)).sub_kind ==
        SubKind::kNone);
  // Phishing and a bank's name with a mobile number: never a transaction, whatever the model says.
  CHECK(sub_kind_of("【工商银行】您的网银U盾已过期，请登录 www.icbc-u.cc 更新银行卡信息。", kTransaction) ==
        SubKind::kNone);
  const Decision d = decide(*policy, {"【建设银行】您尾号6789的账户支出人民币5000.00元，如有疑问请致电13812345678。", "", {}},
                            model_says(kTransaction, 0.95f));
  CHECK(d.action == Action::kMute);
  CHECK(d.sub_kind == SubKind::kNone);
  CHECK(to_apple_filter(d).action == AppleFilterAction::kJunk);
  // A promotion with a link the brand doesn't use is still a promotion.
  CHECK(sub_kind_of("【美团】送你一张20元红包，点击 dpurl.cn/x8Kd 领取，回T退订", kMarketing) ==
        SubKind::kPromotionalCoupons);
}

}  // namespace
}  // namespace smsfilter
