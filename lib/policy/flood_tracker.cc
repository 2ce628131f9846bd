#include "policy/flood_tracker.h"

#include <algorithm>
#include <limits>

namespace smsfilter::internal {
namespace {

// Whether `t` is `seconds` or more before `time`, without overflowing at any int64.
bool at_least_before(std::int64_t t, std::int64_t time, std::int64_t seconds) {
  return time >= std::numeric_limits<std::int64_t>::min() + seconds && t <= time - seconds;
}

}  // namespace

std::int64_t FloodTracker::latest(const History& history) {
  return history.times.empty() ? std::numeric_limits<std::int64_t>::min() : history.times.back();
}

FloodTracker::History& FloodTracker::history_for(std::uint64_t key) {
  const auto found = std::find_if(histories_.begin(), histories_.end(),
                                  [&](const History& h) { return h.key == key; });
  if (found != histories_.end()) return *found;
  if (histories_.size() < kMaxKeys) {
    histories_.push_back({key, {}});
    return histories_.back();
  }
  History& stalest = *std::min_element(
      histories_.begin(), histories_.end(),
      [](const History& a, const History& b) { return latest(a) < latest(b); });
  stalest.key = key;
  stalest.times.clear();  // keeps its capacity
  return stalest;
}

FloodTracker::Counts FloodTracker::record(std::uint64_t key, std::int64_t time) {
  std::vector<std::int64_t>& times = history_for(key).times;
  // Forgets what is a day older than the latest time before adding `time`, so that a
  // history that keeps its size never grows its vector. A time that would be forgotten
  // at once (a day too old, or the oldest of a full history) is not added.
  const std::int64_t latest = times.empty() ? time : std::max(time, times.back());
  times.erase(times.begin(), std::partition_point(times.begin(), times.end(), [&](std::int64_t t) {
                return at_least_before(t, latest, kSecondsPerDay);
              }));
  const bool keep = !at_least_before(time, latest, kSecondsPerDay) &&
                    (times.size() < kMaxTimesPerKey || time >= times.front());
  if (keep) {
    if (times.size() == kMaxTimesPerKey) times.erase(times.begin());
    times.insert(std::upper_bound(times.begin(), times.end(), time), time);
  }

  const auto count_since = [&](std::int64_t window) {
    const auto end = std::upper_bound(times.begin(), times.end(), time);
    const auto begin = std::partition_point(
        times.begin(), end, [&](std::int64_t t) { return at_least_before(t, time, window); });
    return static_cast<std::uint32_t>(end - begin);
  };
  return {count_since(kSecondsPerHour), count_since(kSecondsPerDay)};
}

void FloodTracker::save(std::string* out) const {
  format::append_u32(*out, static_cast<std::uint32_t>(histories_.size()));
  for (const History& h : histories_) {
    format::append_u64(*out, h.key);
    format::append_u32(*out, static_cast<std::uint32_t>(h.times.size()));
    for (std::int64_t t : h.times) format::append_u64(*out, static_cast<std::uint64_t>(t));
  }
}

Status FloodTracker::load(ByteReader* reader) {
  const Status corrupt(StatusCode::kInvalidArgument, "policy state: bad flood history");
  std::uint32_t count = 0;
  if (!reader->read(&count) || count > kMaxKeys) return corrupt;
  std::vector<History> histories(count);
  for (History& h : histories) {
    std::uint32_t n = 0;
    if (!reader->read(&h.key) || !reader->read(&n) || n == 0 || n > kMaxTimesPerKey) return corrupt;
    h.times.resize(n);
    for (std::int64_t& t : h.times)
      if (!reader->read(&t)) return corrupt;
    if (!std::is_sorted(h.times.begin(), h.times.end())) return corrupt;
  }
  histories_ = std::move(histories);
  return {};
}

}  // namespace smsfilter::internal
