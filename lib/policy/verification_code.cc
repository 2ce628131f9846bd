#include "policy/verification_code.h"

#include "analysis/char_map.h"
#include "analysis/normalizer.h"
#include "common/utf.h"
#include "common/visible_text.h"

namespace smsfilter::internal {
namespace {

// Visible characters of a message read, as many as the default model reads.
constexpr std::size_t kMaxTextChars = 1000;

bool names_the_message(std::u32string_view signature) {
  return signature.find(U"验证") != std::u32string_view::npos ||
         signature.find(U"驗證") != std::u32string_view::npos;
}

}  // namespace

std::optional<VerificationCode> verification_code_of(const MessageAnalysis& analysis, std::string* issuer) {
  const std::optional<CodeMatch>& code = analysis.code();
  if (!code) return std::nullopt;
  issuer->clear();
  for (Span signature : {analysis.head_signature(), analysis.tail_signature()}) {
    if (!signature.empty() && !names_the_message(analysis.view(signature))) {
      analysis.written(signature, issuer);
      break;
    }
  }
  return VerificationCode(code->code(), *issuer);
}

}  // namespace smsfilter::internal

namespace smsfilter {
namespace {

// The first bytes of `text`, at most `capacity`, cut before a UTF-8 continuation byte.
std::size_t fitting(std::string_view text, std::size_t capacity) {
  if (text.size() <= capacity) return text.size();
  std::size_t n = capacity;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

VerificationCode::VerificationCode(std::string_view code, std::string_view issuer)
    : code_size_(static_cast<std::uint8_t>(fitting(code, kMaxCodeLength))),
      issuer_size_(static_cast<std::uint8_t>(fitting(issuer, kMaxIssuerBytes))) {
  code.copy(code_.data(), code_size_);
  issuer.copy(issuer_.data(), issuer_size_);
}

std::optional<VerificationCode> extract_verification_code(std::string_view text) {
  std::u32string visible;
  internal::read_visible(text, internal::kMaxTextChars, &visible);
  std::u16string text16;
  internal::utf32_to_utf16(visible, &text16);
  internal::Normalizer normalizer{internal::CharMap()};
  internal::MessageAnalysis analysis;
  if (!analysis.analyze(text16, &normalizer).ok()) return std::nullopt;
  std::string issuer;
  return internal::verification_code_of(analysis, &issuer);
}

}  // namespace smsfilter
