// What a PolicyState holds; shared by the policy that reads and updates it and the code
// that saves and restores it.
#ifndef SMSFILTER_LIB_POLICY_POLICY_STATE_DATA_H_
#define SMSFILTER_LIB_POLICY_POLICY_STATE_DATA_H_

#include "policy/feedback_overlay.h"
#include "policy/flood_tracker.h"
#include "smsfilter/policy.h"

namespace smsfilter {

struct PolicyState::Data {
  internal::FloodTracker flood;
  internal::FeedbackOverlay overlay;
};

}  // namespace smsfilter

#endif  // SMSFILTER_LIB_POLICY_POLICY_STATE_DATA_H_
