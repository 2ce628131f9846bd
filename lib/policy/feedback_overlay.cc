#include "policy/feedback_overlay.h"

#include <algorithm>
#include <cmath>

#include "smsfilter/hash.h"

namespace smsfilter::internal {
namespace {

struct Step {
  float size;   // logit change per feedback
  float limit;  // largest magnitude
};

// Steps are in log-odds of spam, against a model held to at most 99% sure (±4.6): one
// report on a sender turns its messages over; signatures can be forged and features are
// shared with other senders, so they move less.
constexpr Step kSteps[] = {
    {5.0f, 10.0f},  // kSender
    {2.0f, 4.0f},   // kSignature
    {1.0f, 2.0f},   // kFeature
};

Step step_for(OverlayKeyKind kind) { return kSteps[static_cast<std::size_t>(kind)]; }

}  // namespace

std::uint64_t FeedbackOverlay::key(OverlayKeyKind kind, std::string_view text) {
  const std::uint64_t start = fnv1a_byte(fnv1a_byte(kFnvOffsetBasis, static_cast<std::uint8_t>(kind)), 0x1F);
  return mix64(fnv1a(start, text));
}

void FeedbackOverlay::adjust(OverlayKeyKind kind, std::string_view text, bool towards_spam) {
  const std::uint64_t k = key(kind, text);
  const Step step = step_for(kind);
  auto entry = std::find_if(entries_.begin(), entries_.end(),
                            [&](const Entry& e) { return e.key == k; });
  if (entry == entries_.end()) {
    if (entries_.size() == kMaxEntries) {
      entries_.erase(std::min_element(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
        return a.last_adjusted < b.last_adjusted;
      }));
    }
    entries_.push_back({k, kind, 0, 0});
    entry = entries_.end() - 1;
  }
  const float change = towards_spam ? step.size : -step.size;
  entry->weight = std::clamp(entry->weight + change, -step.limit, step.limit);
  entry->last_adjusted = ++clock_;
  if (entry->weight == 0) entries_.erase(entry);
}

float FeedbackOverlay::weight(OverlayKeyKind kind, std::string_view text) const {
  const std::uint64_t k = key(kind, text);
  const auto entry = std::find_if(entries_.begin(), entries_.end(),
                                  [&](const Entry& e) { return e.key == k; });
  return entry == entries_.end() ? 0.0f : entry->weight;
}

void FeedbackOverlay::save(std::string* out) const {
  format::append_u32(*out, clock_);
  format::append_u32(*out, static_cast<std::uint32_t>(entries_.size()));
  for (const Entry& e : entries_) {
    format::append_u64(*out, e.key);
    out->push_back(static_cast<char>(e.kind));
    format::append_f32(*out, e.weight);
    format::append_u32(*out, e.last_adjusted);
  }
}

Status FeedbackOverlay::load(ByteReader* reader) {
  const Status corrupt(StatusCode::kInvalidArgument, "policy state: bad feedback overlay");
  std::uint32_t clock = 0, count = 0;
  if (!reader->read(&clock) || !reader->read(&count) || count > kMaxEntries) return corrupt;
  std::vector<Entry> entries(count);
  for (Entry& e : entries) {
    std::uint8_t kind = 0;
    if (!reader->read(&e.key) || !reader->read(&kind) || !reader->read(&e.weight) ||
        !reader->read(&e.last_adjusted) || kind >= std::size(kSteps)) {
      return corrupt;
    }
    e.kind = static_cast<OverlayKeyKind>(kind);
    if (!std::isfinite(e.weight) || std::fabs(e.weight) > step_for(e.kind).limit) return corrupt;
  }
  entries_ = std::move(entries);
  clock_ = clock;
  return {};
}

}  // namespace smsfilter::internal
