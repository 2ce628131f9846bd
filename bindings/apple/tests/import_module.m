// Imports smsfilter.h as the Clang module SmsFilter, as Swift and Objective-C do, and
// calls through it.
@import SmsFilter;

// The enums arrive whole, though their list (smsfilter/enums.def) is a textual header.
_Static_assert(SMSF_APPLE_SUB_ACTION_PROMOTIONAL_COUPONS == 20002, "smsf_apple_sub_action");

int main(void) {
  smsf_action action = SMSF_ACTION_NONE;
  return smsf_version_number() == SMSF_VERSION_NUMBER && action == SMSF_ACTION_NONE ? 0 : 1;
}
