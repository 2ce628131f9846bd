#include <cstddef>
#include <vector>

#include "common/characters.h"
#include "common/utf.h"
#include "smsfilter/verification_code.h"

namespace smsfilter {
namespace {

using internal::is_ascii_alnum;
using internal::is_ascii_digit;
using internal::is_ascii_letter;

constexpr std::size_t kMinMaskedLength = 4;

bool is_digit_separator(char32_t c) { return c == ' ' || c == '-'; }

// Digits split by single spaces or hyphens, as card and phone numbers are written.
void mark_digit_runs(std::u32string_view text, std::vector<bool>* masked) {
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_digit(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    std::size_t digits = 0;
    while (i < text.size()) {
      if (is_ascii_digit(text[i])) {
        ++digits;
        ++i;
      } else if (is_digit_separator(text[i]) && i + 1 < text.size() && is_ascii_digit(text[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    if (digits < kMinMaskedLength) continue;
    for (std::size_t k = begin; k < i; ++k)
      if (is_ascii_digit(text[k])) (*masked)[k] = true;
  }
}

// Letter-and-digit tokens such as A3B7C9 or W8406772.
void mark_mixed_tokens(std::u32string_view text, std::vector<bool>* masked) {
  for (std::size_t i = 0; i < text.size();) {
    if (!is_ascii_alnum(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool letters = false, digits = false;
    for (; i < text.size() && is_ascii_alnum(text[i]); ++i) {
      letters |= is_ascii_letter(text[i]);
      digits |= is_ascii_digit(text[i]);
    }
    if (letters && digits && i - begin >= kMinMaskedLength)
      for (std::size_t k = begin; k < i; ++k) (*masked)[k] = true;
  }
}

}  // namespace

std::string redact_for_log(std::string_view text_utf8) {
  std::u32string text = internal::decode_utf8(text_utf8);
  std::u32string folded = text;
  for (char32_t& c : folded) c = internal::fold_width(c);
  std::vector<bool> masked(text.size(), false);
  mark_digit_runs(folded, &masked);
  mark_mixed_tokens(folded, &masked);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (masked[i]) text[i] = '*';
  return internal::encode_utf8(text);
}

}  // namespace smsfilter
