// Imports smsfilter.h as the Clang module SmsFilter, as Swift and Objective-C do, and
// calls through it.
@import SmsFilter;

int main(void) {
  smsf_action action = SMSF_ACTION_NONE;
  return smsf_version_number() == SMSF_VERSION_NUMBER && action == SMSF_ACTION_NONE ? 0 : 1;
}
