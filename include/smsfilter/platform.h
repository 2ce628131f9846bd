// What a decision means to the phone's own filtering APIs.
#ifndef SMSFILTER_PLATFORM_H_
#define SMSFILTER_PLATFORM_H_

#include "smsfilter/decision.h"
#include "smsfilter/policy_config.h"

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

// Raw values of ILMessageFilterSubAction (iOS 16).
enum class AppleFilterSubAction : int {
  kNone = 0,
  kTransactionalOthers = 10000,
  kTransactionalFinance = 10001,
  kTransactionalOrders = 10002,
  kTransactionalReminders = 10003,
  kTransactionalHealth = 10004,
  kTransactionalWeather = 10005,
  kTransactionalCarrier = 10006,
  kTransactionalRewards = 10007,
  kTransactionalPublicServices = 10008,
  kPromotionalOthers = 20000,
  kPromotionalOffers = 20001,
  kPromotionalCoupons = 20002,
};

struct AppleFilterVerdict {
  AppleFilterAction action = AppleFilterAction::kNone;
  AppleFilterSubAction sub_action = AppleFilterSubAction::kNone;
};

// The sub-action of a sub-kind: transactional ones with .transaction, promotional ones
// with .promotion, kNone → none.
AppleFilterSubAction to_apple_sub_action(SubKind kind);

// none → none, block → junk. A mute files the message in its sub-kind's folder without a
// notification: a transactional sub-kind → transaction, a promotional one → promotion, each
// with its sub-action; a message with none (personal, fraud, or a transaction flagged as
// phishing or with a suspicious contact) → junk. An allow → allow, or with
// AppleAllowed::kFolders (PolicyConfig::apple_allowed) a transaction or promotion without
// a verification code goes to its folder as a mute does.
AppleFilterVerdict to_apple_filter(const Decision& decision, AppleAllowed allowed = AppleAllowed::kInbox);

// What an Android SMS app does with the message.
enum class AndroidDelivery : int {
  kNotify = 0,  // store in the inbox and notify (allow, and none: the app's default)
  kSilent = 1,  // store in the inbox without a notification (mute)
  kBlock = 2,   // store in the blocked/spam folder, no notification (block)
};

AndroidDelivery to_android_delivery(Action action);

}  // namespace smsfilter

#endif  // SMSFILTER_PLATFORM_H_
