#include <cmath>
#include <random>

#include <catch2/catch.hpp>

#include "common/exact_math.h"

namespace smsfilter::internal {
namespace {

// Within a few units in the last place of libm, which rounds correctly or nearly so.
bool close(double exact, double libm) { return std::fabs(exact - libm) <= 4e-16 * std::fabs(libm); }

TEST_CASE("exact_exp and exact_log agree with libm to a few ulps", "[exact_math]") {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> exponent(-700, 700);
  for (int i = 0; i < 100000; ++i) {
    const double x = exponent(rng);
    REQUIRE(close(exact_exp(x), std::exp(x)));
    const double y = std::exp(x);
    REQUIRE(close(exact_log(y), std::log(y)));
  }
  CHECK(exact_pow(2.0, 10.0) == Approx(1024.0).epsilon(1e-15));
}

TEST_CASE("exact_exp and exact_log edge values", "[exact_math]") {
  CHECK(exact_exp(0) == 1.0);
  CHECK(exact_log(1) == 0.0);
  CHECK(exact_exp(710) == HUGE_VAL);
  CHECK(exact_exp(-746) == 0.0);
  CHECK(exact_log(0) == -HUGE_VAL);
  CHECK(std::isnan(exact_log(-1)));
  CHECK(exact_log(HUGE_VAL) == HUGE_VAL);
  CHECK(close(exact_log(1 + 1e-10), std::log(1 + 1e-10)));
}

}  // namespace
}  // namespace smsfilter::internal
