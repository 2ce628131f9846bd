#include "analysis/normalizer.h"

#include <atomic>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utypes.h>

#include "common/characters.h"

namespace smsfilter::internal {
namespace {

constexpr char32_t kReplacementChar = 0xFFFD;

// `text`, or a copy of it in `buffer` with each unpaired surrogate replaced by U+FFFD.
std::u16string_view replace_unpaired_surrogates(std::u16string_view text, std::u16string* buffer) {
  bool copied = false;
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    if (!U_IS_SURROGATE(c)) continue;
    if (!copied) buffer->assign(text);
    copied = true;
    (*buffer)[i - 1] = static_cast<char16_t>(kReplacementChar);
  }
  return copied ? std::u16string_view(*buffer) : text;
}

// A character is "alone" when it has a normalisation boundary before it and folds to at
// most one code point: in a text of such characters each one folds by itself, at its own
// offset. An entry holds kAlone, kFoldsToNothing and the fold's code point.
constexpr std::uint32_t kKnown = 1u << 31;
constexpr std::uint32_t kAlone = 1u << 30;
constexpr std::uint32_t kFoldsToNothing = 1u << 29;
constexpr std::uint32_t kCodePointMask = 0x1FFFFF;

std::uint32_t find_alone_fold(const UNormalizer2* nfkc_casefold, UChar32 c) {
  // Inert: unchanged, and no boundary it could move. Most characters, at one lookup.
  if (unorm2_isInert(nfkc_casefold, c)) return kKnown | kAlone | static_cast<std::uint32_t>(c);
  if (!unorm2_hasBoundaryBefore(nfkc_casefold, c)) return kKnown;
  char16_t in[U16_MAX_LENGTH];
  int32_t in_length = 0;
  U16_APPEND_UNSAFE(in, in_length, c);
  char16_t out[U16_MAX_LENGTH];
  UErrorCode error = U_ZERO_ERROR;
  const int32_t length = unorm2_normalize(nfkc_casefold, in, in_length, out, U16_MAX_LENGTH, &error);
  if (U_FAILURE(error)) return kKnown;  // more than one character, or fold() will say
  if (length == 0) return kKnown | kAlone | kFoldsToNothing;
  int32_t i = 0;
  UChar32 folded;
  U16_NEXT(out, i, length, folded);
  return i == length ? kKnown | kAlone | static_cast<std::uint32_t>(folded) : kKnown;
}

// The BMP's entries, 0 until first needed. Every thread computes the same values, so
// relaxed atomics suffice; zero-filled static storage takes memory only for the pages of
// the characters met.
std::atomic<std::uint32_t> bmp_alone_folds[0x10000];

std::uint32_t alone_fold(const UNormalizer2* nfkc_casefold, UChar32 c) {
  if (c >= 0x10000) return find_alone_fold(nfkc_casefold, c);
  std::atomic<std::uint32_t>& known = bmp_alone_folds[c];
  std::uint32_t entry = known.load(std::memory_order_relaxed);
  if (entry == 0) {
    entry = find_alone_fold(nfkc_casefold, c);
    known.store(entry, std::memory_order_relaxed);
  }
  return entry;
}

// What a character is to strip_separators(). Separators pad keywords apart: runs of them
// between Chinese characters are dropped. Commas and full stops are text: they separate
// clauses in ordinary messages. Symbols (★, ♥, ❤, emoji, ≈, ×) decorate or pad a word
// apart as separators do. Marks are the combining marks left after NFKC composed what it
// could: strike-throughs and overlays (加̶微̶信̶) with no meaning of their own.
enum class Role { kText, kSeparator, kMark };

Role role_of(char32_t c) {
  switch (c) {
    case '.': case '*': case '_': case '-': case '|': case '/': case '\\': case '~':
    case '^': case '`': case '\'': case '"': case '=': case '#': case '+':
    case 0x00B7:  // ·
    case 0x2022:  // •
    case 0x2027:  // ‧
    case 0x203B:  // ※
    case 0x30FB:  // ・
      return Role::kSeparator;
    default:
      break;
  }
  if (is_white_space(c)) return Role::kSeparator;
  // Chinese characters, by far the most common, are ruled out before ICU is asked.
  if (c < 0x80 || is_han(c)) return Role::kText;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_OTHER_SYMBOL: case U_MATH_SYMBOL: case U_MODIFIER_SYMBOL: return Role::kSeparator;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: return Role::kMark;
    default: return Role::kText;
  }
}

// A separator run between these two characters is padding inside one word, unless
// it is a "+" that begins a number (致电+8613812345678).
bool joins_across(char32_t left, std::u32string_view run, char32_t right) {
  if (is_ascii_digit(right) && run.back() == '+') return false;
  return (is_han(left) && (is_han(right) || is_ascii_alnum(right))) ||
         (is_ascii_alnum(left) && is_han(right));
}

}  // namespace

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

