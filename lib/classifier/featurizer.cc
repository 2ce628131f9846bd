#include "classifier/featurizer.h"

#include <algorithm>
#include <array>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "classifier/intents.h"
#include "classifier/markers.h"
#include "common/utf.h"
#include "common/visible_text.h"

namespace smsfilter::internal {
namespace {

// A digit run becomes one private-use unit that stands for its length class, so that
// n-grams see "a 6-digit number" rather than the digits themselves.
constexpr char32_t kDigitShapeBase = 0xE000;
constexpr std::array<std::string_view, 12> kDigitShapeNames = {
    "<d1>", "<d2>", "<d3>", "<d4>", "<d5>", "<d6>",
    "<d7-8>", "<d9-10>", "<d11>", "<d12-15>", "<d16-19>", "<d20+>"};

char32_t digit_shape(std::size_t length) {
  std::size_t shape;
  if (length <= 6) shape = length - 1;
  else if (length <= 8) shape = 6;
  else if (length <= 10) shape = 7;
  else if (length == 11) shape = 8;
  else if (length <= 15) shape = 9;
  else if (length <= 19) shape = 10;
  else shape = 11;
  return kDigitShapeBase + static_cast<char32_t>(shape);
}

bool is_digit_shape(char32_t c) {
  return c >= kDigitShapeBase && c < kDigitShapeBase + kDigitShapeNames.size();
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

constexpr std::size_t kEdgeUnits = 5;
constexpr unsigned kEdgeNgramMax = 2;
// Each marker of the message analysis (a code, a link class, a kind of number to call ...)
// counts as this many occurrences (version 7): counted once, what the analysis read
// weighed as one character n-gram among a message's hundreds. Intents stay at one: they
// are phrases the n-grams see too, and three gained nothing (docs/model.md, "Real
// messages again, and markers weigh three times").
constexpr std::size_t kMarkerOccurrences = 3;

FeatureKind char_ngram_kind(unsigned n) {
  return static_cast<FeatureKind>(static_cast<unsigned char>(FeatureKind::kChar1) + n - 1);
}

std::string_view kind_prefix(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kWord: return "w:";
    case FeatureKind::kChar1: return "c1:";
    case FeatureKind::kChar2: return "c2:";
    case FeatureKind::kChar3: return "c3:";
    case FeatureKind::kNegated: return "n:";
    case FeatureKind::kHead: return "h:";
    case FeatureKind::kTail: return "t:";
    case FeatureKind::kMarker: return "m:";
    case FeatureKind::kSender: return "s:";
  }
  return "?:";
}

// Feeds the UTF-8 bytes of `c` to the hash without materialising a string.
std::uint64_t hash_code_point(std::uint64_t h, char32_t c) {
  if (c < 0x80) return fnv1a_byte(h, static_cast<std::uint8_t>(c));
  if (c < 0x800) {
    h = fnv1a_byte(h, static_cast<std::uint8_t>(0xC0 | (c >> 6)));
  } else if (c < 0x10000) {
    h = fnv1a_byte(h, static_cast<std::uint8_t>(0xE0 | (c >> 12)));
    h = fnv1a_byte(h, static_cast<std::uint8_t>(0x80 | ((c >> 6) & 0x3F)));
  } else {
    h = fnv1a_byte(h, static_cast<std::uint8_t>(0xF0 | (c >> 18)));
    h = fnv1a_byte(h, static_cast<std::uint8_t>(0x80 | ((c >> 12) & 0x3F)));
    h = fnv1a_byte(h, static_cast<std::uint8_t>(0x80 | ((c >> 6) & 0x3F)));
  }
  return fnv1a_byte(h, static_cast<std::uint8_t>(0x80 | (c & 0x3F)));
}

// The UTF-8 bytes of `c` in one word, first byte lowest: the rest are continuation
// bytes, never 0, so the word ends where its bytes do.
std::uint32_t packed_utf8(char32_t c) {
  if (c < 0x80) return c;
  const std::uint32_t last = 0x80 | (c & 0x3F);
  if (c < 0x800) return (0xC0 | (c >> 6)) | last << 8;
  const std::uint32_t middle = 0x80 | ((c >> 6) & 0x3F);
  if (c < 0x10000) return (0xE0 | (c >> 12)) | middle << 8 | last << 16;
  return (0xF0 | (c >> 18)) | (0x80 | ((c >> 12) & 0x3F)) << 8 | middle << 16 | last << 24;
}

std::uint64_t hash_packed_utf8(std::uint64_t h, std::uint32_t packed) {
  h = fnv1a_byte(h, static_cast<std::uint8_t>(packed));
  for (packed >>= 8; packed != 0; packed >>= 8) h = fnv1a_byte(h, static_cast<std::uint8_t>(packed));
  return h;
}

// Every n-gram of up to `max_n` units that lies within `units[begin, end)` (packed_utf8),
// each as a feature of kind `kind_of(i, n)` for the n-gram of n units from unit i.
template <typename KindOf>
void add_ngrams_within(const std::vector<std::uint32_t>& units, std::size_t begin, std::size_t end,
                       unsigned max_n, KindOf kind_of, unsigned bucket_bits,
                       std::vector<Feature>* features) {
  for (std::size_t i = begin; i < end; ++i) {
    for (unsigned n = 1; n <= max_n && i + n <= end; ++n) {
      const FeatureKind kind = kind_of(i, n);
      std::uint64_t h = feature_hash_start(kind);
      for (std::size_t k = i; k < i + n; ++k) h = hash_packed_utf8(h, units[k]);
      features->push_back({hash_feature(h, bucket_bits), kind, static_cast<std::uint32_t>(i),
                           static_cast<std::uint32_t>(i + n), {}});
    }
  }
}

}  // namespace

Featurizer::Featurizer(const FeaturizerSettings& settings, CharMap char_map, const RegistryIndex* brands)
    : settings_(settings), normalizer_(char_map), brands_(brands) {
  if (!settings_.word_tokens) return;
  UErrorCode error = U_ZERO_ERROR;
  word_break_ = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &error);
  if (U_FAILURE(error)) {
    word_break_ = nullptr;
    word_break_status_ = Status(StatusCode::kInternal,
                                std::string("ICU word break unavailable: ") + u_errorName(error));
  }
}

