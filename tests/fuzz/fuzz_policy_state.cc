// Restores arbitrary bytes as a saved PolicyState (hosts read them back from storage),
// then the same bytes with their checksum rewritten so that the fuzzer reaches the
// records behind it. A state that restores must save to bytes that restore to itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "smsfilter/model_format.h"
#include "smsfilter/policy.h"

namespace {

// PolicyState::save(): magic, version, reserved, then a CRC-32C of every other byte (of the
// bytes after it alone in version 1).
constexpr std::size_t kStateChecksumOffset = 8;
constexpr std::size_t kStateChecksummedFrom = 12;

void restore(std::string_view bytes) {
  using namespace smsfilter;
  PolicyState state;
  const std::string empty = state.save();
  if (!state.restore(bytes).ok()) {
    fuzz::require(state.save() == empty, "a refused restore leaves the state unchanged");
    return;
  }
  const std::string saved = state.save();
  PolicyState reread;
  fuzz::require(reread.restore(saved).ok() && reread.save() == saved,
                "a restored state saves and restores to itself");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace format = smsfilter::format;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  restore(bytes);
  if (bytes.size() < kStateChecksummedFrom) return 0;
  auto* p = reinterpret_cast<unsigned char*>(bytes.data());
  const std::uint32_t header = format::load_u16(p + 4) == 1 ? 0 : format::crc32c(p, kStateChecksumOffset);
  format::store_u32(p + kStateChecksumOffset,
                    format::crc32c(p + kStateChecksummedFrom, bytes.size() - kStateChecksummedFrom,
                                   header));
  restore(bytes);
  return 0;
}