Normalizer::Normalizer(CharMap char_map) : char_map_(char_map) {
  UErrorCode error = U_ZERO_ERROR;
  nfkc_casefold_ = unorm2_getNFKCCasefoldInstance(&error);
  if (U_FAILURE(error)) nfkc_casefold_ = nullptr;
}

Status Normalizer::normalize(std::u16string_view text, std::vector<char32_t>* chars,
                             std::vector<std::uint32_t>* offsets) {
  chars->clear();
  offsets->clear();
  if (nfkc_casefold_ == nullptr) {
    return Status(StatusCode::kInternal, "ICU NFKC_Casefold data is unavailable");
  }
  if (!text.empty()) {
    // Before NFKC_Casefold: once it drops an invisible character between two unpaired
    // halves, they would read as one character.
    const std::u16string_view paired = replace_unpaired_surrogates(text, &paired_);
    if (!fold_alone(paired, chars, offsets)) {
      chars->clear();
      offsets->clear();
      if (Status status = fold(paired, chars, offsets); !status.ok()) {
        chars->clear();
        offsets->clear();
        return status;
      }
    }
    strip_separators(chars, offsets);
    drop_interleaved_letters(chars, offsets);
    fix_digit_lookalikes(chars);
  }
  offsets->push_back(static_cast<std::uint32_t>(text.size()));
  return {};
}

// What fold() gives a text whose characters are all alone: ICU asked once per character
// in a process, not per message. False at the first character that isn't.
bool Normalizer::fold_alone(std::u16string_view text, std::vector<char32_t>* chars,
                            std::vector<std::uint32_t>* offsets) const {
  // At most one character out for each unit in, written in place.
  chars->resize(text.size());
  offsets->resize(text.size());
  std::size_t out = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto offset = static_cast<std::uint32_t>(i);
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    const std::uint32_t fold = alone_fold(nfkc_casefold_, c);
    if ((fold & kAlone) == 0) return false;
    if ((fold & kFoldsToNothing) != 0) continue;
    const char32_t mapped = char_map_.map(fold & kCodePointMask);
    if (mapped == 0) continue;
    (*chars)[out] = mapped;
    (*offsets)[out] = offset;
    ++out;
  }
  chars->resize(out);
  offsets->resize(out);
  return true;
}

// NFKC_Casefold one stretch at a time, so that each character knows where it came from:
// a stretch already normalised is copied, and the rest is normalised from one
// normalisation boundary to the next, which gives what normalising the whole text would.
Status Normalizer::fold(std::u16string_view text, std::vector<char32_t>* chars,
                        std::vector<std::uint32_t>* offsets) {
  const auto size = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < size;) {
    UErrorCode error = U_ZERO_ERROR;
    const int32_t normalized_end =
        i + unorm2_spanQuickCheckYes(nfkc_casefold_, text.data() + i, size - i, &error);
    if (U_FAILURE(error)) {
      return Status(StatusCode::kInternal,
                    std::string("ICU normalisation failed: ") + u_errorName(error));
    }
    while (i < normalized_end) {
      const auto offset = static_cast<std::uint32_t>(i);
      UChar32 c;
      U16_NEXT(text.data(), i, normalized_end, c);
      append_mapped(c, offset, chars, offsets);
    }
    if (i == size) break;
    int32_t end = i;
    U16_FWD_1(text.data(), end, size);
    for (int32_t next = end; next < size; end = next) {
      UChar32 c;
      U16_NEXT(text.data(), next, size, c);
      if (unorm2_hasBoundaryBefore(nfkc_casefold_, c)) break;
    }
    const int32_t length = normalize_segment(text.substr(i, end - i));
    if (length < 0) {
      return Status(StatusCode::kInternal, "ICU normalisation failed");
    }
    for (int32_t k = 0; k < length;) {
      UChar32 c;
      U16_NEXT(folded_.data(), k, length, c);
      append_mapped(c, static_cast<std::uint32_t>(i), chars, offsets);
    }
    i = end;
  }
  return {};
}

// NFKC_Casefold of `segment` into folded_: its length, or -1 on failure.
int32_t Normalizer::normalize_segment(std::u16string_view segment) {
  if (folded_.size() < segment.size()) folded_.resize(segment.size());
  for (;;) {
    UErrorCode error = U_ZERO_ERROR;
    const int32_t length = unorm2_normalize(nfkc_casefold_, segment.data(), static_cast<int32_t>(segment.size()),
                                            folded_.data(), static_cast<int32_t>(folded_.size()), &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      folded_.resize(static_cast<std::size_t>(length));
      continue;
    }
    return U_FAILURE(error) ? -1 : length;
  }
}