Featurizer::~Featurizer() {
  if (word_break_ != nullptr) ubrk_close(word_break_);
}

Status Featurizer::featurize(std::u16string_view text, std::u16string_view sender,
                             std::vector<Feature>* features) {
  read(text, sender);
  return featurize_window(0, features);
}

Status Featurizer::featurize(std::string_view text, std::string_view sender,
                             std::vector<Feature>* features) {
  read(text, sender);
  return featurize_window(0, features);
}

void Featurizer::read(std::u16string_view text, std::u16string_view sender) { read_text(text, sender); }
void Featurizer::read(std::string_view text, std::string_view sender) { read_text(text, sender); }

template <typename Text>
void Featurizer::read_text(Text text, Text sender) {
  read_visible(sender, kMaxSenderChars, &sender_);
  read_visible(text, settings_.max_chars, &head_and_tail_);
  windows_ = 1;
  // max_chars visible characters or more: head_and_tail_ may leave out the middle.
  const auto visible = std::count_if(head_and_tail_.begin(), head_and_tail_.end(), [](char32_t c) { return c != ' '; });
  read_whole_ = static_cast<std::size_t>(visible) < settings_.max_chars;
  if (!read_whole_ && may_have_windows()) read_visible(text, kWindowedChars, &long_text_);
}

Status Featurizer::featurize_window(std::size_t window, std::vector<Feature>* features) {
  select_window(window);
  Reading* reading = window > 0 && read_whole_ ? &window_reading_ : &reading_;
  named_ = reading;
  return featurize_visible(reading, features);
}

Status Featurizer::scan_window(std::size_t window, std::vector<Feature>* features) {
  select_window(window);
  return featurize_visible(&window_reading_, features);
}

Status Featurizer::scan_part(Span span, Part part, std::vector<Feature>* features) {
  select_part(span, part);
  return featurize_visible(&window_reading_, features);
}

Status Featurizer::featurize_part(Span span, Part part, std::vector<Feature>* features) {
  select_part(span, part);
  named_ = &window_reading_;
  return featurize_visible(&window_reading_, features);
}

Status Featurizer::featurize_windowed(WindowShape shape, std::vector<Feature>* features, bool* featurized) {
  *featurized = !read_whole_;
  if (!read_whole_) {
    visible_ = long_text_;
    if (Status status = featurize_visible(&windowed_reading_, features); !status.ok()) return status;
  }
  const Reading& reading = windowed_read();
  locate_chars(reading);
  shape_ = shape;
  windows_ = 1;
  const std::size_t chars = reading.analysis.chars().size();
  if (chars > shape.chars) windows_ += (chars - shape.chars + shape.stride - 1) / shape.stride + 1;
  return {};
}

