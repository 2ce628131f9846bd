// What a decision means to the phone's own filtering APIs.
#ifndef SMSFILTER_PLATFORM_H_
#define SMSFILTER_PLATFORM_H_

#include "smsfilter/decision.h"

namespace smsfilter {

// Raw values of Apple's ILMessageFilterAction (IdentityLookup; promotion and transaction
// since iOS 14). A Message Filter extension builds the Swift value with
// ILMessageFilterAction(rawValue:).
enum class AppleFilterAction : int {
  kNone = 0,
  kAllow = 1,
  kJunk = 2,
  kPromotion = 3,
  kTransaction = 4,
};

// Raw values of ILMessageFilterSubAction (iOS 16) that the mapping uses.
enum class AppleFilterSubAction : int {
  kNone = 0,
  kTransactionalOthers = 10000,
  kPromotionalOthers = 20000,
};

struct AppleFilterVerdict {
  AppleFilterAction action = AppleFilterAction::kNone;
  AppleFilterSubAction sub_action = AppleFilterSubAction::kNone;
};

// none → none, allow → allow, block → junk. A mute files the message in the folder of
// its category without a notification: marketing → promotion (promotionalOthers),
// transaction and security → transaction (transactionalOthers), personal and fraud → junk.
AppleFilterVerdict to_apple_filter(const Decision& decision);

// What an Android SMS app does with the message.
enum class AndroidDelivery : int {
  kNotify = 0,  // store in the inbox and notify (allow, and none: the app's default)
  kSilent = 1,  // store in the inbox without a notification (mute)
  kBlock = 2,   // store in the blocked/spam folder, no notification (block)
};

AndroidDelivery to_android_delivery(Action action);

}  // namespace smsfilter

#endif  // SMSFILTER_PLATFORM_H_
