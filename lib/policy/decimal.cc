#include "policy/decimal.h"

#include <cmath>
#include <cstdint>

namespace smsfilter::internal {

std::string format_decimal(float value, int decimals) {
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const double magnitude = std::fabs(static_cast<double>(value));
  const std::int64_t scaled = std::llround(magnitude * static_cast<double>(scale));
  std::string out = (value < 0 && scaled != 0 ? "-" : "") + std::to_string(scaled / scale);
  if (decimals == 0) return out;
  const std::string fraction = std::to_string(scaled % scale);
  return out + "." + std::string(static_cast<std::size_t>(decimals) - fraction.size(), '0') + fraction;
}

}  // namespace smsfilter::internal
