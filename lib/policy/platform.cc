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

AppleFilterVerdict to_apple_filter(const Decision& decision, AppleAllowed allowed) {
  const SubKind kind = decision.sub_kind;
  const AppleFilterVerdict folder =
      is_transactional(kind) ? AppleFilterVerdict{AppleFilterAction::kTransaction, to_apple_sub_action(kind)}
      : is_promotional(kind) ? AppleFilterVerdict{AppleFilterAction::kPromotion, to_apple_sub_action(kind)}
                             : AppleFilterVerdict{AppleFilterAction::kJunk, AppleFilterSubAction::kNone};
  switch (decision.action) {
    case Action::kNone: return {AppleFilterAction::kNone, AppleFilterSubAction::kNone};
    case Action::kAllow:
      // A code must be seen at once, and a message without a sub-kind has no folder.
      if (allowed == AppleAllowed::kFolders && !decision.code && kind != SubKind::kNone) return folder;
      return {AppleFilterAction::kAllow, AppleFilterSubAction::kNone};
    case Action::kMute: return folder;
    case Action::kBlock: return {AppleFilterAction::kJunk, AppleFilterSubAction::kNone};
  }
  return {AppleFilterAction::kNone, AppleFilterSubAction::kNone};
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
