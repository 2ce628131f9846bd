#include "smsfilter/platform.h"

namespace smsfilter {

AppleFilterVerdict to_apple_filter(const Decision& decision) {
  switch (decision.action) {
    case Action::kNone: return {AppleFilterAction::kNone, AppleFilterSubAction::kNone};
    case Action::kAllow: return {AppleFilterAction::kAllow, AppleFilterSubAction::kNone};
    case Action::kBlock: return {AppleFilterAction::kJunk, AppleFilterSubAction::kNone};
    case Action::kMute: break;
  }
  switch (decision.category) {
    case Category::kMarketing:
      return {AppleFilterAction::kPromotion, AppleFilterSubAction::kPromotionalOthers};
    case Category::kTransaction:
    case Category::kSecurity:
      return {AppleFilterAction::kTransaction, AppleFilterSubAction::kTransactionalOthers};
    case Category::kPersonal:
    case Category::kFraud:
      break;
  }
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