void Featurizer::locate_chars(const Reading& reading) {
  // The analysis keeps each character's UTF-16 offset in what it read.
  const std::u32string_view text = windowed();
  const MessageAnalysis& analysis = reading.analysis;
  char_starts_.clear();
  std::size_t visible = 0, utf16 = 0;
  for (std::size_t c = 0; c < analysis.chars().size(); ++c) {
    for (; utf16 < analysis.raw_offset(c) && visible < text.size(); ++visible) utf16 += text[visible] >= 0x10000 ? 2 : 1;
    char_starts_.push_back(static_cast<std::uint32_t>(visible));
  }
  char_starts_.push_back(static_cast<std::uint32_t>(text.size()));
}

// Window w > 0 holds the windowed reading's characters [(w - 1) * stride, + chars).
std::pair<std::size_t, std::size_t> Featurizer::window_chars(std::size_t window) const {
  const std::size_t chars = char_starts_.size() - 1;
  const std::size_t begin = std::min((window - 1) * shape_.stride, chars);
  return {begin, std::min(begin + shape_.chars, chars)};
}

std::pair<std::uint32_t, std::uint32_t> Featurizer::window_units(std::size_t window) const {
  const auto [begin, end] = window_chars(window);
  return units_starting_in(windowed_read(), begin, end);
}

std::pair<std::uint32_t, std::uint32_t> Featurizer::span_units(Span span) const {
  return units_starting_in(reading_, span.begin, span.end);
}

std::pair<std::uint32_t, std::uint32_t> Featurizer::units_starting_in(const Reading& reading, std::size_t begin,
                                                                      std::size_t end) {
  const std::vector<std::uint32_t>& starts = reading.unit_chars;
  const auto first_at = [&](std::size_t c) {
    return static_cast<std::uint32_t>(std::lower_bound(starts.begin(), starts.end(), c) - starts.begin());
  };
  return {first_at(begin), first_at(end)};
}

void Featurizer::select_window(std::size_t window) {
  if (window == 0) {
    visible_ = head_and_tail_;
  } else {
    const auto [begin, end] = window_chars(window);
    select_chars(begin, end);
  }
}

void Featurizer::select_part(Span span, Part part) {
  locate_chars(reading_);
  if (part == Part::kSpan) {
    select_chars(span.begin, span.end);
  } else {
    const std::u32string_view text = windowed();
    visible_.assign(text.substr(0, char_starts_[span.begin]));
    visible_.append(text.substr(char_starts_[span.end]));
  }
}

void Featurizer::select_chars(std::size_t begin, std::size_t end) {
  visible_ = windowed().substr(char_starts_[begin], char_starts_[end] - char_starts_[begin]);
}

Status Featurizer::featurize_visible(Reading* reading, std::vector<Feature>* features) {
  features->clear();
  if (!word_break_status_.ok()) return word_break_status_;
  utf32_to_utf16(visible_, &visible16_);
  MessageAnalysis& analysis = reading->analysis;
  Status status = analysis.analyze(visible16_, &normalizer_);
  if (!status.ok()) return status;

  const std::vector<char32_t>& chars = analysis.chars();
  std::vector<char32_t>& units = reading->units;
  units.clear();
  reading->unit_chars.clear();
  for (std::size_t i = 0; i < chars.size();) {
    if (chars[i] != ' ') reading->unit_chars.push_back(static_cast<std::uint32_t>(i));
    if (is_digit(chars[i])) {
      const std::size_t begin = i;
      while (i < chars.size() && is_digit(chars[i])) ++i;
      units.push_back(digit_shape(i - begin));
    } else {
      // A private-use character of the message can't pass for a digit shape.
      if (chars[i] != ' ') units.push_back(is_digit_shape(chars[i]) ? U'\uFFFD' : chars[i]);
      ++i;
    }
  }
  add_char_ngrams(*reading, features);
  if (settings_.word_tokens) {
    status = add_words(reading, features);
    if (!status.ok()) return status;
  }
  if (settings_.markers) {
    detect_markers(analysis, brands_, &markers_);
    const std::size_t analysis_markers = markers_.size();
    detect_intents(analysis, &markers_);
    for (std::size_t i = 0; i < markers_.size(); ++i) {
      add_named(FeatureKind::kMarker, markers_[i], i < analysis_markers ? kMarkerOccurrences : 1, features);
    }
  }
  if (settings_.sender_kind) {
    const std::string_view kind = sender_kind(sender_);
    if (!kind.empty()) add_named(FeatureKind::kSender, kind, 1, features);
  }
  return {};
}

