// Flood control's memory: when recent messages of each (sender, category) arrived.
#ifndef SMSFILTER_LIB_POLICY_FLOOD_TRACKER_H_
#define SMSFILTER_LIB_POLICY_FLOOD_TRACKER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/byte_reader.h"
#include "smsfilter/policy_config.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

inline constexpr std::int64_t kSecondsPerHour = 3600;
inline constexpr std::int64_t kSecondsPerDay = 24 * kSecondsPerHour;

class FloodTracker {
 public:
  // Enough to tell whether any limit up to kMaxFloodLimit is exceeded.
  static constexpr std::size_t kMaxTimesPerKey = kMaxFloodLimit + 1;
  // The least recently active key is forgotten beyond this.
  static constexpr std::size_t kMaxKeys = 256;

  struct Counts {
    std::uint32_t last_hour = 0;  // in (time - 1 h, time]
    std::uint32_t last_day = 0;   // in (time - 24 h, time]
  };

  // Records a message for `key` at `time` (seconds; any order) and counts the recorded
  // messages in the hour and the day up to it, this one included.
  Counts record(std::uint64_t key, std::int64_t time);

  std::size_t key_count() const { return histories_.size(); }

  void save(std::string* out) const;
  // Replaces the contents; on failure leaves them unchanged.
  Status load(ByteReader* reader);

 private:
  struct History {
    std::uint64_t key = 0;
    std::vector<std::int64_t> times;  // ascending
  };
  History& history_for(std::uint64_t key);
  static std::int64_t latest(const History& history);

  std::vector<History> histories_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_FLOOD_TRACKER_H_
