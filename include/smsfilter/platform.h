// What a decision means to the phone's own filtering APIs.
#ifndef SMSFILTER_PLATFORM_H_
#define SMSFILTER_PLATFORM_H_

#include "smsfilter/decision.h"
#include "smsfilter/policy_config.h"

namespace smsfilter {

// Raw values of Apple's ILMessageFilterAction (IdentityLookup; promotion and transaction
// since iOS 14): SMSF_APPLE_ACTION in smsfilter/enums.def. A Message Filter extension builds
// the Swift value with ILMessageFilterAction(rawValue:).
enum class AppleFilterAction : int {
#define SMSF_APPLE_ACTION(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

// Raw values of ILMessageFilterSubAction (iOS 16): SMSF_APPLE_SUB_ACTION in
// smsfilter/enums.def.
enum class AppleFilterSubAction : int {
#define SMSF_APPLE_SUB_ACTION(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
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

// What an Android SMS app does with the message: SMSF_ANDROID_DELIVERY in
// smsfilter/enums.def.
enum class AndroidDelivery : int {
#define SMSF_ANDROID_DELIVERY(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

AndroidDelivery to_android_delivery(Action action);

}  // namespace smsfilter

#endif  // SMSFILTER_PLATFORM_H_
