/* smsfilter.h included as a plain header, compiled by clang as C and as C++. */
#include "smsfilter.h"

int main(void) {
  smsf_feedback feedback = SMSF_FEEDBACK_SPAM;
  return smsf_version_number() == SMSF_VERSION_NUMBER && feedback == SMSF_FEEDBACK_SPAM ? 0 : 1;
}
