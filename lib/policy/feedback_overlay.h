// The user's feedback as small logit adjustments towards or away from spam (marketing and
// fraud), keyed by sender, signature and model feature. Bounded in size and weight, so a
// user can steer the model but not replace it.
#ifndef SMSFILTER_LIB_POLICY_FEEDBACK_OVERLAY_H_
#define SMSFILTER_LIB_POLICY_FEEDBACK_OVERLAY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/byte_reader.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

enum class OverlayKeyKind : std::uint8_t {
  kSender = 0,     // normalize_sender()
  kSignature = 1,  // the message's signature, normalised
  kFeature = 2,    // a model feature name such as "w:贷款"
};

class FeedbackOverlay {
 public:
  // The least recently adjusted entry is forgotten beyond this.
  static constexpr std::size_t kMaxEntries = 512;

  static std::uint64_t key(OverlayKeyKind kind, std::string_view text);

  // One "spam" (towards_spam) or "not spam" step for `key`.
  void adjust(OverlayKeyKind kind, std::string_view text, bool towards_spam);
  // The adjustment for `text`, 0 if none.
  float weight(OverlayKeyKind kind, std::string_view text) const;

  std::size_t entry_count() const { return entries_.size(); }

  void save(std::string* out) const;
  // Replaces the contents; on failure leaves them unchanged.
  Status load(ByteReader* reader);

 private:
  struct Entry {
    std::uint64_t key = 0;
    OverlayKeyKind kind = OverlayKeyKind::kFeature;
    float weight = 0;
    std::uint32_t last_adjusted = 0;  // value of clock_ then
  };

  std::vector<Entry> entries_;
  std::uint32_t clock_ = 0;  // adjustments so far
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_FEEDBACK_OVERLAY_H_
