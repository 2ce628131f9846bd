// Why the policy decided as it did: each reason a kind and typed parameters that programs
// read in every binding, and short texts for people built from those parameters alone —
// never from the message beyond what a parameter names (a host, an organisation).
#ifndef SMSFILTER_REASON_H_
#define SMSFILTER_REASON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "smsfilter/category.h"
#include "smsfilter/enum_names.h"

namespace smsfilter {

// Values, names and meanings, and which of a Reason's parameters each kind sets:
// SMSF_REASON_KIND in smsfilter/enums.def.
enum class ReasonKind : unsigned char {
#define SMSF_REASON_KIND(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kReasonKindNames = enum_names({
#define SMSF_REASON_KIND(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kReasonKindCount = kReasonKindNames.size();

constexpr std::string_view reason_kind_name(ReasonKind k) {
  return kReasonKindNames[static_cast<std::size_t>(k)];
}

constexpr std::optional<ReasonKind> reason_kind_from_name(std::string_view name) {
  return enum_from_name<ReasonKind>(kReasonKindNames, name);
}

// How a message asks to be reached, for a kSuspiciousContact reason: SMSF_CONTACT_KIND in
// smsfilter/enums.def.
enum class ContactKind : unsigned char {
#define SMSF_CONTACT_KIND(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kContactKindNames = enum_names({
#define SMSF_CONTACT_KIND(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kContactKindCount = kContactKindNames.size();

constexpr std::string_view contact_kind_name(ContactKind k) {
  return kContactKindNames[static_cast<std::size_t>(k)];
}

// The languages of reason_text(): SMSF_LANGUAGE in smsfilter/enums.def.
enum class Language : unsigned char {
#define SMSF_LANGUAGE(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kLanguageNames = enum_names({
#define SMSF_LANGUAGE(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kLanguageCount = kLanguageNames.size();

constexpr std::optional<Language> language_from_name(std::string_view name) {
  return enum_from_name<Language>(kLanguageNames, name);
}

// One step of a decision. The kinds' comments say which parameters each sets; the others
// keep their defaults. Holds no heap memory: the strings point into the Policy that decided
// (rule ids, registry organisations) and stay valid while it lives; the host is a copy.
struct Reason {
  static constexpr std::size_t kMaxHostBytes = 253;  // the longest DNS name

  ReasonKind kind = ReasonKind::kModel;
  // kRule, kAllowListed, kOverridesModel: the rule's id; "phishing" or the scam request's
  // id for the override. kScamRequest: the request's id ("safe_account",
  // "designated_account", "notice_account", "screen_sharing", "code_to_caller", "code_by_reply",
  // "code_to_new_number", "code_by_mistake", "code_relay", "wrong_number_pivot", "warrant",
  // "secrecy_order", "no_police", "sure_profit", "job_fee", "link_by_reply", "details_by_reply",
  // "photo_bait").
  // kImpersonation: the check's id ("new_number_money", "boss_money").
  std::string_view rule_id;
  // kModel, kUnsure, kOverridesModel, kFlood, kDoubtful: the category `value` and the limit
  // are about.
  Category category = Category::kPersonal;
  // kModel, kUnsure, kOverridesModel, kDoubtful: the category's probability; kProtected:
  // security + transaction; kFlood: messages counted in the window; kFeedback: the shift in
  // log-odds of spam (> 0 towards spam, < 0 away from it).
  float value = 0;
  // kProtected: PolicyConfig::protect_threshold when the model's probabilities protected
  // the message, 0 when a code, official sender or official links did; kFlood: the limit;
  // kDoubtful: PolicyConfig::block_confidence.
  float threshold = 0;
  // kFlood: the limit's window, 3600 (an hour) or 86400 (a day).
  std::uint32_t window_seconds = 0;
  // kSuspiciousContact: what the message gives; kSuspiciousSender: the number it came from.
  std::optional<ContactKind> contact;
  // kOfficialSender, kSpoofedSender, kOfficialLink, kSuspiciousContact, kSuspiciousSender: the registry
  // organisation's id ("icbc") and the first name it is listed with ("工商银行").
  std::string_view organization;
  std::string_view organization_name;

  // kPhishing, kSuspiciousLink, kSuspiciousContact with a link and kScamRequest
  // "photo_bait": the host in lower case; else "".
  std::string_view host() const { return {host_.data(), host_size_}; }
  // Keeps at most kMaxHostBytes.
  void set_host(std::string_view host);

 private:
  std::array<char, kMaxHostBytes + 1> host_{};  // NUL-terminated, for the C API
  std::uint8_t host_size_ = 0;
};

// A short sentence for the user, e.g. "Sent from an official number of 招商银行" or
// "来自招商银行的官方号码", built from the reason's parameters alone.
std::string reason_text(const Reason& reason, Language language);

// The reasons of one decision in the order the policy applied them, without the heap: the
// policy gives each kind at most once.
class Reasons {
 public:
  static constexpr std::size_t kCapacity = kReasonKindCount;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Reason& operator[](std::size_t i) const { return reasons_[i]; }
  const Reason& back() const { return reasons_[size_ - 1]; }
  const Reason* begin() const { return reasons_.data(); }
  const Reason* end() const { return reasons_.data() + size_; }

  // A new reason of `kind` with default parameters; a full list reuses its last entry.
  Reason& add(ReasonKind kind);
  void clear() { size_ = 0; }

 private:
  std::array<Reason, kCapacity> reasons_{};
  std::size_t size_ = 0;
};

}  // namespace smsfilter

#endif  // SMSFILTER_REASON_H_
