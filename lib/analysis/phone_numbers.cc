#include "analysis/phone_numbers.h"

#include <algorithm>

#include "common/characters.h"

namespace smsfilter::internal {
namespace {

constexpr std::size_t kMaxGroups = 5;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::optional<PhoneKind> national_kind(std::string_view d) {
  const std::size_t n = d.size();
  if (n == 11 && d[0] == '1' && d[1] >= '3') return PhoneKind::kMobile;
  if (n == 10 && (starts_with(d, "400") || starts_with(d, "800"))) return PhoneKind::kHotline;
  if (n == 5 && (starts_with(d, "95") || starts_with(d, "96"))) return PhoneKind::kService;
  if ((n == 5 && starts_with(d, "100")) || (n >= 8 && n <= 20 && starts_with(d, "106")))
    return PhoneKind::kCarrier;
  if (n == 5 && starts_with(d, "12")) return PhoneKind::kGovernment;
  if (n >= 10 && n <= 12 && d[0] == '0' && d[1] != '0') return PhoneKind::kLandline;
  return std::nullopt;
}

}  // namespace

std::optional<PhoneKind> phone_kind(std::string_view digits, bool international,
                                    std::string_view* national) {
  *national = digits;
  if (!international && starts_with(digits, "00")) {
    digits.remove_prefix(2);
    international = true;
  }
  if (international || (digits.size() == 13 && starts_with(digits, "86"))) {
    if (!starts_with(digits, "86")) {
      *national = digits;
      if (digits.size() >= 8 && digits.size() <= 15) return PhoneKind::kForeign;
      return std::nullopt;
    }
    digits.remove_prefix(2);
    // +86 10 1234 5678 drops the trunk 0 a landline has at home.
    if (!digits.empty() && digits[0] != '1' && digits[0] != '0' && digits.size() >= 9 && digits.size() <= 11) {
      *national = digits;
      return PhoneKind::kLandline;
    }
  }
  *national = digits;
  return national_kind(digits);
}

void find_phone_numbers(std::u32string_view text, std::vector<PhoneNumber>* phones) {
  phones->clear();
  for (std::size_t i = 0; i < text.size();) {
    const bool plus = text[i] == '+' && i + 1 < text.size() && is_ascii_digit(text[i + 1]);
    if (!plus && !is_ascii_digit(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    // Digits run together with letters are a code or an identifier, not a number.
    if (!plus && begin > 0 && is_ascii_alnum(text[begin - 1])) {
      while (i < text.size() && is_ascii_alnum(text[i])) ++i;
      continue;
    }
    char digits[PhoneNumber::kMaxDigits + 8];
    std::size_t count = 0;
    std::size_t end = plus ? begin + 1 : begin;
    std::optional<PhoneNumber> best;
    for (std::size_t group = 0; group < kMaxGroups; ++group) {
      std::size_t k = end;
      while (k < text.size() && is_ascii_digit(text[k]) && count < sizeof digits) digits[count++] = static_cast<char>(text[k++]);
      if (k < text.size() && is_ascii_digit(text[k])) break;  // too long to be a number
      end = k;
      std::string_view national;
      const std::optional<PhoneKind> kind = phone_kind({digits, count}, plus, &national);
      const bool standalone = end == text.size() || !is_ascii_alnum(text[end]);
      if (kind && standalone && national.size() <= PhoneNumber::kMaxDigits) {
        PhoneNumber phone;
        phone.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
        phone.kind = *kind;
        std::copy(national.begin(), national.end(), phone.digits_.begin());
        phone.length_ = static_cast<std::uint8_t>(national.size());
        best = phone;
      }
      if (end + 1 >= text.size() || (text[end] != ' ' && text[end] != '-') || !is_ascii_digit(text[end + 1]))
        break;
      ++end;
    }
    if (best) {
      phones->push_back(*best);
      i = best->span.end;
    } else {
      i = begin + 1;
      while (i < text.size() && is_ascii_digit(text[i])) ++i;
    }
  }
}

}  // namespace smsfilter::internal
