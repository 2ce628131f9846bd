#include "analysis/message_analysis.h"

#include <algorithm>

#include <unicode/utf16.h>

#include "analysis/code_finder.h"
#include "analysis/labelled_numbers.h"
#include "analysis/links.h"
#include "analysis/phone_numbers.h"
#include "common/utf.h"

namespace smsfilter::internal {
namespace {

bool is_open_bracket(char32_t c) { return c == U'【' || c == '['; }
bool is_close_bracket(char32_t c) { return c == U'】' || c == ']'; }

}  // namespace

Status MessageAnalysis::analyze(std::u16string_view raw, Normalizer* normalizer) {
  links_.clear();
  hosts_.clear();
  phones_.clear();
  amounts_.clear();
  card_tails_.clear();
  code_.reset();
  head_signature_ = tail_signature_ = {};
  raw_.assign(raw);
  if (Status status = normalizer->normalize(raw_, &chars_, &raw_offsets_); !status.ok()) return status;
  const std::u32string_view text = this->text();
  find_signatures();
  find_links(text, &links_, &hosts_);
  find_phone_numbers(text, &phones_);
  find_amounts(text, &amounts_);
  find_card_tails(text, &card_tails_);
  code_ = find_code(*this, &code_words_);
  warnings_.read(text);
  return {};
}

// The normaliser has trimmed the text: a signature is at its very start or end.
void MessageAnalysis::find_signatures() {
  const std::u32string_view text = this->text();
  if (!text.empty() && is_open_bracket(text.front())) {
    const std::size_t end = std::min(text.size(), kMaxSignatureChars + 2);
    for (std::size_t close = 2; close < end; ++close) {
      if (is_close_bracket(text[close])) {
        head_signature_ = {1, static_cast<std::uint32_t>(close)};
        break;
      }
    }
  }
  if (text.size() >= 3 && is_close_bracket(text.back())) {
    const std::size_t close = text.size() - 1;
    const std::size_t earliest = close > kMaxSignatureChars + 1 ? close - kMaxSignatureChars - 1 : 0;
    for (std::size_t open = close - 1; open-- > earliest;) {
      if (is_open_bracket(text[open])) {
        tail_signature_ = {static_cast<std::uint32_t>(open + 1), static_cast<std::uint32_t>(close)};
        break;
      }
    }
  }
}

void MessageAnalysis::written(Span span, std::string* out) const {
  out->clear();
  const std::u16string_view raw = raw_;
  const std::size_t end = raw_offsets_[span.end];
  for (std::size_t i = raw_offsets_[span.begin]; i < end;) {
    UChar32 c;
    U16_NEXT(raw.data(), i, end, c);
    append_utf8(U_IS_SURROGATE(c) ? 0xFFFD : static_cast<char32_t>(c), out);
  }
}

MessageAnalysis::SignatureText MessageAnalysis::signature_text(Span signature) const {
  SignatureText out;
  for (char32_t c : view(signature)) out.append(c);
  return out;
}

std::string_view MessageAnalysis::host(const Link& link) const {
  return std::string_view(hosts_).substr(link.host_ascii_, link.host.size());
}

bool MessageAnalysis::has_phone(PhoneKind kind) const {
  return std::any_of(phones_.begin(), phones_.end(), [kind](const PhoneNumber& p) { return p.kind == kind; });
}

}  // namespace smsfilter::internal
