/* CHECK for the C API tests: it counts failures and carries on. */
#ifndef SMSFILTER_BINDINGS_C_TESTS_CHECK_H_
#define SMSFILTER_BINDINGS_C_TESTS_CHECK_H_

#include <stdio.h>

static int failures = 0;

#define CHECK(condition)                                                                \
  do {                                                                                  \
    if (!(condition)) {                                                                 \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #condition); \
      failures++;                                                                       \
    }                                                                                   \
  } while (0)

/* The test's exit status. */
static int report_failures(void) {
  if (failures > 0) fprintf(stderr, "%d checks failed\n", failures);
  return failures == 0 ? 0 : 1;
}

#endif /* SMSFILTER_BINDINGS_C_TESTS_CHECK_H_ */