void Normalizer::append_mapped(UChar32 c, std::uint32_t offset, std::vector<char32_t>* chars,
                               std::vector<std::uint32_t>* offsets) const {
  const char32_t mapped = char_map_.map(static_cast<char32_t>(c));
  if (mapped == 0) return;
  chars->push_back(mapped);
  offsets->push_back(offset);
}

// Drops combining marks, and separator runs that pad a word apart; drops the spaces
// between single letters or digits, which spell one word out (Q Q, 2 8 4 0, 1 0 3 . 2 1 4);
// elsewhere collapses white space to one space and trims it at both ends.
void Normalizer::strip_separators(std::vector<char32_t>* chars,
                                  std::vector<std::uint32_t>* offsets) {
  std::vector<char32_t>& c = *chars;
  std::vector<std::uint32_t>& at = *offsets;
  const auto keep = [&](std::size_t from, std::size_t to, char32_t ch) {
    c[to] = ch;
    at[to] = at[from];
  };
  const std::size_t n = c.size();
  // Whether c[i], not yet overwritten, is a letter or digit alone: `previous_alnum` says
  // whether the character before it was one.
  const auto alone = [&](std::size_t i, bool previous_alnum) {
    return is_ascii_alnum(c[i]) && !previous_alnum && (i + 1 == n || !is_ascii_alnum(c[i + 1]));
  };
  std::size_t out = 0;
  bool previous_alnum = false;
  bool last_kept_alone = false;  // c[out - 1] is a letter or digit alone
  for (std::size_t i = 0; i < n;) {
    const Role role = role_of(c[i]);
    if (role != Role::kSeparator) {
      if (role == Role::kText) {
        last_kept_alone = alone(i, previous_alnum);
        previous_alnum = is_ascii_alnum(c[i]);
        keep(i, out++, c[i]);
      }
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n && role_of(c[end]) == Role::kSeparator) ++end;
    previous_alnum = false;
    if (out == 0 || end == n || !joins_across(c[out - 1], std::u32string_view(&c[i], end - i), c[end])) {
      const bool spelt_out = out > 0 && end < n && last_kept_alone && alone(end, false);
      const std::size_t before = out;
      for (; i < end; ++i) {
        const bool space = is_white_space(c[i]);
        if (!space) keep(i, out++, c[i]);
        else if (!spelt_out && out > 0 && c[out - 1] != ' ') keep(i, out++, ' ');
      }
      if (out != before) last_kept_alone = false;
    }
    i = end;
  }
  while (out > 0 && c[out - 1] == ' ') --out;
  c.resize(out);
  at.resize(out);
}

// Drops the letters of a run where single Latin letters and Chinese characters alternate
// at least twice (加a微b信 → 加微信). One letter alone between two characters is a word's
// part (维C片, 加V信) and stays.
void Normalizer::drop_interleaved_letters(std::vector<char32_t>* chars, std::vector<std::uint32_t>* offsets) {
  std::vector<char32_t>& c = *chars;
  std::vector<std::uint32_t>& at = *offsets;
  const std::size_t n = c.size();
  // Whether c[i] is one letter between two Chinese characters; it reads only c[i - 1] on,
  // which the compaction below has not overwritten yet.
  const auto lone_letter = [&](std::size_t i) {
    return i > 0 && i + 1 < n && is_ascii_letter(c[i]) && is_han(c[i - 1]) && is_han(c[i + 1]);
  };
  std::size_t out = 0;
  std::size_t last_lone = n;  // the last lone letter seen, n if none
  for (std::size_t i = 0; i < n; ++i) {
    if (lone_letter(i)) {
      const bool interleaved = (last_lone != n && last_lone + 2 == i) || lone_letter(i + 2);
      last_lone = i;
      if (interleaved) continue;
    }
    c[out] = c[i];
    at[out] = at[i];
    ++out;
  }
  c.resize(out);
  at.resize(out);
}

// o, l and i inside a number are read as 0 and 1 (1oo86 → 10086).
void Normalizer::fix_digit_lookalikes(std::vector<char32_t>* chars) {
  std::vector<char32_t>& c = *chars;
  const auto lookalike = [](char32_t ch) { return ch == 'o' || ch == 'l' || ch == 'i'; };
  for (std::size_t i = 1; i < c.size(); ++i) {
    if (!lookalike(c[i]) || !is_ascii_digit(c[i - 1])) continue;
    std::size_t end = i;
    while (end < c.size() && lookalike(c[end])) ++end;
    if (end == c.size() || !is_ascii_digit(c[end])) {
      i = end;
      continue;
    }
    for (; i < end; ++i) c[i] = c[i] == 'o' ? '0' : '1';
  }
}

}  // namespace smsfilter::internal
