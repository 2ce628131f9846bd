// The policy: what the phone does with a classified message.
//
// A Policy is compiled from a PolicyConfig and never changes; any number of threads may
// share one. The per-user memory it reads and updates (flood counts, the feedback
// overlay) lives in a PolicyState that the host owns and persists as bytes; a
// PolicyState is not thread-safe: use it from one thread at a time.
//
// For each message, in this order:
//   1. The feedback overlay shifts the model's probabilities for this sender, signature
//      and features (Policy::record_feedback).
//   2. User rules: the matching rule with the highest priority decides. A message from
//      an allow-listed sender is never blocked: a winning block becomes a mute.
//   3. Phishing override: a link to a host neither trusted nor in the official-channel
//      registry, asking for credentials, is blocked when no rule decided, and muted
//      instead of allowed when a rule allowed it.
//   4. Otherwise the model: unsure gives Action::kNone; else the category's action. The
//      model alone never blocks a message it calls security or transaction, nor one that
//      is likely enough to be either (PolicyConfig::protect_threshold), nor one it is not
//      sure enough of (PolicyConfig::block_confidence) that gives no link, number, chat id
//      or account, nor an organisation's notice from a business number that leaves the
//      reader nowhere to go but its app: those are muted.
//   5. Official channels (smsfilter/registry.h): when no rule decided, a message with a
//      verification code, from an official sender, or whose links all go to the domains
//      of the organisation it names is muted rather than blocked; one that names an
//      organisation but gives a contact the registry doesn't list for it is muted rather
//      than allowed or left unsure.
//   6. Flood control turns a model's allow into a mute beyond the category's limits.
//   7. Messages that are not blocked carry their verification code.
#ifndef SMSFILTER_POLICY_H_
#define SMSFILTER_POLICY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "smsfilter/classifier.h"
#include "smsfilter/decision.h"
#include "smsfilter/enum_names.h"
#include "smsfilter/policy_config.h"
#include "smsfilter/registry.h"
#include "smsfilter/result.h"
#include "smsfilter/status.h"

namespace smsfilter {

struct Message {
  std::string_view text;    // UTF-8
  std::string_view sender;  // UTF-8 number or name; may be empty
  // Seconds since the Unix epoch when it arrived; without it there is no flood control.
  std::optional<std::int64_t> time;
};

// The user's verdict on a message: SMSF_FEEDBACK in smsfilter/enums.def.
enum class Feedback : unsigned char {
#define SMSF_FEEDBACK(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kFeedbackNames = enum_names({
#define SMSF_FEEDBACK(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

constexpr std::optional<Feedback> feedback_from_name(std::string_view name) {
  return enum_from_name<Feedback>(kFeedbackNames, name);
}

class PolicyState {
 public:
  PolicyState();
  ~PolicyState();
  PolicyState(PolicyState&&) noexcept;
  PolicyState& operator=(PolicyState&&) noexcept;

  // The whole state as bytes for the host to persist: at most 256 senders' flood histories
  // and 512 feedback entries, about 80 KB when both are full, a few KB in ordinary use.
  std::string save() const;
  // save() written to `path` through a temporary file beside it, fsync and rename, so a
  // crash or kill mid-write leaves the previous state whole. Not a lock: a host with
  // several writers serialises them (smsfilter decide --state locks PATH.lock).
  Status save_file(const std::string& path) const;
  // Replaces the state with one saved before. On failure the state is unchanged.
  Status restore(std::string_view bytes);

  std::size_t tracked_sender_count() const;   // flood histories kept
  std::size_t feedback_entry_count() const;   // overlay adjustments kept

 private:
  friend class Policy;
  struct Data;
  std::unique_ptr<Data> data_;
};

class Policy {
 public:
  // Checks and compiles a configuration. Fails on a security or transaction category
  // action of block, bad limits, duplicate rule ids or a malformed rule.
  // The official-channel registry is the one bundled in the library.
  static std::shared_ptr<const Policy> create(const PolicyConfig& config, Status* status);
  // The same with another registry, e.g. a newer one the host ships (Registry::parse).
  static std::shared_ptr<const Policy> create(const PolicyConfig& config,
                                              std::shared_ptr<const Registry> registry, Status* status);
  // The same from the text form (parse_policy_config).
  static std::shared_ptr<const Policy> parse(std::string_view text, Status* status);

  ~Policy();
  Policy(const Policy&) = delete;
  Policy& operator=(const Policy&) = delete;

  // The configuration as compiled: trusted domains in lower case, as links are compared.
  const PolicyConfig& config() const;

  // Classifies `message` with `classifier` and decides. `state` may be null: no feedback
  // overlay and no flood control. Otherwise a message with a time is counted towards its
  // sender's flood limits. Writes into `*decision`: a caller that reuses one Decision (and
  // its Classifier, which keeps the buffers deciding reuses, and state) allocates no heap
  // memory once warm. The decision's rule ids and organisations point into this Policy:
  // valid while it lives.
  Status decide(Classifier* classifier, const Message& message, PolicyState* state,
                Decision* decision) const;

  // Records the user's verdict on a message in the state's feedback overlay: its sender,
  // its signature and the model's top features move towards or away from spam, so that
  // it and messages like it are judged accordingly from then on.
  Status record_feedback(Classifier* classifier, const Message& message, Feedback feedback,
                         PolicyState* state) const;

  // The library's own way in (deciding on a given analysis and result), defined in its
  // private headers: not for applications.
  struct Access;

 private:
  struct Compiled;
  explicit Policy(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace smsfilter

#endif  // SMSFILTER_POLICY_H_
