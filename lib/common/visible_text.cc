#include "common/visible_text.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "common/characters.h"

namespace smsfilter::internal {
namespace {

enum class Kind { kVisible, kSpace, kInvisible };

// General category Cc, which Unicode never extends.
bool is_control(char32_t c) { return c <= 0x1F || (c >= 0x7F && c <= 0x9F); }

Kind kind_of(char32_t c) {
  if (is_white_space(c)) return Kind::kSpace;
  if (is_control(c)) return Kind::kInvisible;
  if (c < 0xAD || (c >= 0x4E00 && c <= 0x9FFF)) return Kind::kVisible;  // the common cases
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)
             ? Kind::kInvisible
             : Kind::kVisible;
}

// ICU's U8_NEXT_OR_FFFD assigns ints to its uint8_t temporary.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
struct Utf8 {
  static constexpr std::size_t kUnitBytes = 1;
  std::string_view text;

  char32_t next(std::size_t* i) const {
    UChar32 c;
    U8_NEXT_OR_FFFD(text.data(), *i, text.size(), c);
    return static_cast<char32_t>(c);
  }
  // The character ending at *i, not reaching below `start`: the one a forward read from
  // its lead byte ends at *i with, or else the last byte alone as U+FFFD.
  char32_t previous(std::size_t* i, std::size_t start) const {
    const std::size_t end = *i;
    std::size_t lead = end - 1;
    for (int back = 0; back < 3 && lead > start && U8_IS_TRAIL(text[lead]); ++back) --lead;
    std::size_t j = lead;
    UChar32 c;
    U8_NEXT_OR_FFFD(text.data(), j, end, c);
    if (j == end) {
      *i = lead;
      return static_cast<char32_t>(c);
    }
    *i = end - 1;
    return U8_IS_SINGLE(text[end - 1]) ? static_cast<char32_t>(text[end - 1]) : 0xFFFD;
  }
};
#pragma GCC diagnostic pop

struct Utf16 {
  static constexpr std::size_t kUnitBytes = 2;
  std::u16string_view text;

  char32_t next(std::size_t* i) const {
    UChar32 c;
    U16_NEXT_OR_FFFD(text.data(), *i, text.size(), c);
    return static_cast<char32_t>(c);
  }
  char32_t previous(std::size_t* i, std::size_t start) const {
    UChar32 c;
    U16_PREV_OR_FFFD(text.data(), start, *i, c);
    return static_cast<char32_t>(c);
  }
};

// Keeps visible characters, and one space for each run of white space between them.
class Kept {
 public:
  explicit Kept(std::u32string* out) : out_(out), begin_(out->size()) {}

  void add(char32_t c, Kind kind) {
    if (kind == Kind::kSpace) {
      space_ = out_->size() > begin_;
    } else if (kind == Kind::kVisible) {
      if (space_) out_->push_back(' ');
      space_ = false;
      out_->push_back(c);
      ++count_;
    }
  }
  std::size_t count() const { return count_; }
  // White space after the last character kept.
  bool space_pending() const { return space_; }
  bool empty() const { return count_ == 0; }

 private:
  std::u32string* out_;
  std::size_t begin_;
  std::size_t count_ = 0;
  bool space_ = false;
};

// Reads characters from `pos` on with `step` while `more(pos)`, up to but not including
// the first visible character beyond `budget`. Returns where it stopped.
template <typename Step, typename More>
std::size_t keep_visible(std::size_t pos, Step step, More more, std::size_t budget, Kept* kept) {
  while (more(pos)) {
    std::size_t next = pos;
    const char32_t c = step(&next);
    const Kind kind = kind_of(c);
    if (kind == Kind::kVisible && kept->count() == budget) break;
    pos = next;
    kept->add(c, kind);
  }
  return pos;
}

template <typename Units>
void read(Units units, std::size_t max_chars, std::u32string* out) {
  out->clear();
  const std::size_t size = units.text.size();
  const std::size_t max_units = kMaxScannedBytes / Units::kUnitBytes;

  // The head, up to half the budget. Each end stops before a visible character beyond
  // its budget, so the two meet when nothing visible is left out between them.
  const std::size_t head_limit = std::min(size, max_units);
  Kept head(out);
  const std::size_t head_end = keep_visible(
      0, [&](std::size_t* i) { return units.next(i); },
      [&](std::size_t i) { return i < head_limit; }, max_chars - max_chars / 2, &head);
  if (head_end >= size) return;

  // The tail, read backwards into the end of `out` and then turned around. A character
  // that starts below tail_limit is still read whole.
  const std::size_t tail_limit = size - std::min(size - head_end, max_units);
  const std::size_t tail_begin = out->size();
  Kept tail(out);
  const std::size_t tail_end = keep_visible(
      size, [&](std::size_t* i) { return units.previous(i, head_end); },
      [&](std::size_t i) { return i > tail_limit; }, max_chars - head.count(), &tail);
  const bool middle_left_out = tail_end > head_end;
  if (!head.empty() && !tail.empty() && (head.space_pending() || tail.space_pending() || middle_left_out))
    out->push_back(' ');
  std::reverse(out->begin() + static_cast<std::ptrdiff_t>(tail_begin), out->end());
}

}  // namespace

void read_visible(std::string_view text, std::size_t max_chars, std::u32string* out) {
  read(Utf8{text}, max_chars, out);
}

void read_visible(std::u16string_view text, std::size_t max_chars, std::u32string* out) {
  read(Utf16{text}, max_chars, out);
}

}  // namespace smsfilter::internal