void Featurizer::add_char_ngrams(const Reading& reading, std::vector<Feature>* features) {
  // Each unit is in up to char_ngram_max n-grams: encoded once.
  units_utf8_.clear();
  for (char32_t unit : reading.units) units_utf8_.push_back(packed_utf8(unit));
  const std::size_t count = reading.units.size();
  const unsigned bits = settings_.bucket_bits;
  // What a negation or a condemnation reaches is quoted to be denied: 转账 in 不会要求您转账
  // is no request.
  const auto kind_of = [&](std::size_t unit, unsigned n) {
    return reading.analysis.warnings().denies(reading.unit_chars[unit]) ? FeatureKind::kNegated
                                                                        : char_ngram_kind(n);
  };
  add_ngrams_within(units_utf8_, 0, count, settings_.char_ngram_max, kind_of, bits, features);
  // The n-grams within the first and within the last kEdgeUnits units once more, hashed
  // apart: a 【signature】 or a greeting opens a message, a sign-off or an opt-out ends it.
  const std::size_t edge = std::min(count, kEdgeUnits);
  const unsigned edge_ngram_max = std::min(settings_.char_ngram_max, kEdgeNgramMax);
  add_ngrams_within(units_utf8_, 0, edge, edge_ngram_max, [](std::size_t, unsigned) { return FeatureKind::kHead; },
                    bits, features);
  add_ngrams_within(units_utf8_, count - edge, count, edge_ngram_max,
                    [](std::size_t, unsigned) { return FeatureKind::kTail; }, bits, features);
}

// Words of two or more letters or ideographs, from ICU's dictionary word break. Single
// characters are already unigrams and numbers are already digit shapes.
Status Featurizer::add_words(Reading* reading, std::vector<Feature>* features) {
  std::u16string& normalized16 = reading->normalized16;
  utf32_to_utf16(reading->analysis.text(), &normalized16);
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(word_break_, normalized16.data(), static_cast<int32_t>(normalized16.size()), &error);
  if (U_FAILURE(error)) {
    return Status(StatusCode::kInternal, std::string("ICU word break failed: ") + u_errorName(error));
  }
  const char16_t* text = normalized16.data();
  int32_t begin = ubrk_first(word_break_);
  for (int32_t end = ubrk_next(word_break_); end != UBRK_DONE;
       begin = end, end = ubrk_next(word_break_)) {
    if (ubrk_getRuleStatus(word_break_) < UBRK_WORD_LETTER) continue;
    std::uint64_t h = feature_hash_start(FeatureKind::kWord);
    int code_points = 0;
    for (int32_t i = begin; i < end; ++code_points) {
      UChar32 c;
      U16_NEXT(text, i, end, c);
      h = hash_code_point(h, static_cast<char32_t>(c));
    }
    if (code_points < 2) continue;
    features->push_back({hash_feature(h, settings_.bucket_bits), FeatureKind::kWord,
                         static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), {}});
  }
  return {};
}

void Featurizer::add_named(FeatureKind kind, std::string_view name, std::size_t occurrences,
                           std::vector<Feature>* features) const {
  const Feature feature{hash_named_feature(kind, name, settings_.bucket_bits), kind, 0, 0, name};
  features->insert(features->end(), occurrences, feature);
}

void Featurizer::append_name(const Feature& feature, std::string* out) const {
  out->append(kind_prefix(feature.kind));
  switch (feature.kind) {
    case FeatureKind::kMarker:
    case FeatureKind::kSender:
      out->append(feature.name);
      return;
    case FeatureKind::kWord:
      for (std::uint32_t i = feature.begin; i < feature.end;) {
        UChar32 c;
        U16_NEXT(named_->normalized16.data(), i, feature.end, c);
        append_utf8(static_cast<char32_t>(c), out);
      }
      return;
    case FeatureKind::kChar1:
    case FeatureKind::kChar2:
    case FeatureKind::kChar3:
    case FeatureKind::kNegated:
    case FeatureKind::kHead:
    case FeatureKind::kTail:
      for (std::uint32_t i = feature.begin; i < feature.end; ++i) {
        const char32_t unit = named_->units[i];
        if (is_digit_shape(unit)) out->append(kDigitShapeNames[unit - kDigitShapeBase]);
        else append_utf8(unit, out);
      }
      return;
  }
}

}  // namespace smsfilter::internal
