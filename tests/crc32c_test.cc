#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "common/crc32c.h"
#include "smsfilter/model_format.h"

namespace smsfilter {
namespace {

const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

TEST_CASE("CRC-32C matches its check value", "[crc32c]") {
  const std::string check = "123456789";
  CHECK(format::crc32c(bytes(check), check.size()) == 0xE3069283u);
  CHECK(internal::fast_crc32c(bytes(check), check.size()) == 0xE3069283u);
  CHECK(internal::fast_crc32c(nullptr, 0) == 0);
}

TEST_CASE("the fast CRC-32C agrees with the reference at every length and alignment", "[crc32c]") {
  std::mt19937 rng(42);
  std::string data(300, '\0');
  for (char& c : data) c = static_cast<char>(rng());
  for (std::size_t offset = 0; offset < 8; ++offset) {
    for (std::size_t length = 0; offset + length <= data.size(); length += 7) {
      const std::uint32_t expected = format::crc32c(bytes(data) + offset, length);
      CHECK(internal::fast_crc32c(bytes(data) + offset, length) == expected);
      CHECK(internal::slicing_crc32c(bytes(data) + offset, length) == expected);
    }
  }
  const std::uint32_t head = internal::fast_crc32c(bytes(data), 100);
  CHECK(internal::fast_crc32c(bytes(data) + 100, 200, head) == format::crc32c(bytes(data), 300));
}

}  // namespace
}  // namespace smsfilter
