// Locale-independent decimal formatting: printf and iostreams follow the host's
// LC_NUMERIC, which may write 0,97.
#ifndef SMSFILTER_LIB_POLICY_DECIMAL_H_
#define SMSFILTER_LIB_POLICY_DECIMAL_H_

#include <string>

namespace smsfilter::internal {

// `value` rounded to `decimals` (0 to 6) places, e.g. format_decimal(-0.5f, 2) == "-0.50".
std::string format_decimal(float value, int decimals);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_DECIMAL_H_
