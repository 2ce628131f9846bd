#include "policy/sub_kind.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace smsfilter::internal {
namespace {

using Phrases = std::initializer_list<std::u32string_view>;

// Normalised text is Simplified and lower case.
constexpr Phrases kCouponPhrases = {U"优惠券", U"代金券", U"抵用券", U"满减券", U"红包", U"优惠码",
                                    U"兑换码", U"领券", U"coupon", U"voucher"};
constexpr Phrases kOfferPhrases = {U"折", U"特价", U"秒杀", U"促销", U"优惠", U"低至", U"直降",
                                   U"大促", U"限时", U"包邮", U"sale", U"% off", U"discount"};
constexpr Phrases kWeatherPhrases = {U"天气", U"气象", U"暴雨", U"台风", U"寒潮", U"高温预警",
                                     U"大风预警", U"降温", U"weather"};
constexpr Phrases kHealthPhrases = {U"医院", U"挂号", U"就诊", U"门诊", U"体检", U"疫苗",
                                    U"接种", U"核酸", U"复诊", U"hospital", U"vaccin"};
constexpr Phrases kOrderPhrases = {U"快递", U"包裹", U"取件", U"驿站", U"快件", U"运单", U"订单",
                                   U"签收", U"派送", U"发货", U"外卖", U"parcel", U"order", U"deliver"};
constexpr Phrases kRewardPhrases = {U"积分", U"会员", U"里程", U"成长值", U"points", U"rewards"};
constexpr Phrases kReminderPhrases = {U"预约", U"航班", U"车次", U"值机", U"登机", U"检票",
                                      U"入住", U"提醒", U"到期", U"flight", U"appointment"};
constexpr Phrases kFinancePhrases = {U"余额", U"账户", U"账单", U"还款", U"扣款", U"消费", U"支出",
                                     U"入账", U"转账", U"信用卡", U"balance", U"account"};

bool mentions(std::u32string_view text, Phrases phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::u32string_view p) { return text.find(p) != std::u32string_view::npos; });
}

SubKind promotional(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  if (mentions(text, kCouponPhrases)) return SubKind::kPromotionalCoupons;
  if (mentions(text, kOfferPhrases)) return SubKind::kPromotionalOffers;
  return SubKind::kPromotionalOthers;
}

std::optional<SubKind> transactional(OrganizationKind kind) {
  switch (kind) {
    case OrganizationKind::kBank:
    case OrganizationKind::kPayment:
    case OrganizationKind::kBroker:
    case OrganizationKind::kInsurer: return SubKind::kTransactionalFinance;
    case OrganizationKind::kEcommerce:
    case OrganizationKind::kDelivery:
    case OrganizationKind::kRideFood: return SubKind::kTransactionalOrders;
    case OrganizationKind::kAirline:
    case OrganizationKind::kRail:
    case OrganizationKind::kTravel: return SubKind::kTransactionalReminders;
    case OrganizationKind::kCarrier: return SubKind::kTransactionalCarrier;
    case OrganizationKind::kGovernment:
    case OrganizationKind::kUtility: return SubKind::kTransactionalPublicServices;
    case OrganizationKind::kPlatform: return std::nullopt;  // anything: read the message
  }
  return std::nullopt;
}

// Topics that say more than money come first: an order or a hospital bill carries an
// amount too.
SubKind transactional(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  if (mentions(text, kWeatherPhrases)) return SubKind::kTransactionalWeather;
  if (mentions(text, kHealthPhrases)) return SubKind::kTransactionalHealth;
  if (mentions(text, kOrderPhrases)) return SubKind::kTransactionalOrders;
  if (!analysis.card_tails().empty() || mentions(text, kFinancePhrases)) return SubKind::kTransactionalFinance;
  if (mentions(text, kRewardPhrases)) return SubKind::kTransactionalRewards;
  if (mentions(text, kReminderPhrases)) return SubKind::kTransactionalReminders;
  if (!analysis.amounts().empty()) return SubKind::kTransactionalFinance;
  return SubKind::kTransactionalOthers;
}

}  // namespace

SubKind sub_kind_of(Category category, std::optional<OrganizationKind> organization,
                    const MessageAnalysis& analysis) {
  switch (category) {
    case Category::kMarketing: return promotional(analysis);
    case Category::kTransaction:
    case Category::kSecurity:
      if (organization) {
        if (const std::optional<SubKind> kind = transactional(*organization)) return *kind;
      }
      return transactional(analysis);
    case Category::kPersonal:
    case Category::kFraud: break;
  }
  return SubKind::kNone;
}

}  // namespace smsfilter::internal
