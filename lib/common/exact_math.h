// exp and log built only from IEEE-754 operations that every CPU rounds the same way
// (+, -, *, /, scaling by a power of two), so the trainer writes the same model bytes and
// the scorer prints the same probabilities on any x86-64 CPU and on arm64: libm's exp and
// log may differ in the last bit between targets. The build adds -ffp-contract=off and
// EIGEN_DONT_VECTORIZE (CMakeLists.txt) so that nothing else does.
#ifndef SMSFILTER_LIB_COMMON_EXACT_MATH_H_
#define SMSFILTER_LIB_COMMON_EXACT_MATH_H_

#include <cmath>

namespace smsfilter::internal {

// e^x to within a few units in the last place of a double.
inline double exact_exp(double x) {
  if (x > 709.0) return HUGE_VAL;
  if (x < -745.0) return 0.0;
  constexpr double kLog2e = 1.4426950408889634;
  constexpr double kLn2High = 6.93147180369123816490e-01;  // 32 significant bits: k * this is exact
  constexpr double kLn2Low = 1.90821492927058770002e-10;
  const double k = std::nearbyint(x * kLog2e);
  const double r = (x - k * kLn2High) - k * kLn2Low;  // |r| <= 0.35
  // Taylor series of e^r to r^13 / 13!, in Horner form.
  double sum = 1.0;
  for (int n = 13; n >= 1; --n) sum = 1.0 + sum * r / n;
  return std::ldexp(sum, static_cast<int>(k));
}

// Natural logarithm of x > 0 to within a few units in the last place of a double.
inline double exact_log(double x) {
  if (!(x > 0.0)) return x == 0.0 ? -HUGE_VAL : NAN;
  if (std::isinf(x)) return x;
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // x = m * 2^exponent, m in [0.5, 1)
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    --exponent;
  }
  // log(m) = 2 atanh(s) with s = (m - 1) / (m + 1), |s| <= 0.172.
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  double sum = 0.0;
  for (int n = 23; n >= 3; n -= 2) sum = (1.0 / n + sum) * s2;
  constexpr double kLn2 = 0.69314718055994530942;
  return exponent * kLn2 + 2.0 * (s + s * sum);
}

// x^y for x > 0.
inline double exact_pow(double x, double y) { return exact_exp(y * exact_log(x)); }

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_COMMON_EXACT_MATH_H_
