#include "smsfilter/platform.h"

namespace smsfilter {

AppleFilterSubAction to_apple_sub_action(SubKind kind) {
  switch (kind) {
    case SubKind::kNone: return AppleFilterSubAction::kNone;
    case SubKind::kTransactionalOthers: return AppleFilterSubAction::kTransactionalOthers;
    case SubKind::kTransactionalFinance: return AppleFilterSubAction::kTransactionalFinance;
    case SubKind::kTransactionalOrders: return AppleFilterSubAction::kTransactionalOrders;
    case SubKind::kTransactionalReminders: return AppleFilterSubAction::kTransactionalReminders;
    case SubKind::kTransactionalHealth: return AppleFilterSubAction::kTransactionalHealth;
    case SubKind::kTransactionalWeather: return AppleFilterSubAction::kTransactionalWeather;
    case SubKind::kTransactionalCarrier: return AppleFilterSubAction::kTransactionalCarrier;
    case SubKind::kTransactionalRewards: return AppleFilterSubAction::kTransactionalRewards;
    case SubKind::kTransactionalPublicServices: return AppleFilterSubAction::kTransactionalPublicServices;
    case SubKind::kPromotionalOthers: return AppleFilterSubAction::kPromotionalOthers;
    case SubKind::kPromotionalOffers: return AppleFilterSubAction::kPromotionalOffers;
    case SubKind::kPromotionalCoupons: return AppleFilterSubAction::kPromotionalCoupons;
  }
  return AppleFilterSubAction::kNone;
}

AppleFilterVerdict to_apple_filter(const Decision& decision) {
  switch (decision.action) {
    case Action::kNone: return {AppleFilterAction::kNone, AppleFilterSubAction::kNone};
    case Action::kAllow: return {AppleFilterAction::kAllow, AppleFilterSubAction::kNone};
    case Action::kBlock: return {AppleFilterAction::kJunk, AppleFilterSubAction::kNone};
    case Action::kMute: break;
  }
  const SubKind kind = decision.sub_kind;
  if (is_transactional(kind)) return {AppleFilterAction::kTransaction, to_apple_sub_action(kind)};
  if (is_promotional(kind)) return {AppleFilterAction::kPromotion, to_apple_sub_action(kind)};
  return {AppleFilterAction::kJunk, AppleFilterSubAction::kNone};
}

AndroidDelivery to_android_delivery(Action action) {
  switch (action) {
    case Action::kNone:
    case Action::kAllow: return AndroidDelivery::kNotify;
    case Action::kMute: return AndroidDelivery::kSilent;
    case Action::kBlock: return AndroidDelivery::kBlock;
  }
  return AndroidDelivery::kNotify;
}

}  // namespace smsfilter
