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

std::optional<VerificationCode> verification_code_of(const MessageAnalysis& analysis) {
  const std::optional<CodeMatch>& code = analysis.code();
  if (!code) return std::nullopt;
  VerificationCode out{std::string(code->code()), {}};
  for (Span signature : {analysis.head_signature(), analysis.tail_signature()}) {
    if (!signature.empty() && !names_the_message(analysis.view(signature))) {
      out.issuer = analysis.written(signature);
      break;
    }
  }
  return out;
}

}  // namespace smsfilter::internal

namespace smsfilter {

std::optional<VerificationCode> extract_verification_code(std::string_view text) {
  std::u32string visible;
  internal::read_visible(text, internal::kMaxTextChars, &visible);
  std::u16string text16;
  internal::utf32_to_utf16(visible, &text16);
  internal::Normalizer normalizer{internal::CharMap()};
  internal::MessageAnalysis analysis;
  if (!analysis.analyze(text16, &normalizer).ok()) return std::nullopt;
  return internal::verification_code_of(analysis);
}

}  // namespace smsfilter
