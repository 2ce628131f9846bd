// PolicyState and its saved form:
//   offset  size  field
//   0       4     magic "SMPS"
//   4       2     version, 2
//   6       2     reserved, 0 (anything else is refused)
//   8       4     CRC-32C of bytes [0, 8) then [12, end): every byte but its own
//   12      ...   feedback overlay: clock u32, count u32, then per entry
//                 key u64, kind u8, weight f32, last adjusted u32
//   ...     ...   flood histories: count u32, then per key: key u64, n u32, n × time i64
// Little-endian throughout, like the model format. Version 1, the same but for a CRC of
// bytes [12, end) alone, is still read (a host upgrading keeps its user's feedback): its
// header bytes are each checked against the only values they can hold.
#include "policy/policy_state_data.h"

#include "common/atomic_file.h"
#include "common/crc32c.h"
#include "smsfilter/model_format.h"

namespace smsfilter {
namespace {

constexpr std::string_view kMagic = "SMPS";
constexpr std::uint16_t kVersion = 2;
constexpr std::uint16_t kVersionWithoutHeaderChecksum = 1;
constexpr std::size_t kChecksumOffset = 8;
constexpr std::size_t kHeaderSize = 12;

std::uint32_t checksum(std::string_view bytes, std::uint16_t version) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::uint32_t header = version == kVersionWithoutHeaderChecksum
                                   ? 0
                                   : internal::fast_crc32c(p, kChecksumOffset);
  return internal::fast_crc32c(p + kHeaderSize, bytes.size() - kHeaderSize, header);
}

}  // namespace

PolicyState::PolicyState() : data_(std::make_unique<Data>()) {}
PolicyState::~PolicyState() = default;
PolicyState::PolicyState(PolicyState&&) noexcept = default;
PolicyState& PolicyState::operator=(PolicyState&&) noexcept = default;

std::size_t PolicyState::tracked_sender_count() const { return data_->flood.key_count(); }
std::size_t PolicyState::feedback_entry_count() const { return data_->overlay.entry_count(); }

std::string PolicyState::save() const {
  std::string out(kMagic);
  format::append_u16(out, kVersion);
  format::append_u16(out, 0);
  format::append_u32(out, 0);  // checksum, below
  data_->overlay.save(&out);
  data_->flood.save(&out);
  format::store_u32(reinterpret_cast<unsigned char*>(out.data()) + kChecksumOffset,
                    checksum(out, kVersion));
  return out;
}

Status PolicyState::save_file(const std::string& path) const {
  return internal::write_file_atomically(path, save());
}

Status PolicyState::restore(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic)
    return Status(StatusCode::kInvalidArgument, "policy state: not a saved policy state");
  const std::uint16_t version = format::load_u16(p + 4);
  if (version != kVersion && version != kVersionWithoutHeaderChecksum)
    return Status(StatusCode::kInvalidArgument, "policy state: unsupported version");
  if (format::load_u32(p + kChecksumOffset) != checksum(bytes, version))
    return Status(StatusCode::kInvalidArgument, "policy state: checksum mismatch");
  if (format::load_u16(p + 6) != 0)
    return Status(StatusCode::kInvalidArgument, "policy state: reserved bytes set");
  auto data = std::make_unique<Data>();
  internal::ByteReader reader(bytes.substr(kHeaderSize));
  Status status = data->overlay.load(&reader);
  if (status.ok()) status = data->flood.load(&reader);
  if (status.ok() && reader.remaining() != 0)
    status = Status(StatusCode::kInvalidArgument, "policy state: trailing bytes");
  if (status.ok()) data_ = std::move(data);
  return status;
}

}  // namespace smsfilter
