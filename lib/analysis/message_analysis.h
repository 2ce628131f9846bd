// One message read once: its normalised text, where each character came from in the raw
// text, and the spans later stages ask about (signatures, links, phone numbers, amounts,
// card tails, the verification code, what it warns against). The Classifier computes it for
// every message; the featurizer's markers and the policy read it, and nothing else decodes
// or scans the text.
#ifndef SMSFILTER_LIB_ANALYSIS_MESSAGE_ANALYSIS_H_
#define SMSFILTER_LIB_ANALYSIS_MESSAGE_ANALYSIS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/normalizer.h"
#include "analysis/warnings.h"
#include "common/utf.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

// Code points [begin, end) of MessageAnalysis::text().
struct Span {
  std::uint32_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
  std::uint32_t size() const { return end - begin; }
};

// What a phone number reaches, from its digits alone.
enum class PhoneKind : unsigned char {
  kMobile,      // 1[3-9] and 9 more digits
  kHotline,     // 400 or 800 and 7 more digits: companies' paid hotlines
  kService,     // 95xxx and 96xxx(x): banks', insurers' and carriers' national numbers
  kCarrier,     // 100xx carriers' service numbers and 106… SMS gateway ports
  kGovernment,  // 12xxx government services: 12306, 12315, 12123, 12345 …
  kLandline,    // 0, an area code and 7 or 8 digits
  kForeign,     // a country code other than +86
};

struct PhoneNumber {
  Span span;  // as written, with its separators and any +86 / 0086
  PhoneKind kind = PhoneKind::kMobile;
  // ASCII digits without separators or +86 / 0086; a foreign number keeps its country code.
  std::string_view digits() const { return {digits_.data(), length_}; }

  static constexpr std::size_t kMaxDigits = 16;
  std::array<char, kMaxDigits> digits_{};
  std::uint8_t length_ = 0;
};

struct Link {
  Span span;  // the whole link: scheme, host and path
  Span host;
  std::uint32_t host_ascii_ = 0;  // where the host starts in MessageAnalysis's host buffer
};

// The one-time code a message carries, as the sender wrote it (case kept, separators
// removed, full-width forms as ASCII).
struct CodeMatch {
  Span span;
  std::string_view code() const { return {code_.data(), length_}; }

  static constexpr std::size_t kMaxLength = 8;
  std::array<char, kMaxLength> code_{};
  std::uint8_t length_ = 0;
};

class MessageAnalysis {
 public:
  // Normalises `raw` with `normalizer` and finds the spans. Reuses all buffers' capacity:
  // once warm, analysing a message no longer than those seen allocates nothing.
  Status analyze(std::u16string_view raw, Normalizer* normalizer);

  // The normalised text (NFKC_Casefold, the character map, padding removed).
  std::u32string_view text() const { return {chars_.data(), chars_.size()}; }
  const std::vector<char32_t>& chars() const { return chars_; }
  std::u32string_view view(Span span) const { return text().substr(span.begin, span.size()); }
  // The text as analysed (UTF-16), and where text()[i] starts in it; raw_offset(text().size())
  // is its end.
  std::u16string_view raw() const { return raw_; }
  std::uint32_t raw_offset(std::size_t i) const { return raw_offsets_[i]; }
  // Replaces `out` with the raw text of a span of text(), as UTF-8: a signature as the
  // sender wrote it. Reuses `out`'s capacity.
  void written(Span span, std::string* out) const;

  // The names inside the 【…】 or […] that open and close the message; empty if none.
  Span head_signature() const { return head_signature_; }
  Span tail_signature() const { return tail_signature_; }
  // The head signature, or else the tail one.
  Span signature() const { return head_signature_.empty() ? tail_signature_ : head_signature_; }
  // Characters between a signature's brackets, at most.
  static constexpr std::size_t kMaxSignatureChars = 20;
  using SignatureText = InlineUtf8<4 * kMaxSignatureChars>;
  // A signature's normalised text in UTF-8, as rules and per-sender memory key it.
  SignatureText signature_text(Span signature) const;

  const std::vector<Link>& links() const { return links_; }
  // A link's host in ASCII lower case, e.g. "cmbchina.com".
  std::string_view host(const Link& link) const;
  const std::vector<PhoneNumber>& phone_numbers() const { return phones_; }
  bool has_phone(PhoneKind kind) const;
  // Numbers with a currency sign, unit or label: ¥80, 2,380.00元, 金额169.00, TWD$9876.
  const std::vector<Span>& amounts() const { return amounts_; }
  // Last digits of a card or account: 尾号1234, 卡號後四碼8888, ending 4321.
  const std::vector<Span>& card_tails() const { return card_tails_; }
  // The one-time code, when the message names one (验证码, 驗證碼, code, OTP …).
  const std::optional<CodeMatch>& code() const { return code_; }
  // What the text warns against rather than asks for (不会要求您转账).
  const Warnings& warnings() const { return warnings_; }

 private:
  void find_signatures();

  std::u16string raw_;
  std::vector<char32_t> chars_;
  std::vector<std::uint32_t> raw_offsets_;
  Span head_signature_, tail_signature_;
  std::vector<Link> links_;
  std::string hosts_;  // the links' hosts in ASCII, one after another
  std::vector<PhoneNumber> phones_;
  std::vector<Span> amounts_;
  std::vector<Span> card_tails_;
  std::optional<CodeMatch> code_;
  Warnings warnings_;
  std::vector<Span> code_words_;  // the code finder's scratch
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_MESSAGE_ANALYSIS_H_
