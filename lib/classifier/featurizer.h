// Turns a message into hashed features. The one featurizer behind both the
// trainer and the classifier.
#ifndef SMSFILTER_LIB_CLASSIFIER_FEATURIZER_H_
#define SMSFILTER_LIB_CLASSIFIER_FEATURIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/ubrk.h>

#include "analysis/message_analysis.h"
#include "analysis/char_map.h"
#include "analysis/normalizer.h"
#include "registry/registry_index.h"
#include "smsfilter/featurizer_settings.h"
#include "smsfilter/status.h"

namespace smsfilter::internal {

struct Feature : HashedFeature {
  FeatureKind kind = FeatureKind::kMarker;
  // Where the feature's text is, for naming it: a span of units() for character n-grams,
  // of normalized16() for words; for markers and sender kinds, `name` is the text.
  std::uint32_t begin = 0, end = 0;
  std::string_view name;
};

class Featurizer {
 public:
  // `brands`, the model's brands section (brand markers), may be null (none); it must
  // outlive the featurizer.
  Featurizer(const FeaturizerSettings& settings, CharMap char_map, const RegistryIndex* brands);
  ~Featurizer();
  Featurizer(const Featurizer&) = delete;
  Featurizer& operator=(const Featurizer&) = delete;

  // Replaces `features` with those of one message: its visible text, at most max_chars
  // characters of it (visible_text.h). Reuses all buffers' capacity.
  Status featurize(std::u16string_view text, std::u16string_view sender,
                   std::vector<Feature>* features);
  // The same for UTF-8; invalid sequences are read as U+FFFD.
  Status featurize(std::string_view text, std::string_view sender,
                   std::vector<Feature>* features);

  // Chat around a payload outweighs it, and a message longer than max_chars visible
  // characters is read in part by featurize(). So read() also keeps the text of a message
  // longer than one window, up to kWindowedChars visible characters of it (both ends of a
  // longer one, as featurize() does within max_chars), and featurize_window() reads it in
  // windows of a WindowShape's normalised characters: what the normaliser drops
  // (separators, symbols, letters between Chinese characters) goes with the window it is
  // in without taking its place. featurize_window(0) is what featurize() reads.
  static constexpr std::size_t kWindowedChars = 8000;
  struct WindowShape {
    std::size_t chars, stride;
  };
  // For a payload hidden in chat: shorter than most SMS, since around a short payload a
  // longer window holds enough chat to outweigh it, and a longer stride cuts it in two.
  static constexpr WindowShape kPayloadWindows = {40, 10};
  // For overturning a notice or code: as long as a message, so that no fragment of the
  // notice's own sentences does it.
  static constexpr WindowShape kNoticeWindows = {60, 30};
  void read(std::u16string_view text, std::u16string_view sender);
  void read(std::string_view text, std::string_view sender);
  // Whether the text read is longer than a payload window, before featurize_windowed()
  // says how many windows there are.
  bool may_have_windows() const { return head_and_tail_.size() > kPayloadWindows.chars; }
  // For weighing windows before reading them, after featurize_window(0): the features of
  // all the text the windows are cut from. That is what featurize_window(0) read when it
  // read the whole text, and `features` is left alone; else the longer read is featurized
  // into `features`. Returns whether it did. Then window_count() windows of `shape` are
  // known.
  Status featurize_windowed(WindowShape shape, std::vector<Feature>* features, bool* featurized);
  std::size_t window_count() const { return windows_; }
  // Of the units that featurize_windowed()'s character n-grams span, [first, last) are
  // those that start inside `window` (1 or more).
  std::pair<std::uint32_t, std::uint32_t> window_units(std::size_t window) const;
  Status featurize_window(std::size_t window, std::vector<Feature>* features);
  // The same features, leaving analysis() and append_name() to the last featurize_window():
  // for scoring windows before choosing the one to report.
  Status scan_window(std::size_t window, std::vector<Feature>* features);

  // Of a text read whole (read_whole()), characters [span.begin, span.end) of
  // analysis().text() (a sentence, a code's clauses), or the rest of the text without them,
  // featurized as a window is: scan_part() as scan_window(), featurize_part() as
  // featurize_window(). Neither changes analysis().
  enum class Part { kSpan, kRest };
  bool read_whole() const { return read_whole_; }
  Status scan_part(Span span, Part part, std::vector<Feature>* features);
  Status featurize_part(Span span, Part part, std::vector<Feature>* features);
  // The units (window_units()) that start in `span`, of a text read whole.
  std::pair<std::uint32_t, std::uint32_t> span_units(Span span) const;

  // Readable name ("c2:退订", "w:验证码", "m:url") of a feature of the last featurize_window()
  // or featurize_part().
  void append_name(const Feature& feature, std::string* out) const;

  // The message's analysis, its normalised text included: of the whole text when it was
  // read whole (a window of it is a part of that), else of the last window featurized.
  const MessageAnalysis& analysis() const { return reading_.analysis; }

 private:
  // One window as featurized: what its features' spans point into.
  struct Reading {
    MessageAnalysis analysis;
    std::vector<char32_t> units;  // n-gram input: digit runs as one shape unit, no spaces
    std::vector<std::uint32_t> unit_chars;  // where each unit starts in analysis.text()
    std::u16string normalized16;  // the analysis's text in UTF-16, for ICU word break
  };

  template <typename Text>
  void read_text(Text text, Text sender);
  // What the windows read, and its reading by featurize_windowed().
  std::u32string_view windowed() const { return read_whole_ ? head_and_tail_ : long_text_; }
  const Reading& windowed_read() const { return read_whole_ ? reading_ : windowed_reading_; }
  void select_window(std::size_t window);
  void select_part(Span span, Part part);
  // Characters [begin, end) of the windowed reading, once located.
  void select_chars(std::size_t begin, std::size_t end);
  // Where each character of `reading`, which read windowed(), starts in windowed().
  void locate_chars(const Reading& reading);
  std::pair<std::size_t, std::size_t> window_chars(std::size_t window) const;
  // The units of `reading` that start in its characters [begin, end).
  static std::pair<std::uint32_t, std::uint32_t> units_starting_in(const Reading& reading, std::size_t begin,
                                                                   std::size_t end);
  Status featurize_visible(Reading* reading, std::vector<Feature>* features);
  void add_char_ngrams(const Reading& reading, std::vector<Feature>* features);
  Status add_words(Reading* reading, std::vector<Feature>* features);
  // Appends the feature named `name`, `occurrences` times.
  void add_named(FeatureKind kind, std::string_view name, std::size_t occurrences,
                 std::vector<Feature>* features) const;

  FeaturizerSettings settings_;
  Normalizer normalizer_;
  const RegistryIndex* brands_;
  UBreakIterator* word_break_ = nullptr;
  Status word_break_status_;
  std::u32string visible_;          // the window read (visible_text.h)
  std::u16string visible16_;        // the same in UTF-16, for the analysis
  std::u32string head_and_tail_;    // window 0: the text, or both ends of a long one
  std::u32string long_text_;        // a longer read of a long message, for its windows
  bool read_whole_ = true;          // head_and_tail_ is all of the text
  std::size_t windows_ = 1;
  WindowShape shape_ = kPayloadWindows;
  std::u32string sender_;
  Reading reading_;                  // analysis()'s
  Reading window_reading_;           // a window of a text read whole; scan_window()'s
  Reading windowed_reading_;         // all of windowed() when that is more than reading_'s
  std::vector<std::uint32_t> char_starts_;  // locate_chars()
  const Reading* named_ = &reading_; // what the last featurize_window() read
  std::vector<std::uint32_t> units_utf8_;  // each unit's UTF-8 bytes in one word (packed_utf8)
  std::vector<std::string_view> markers_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_CLASSIFIER_FEATURIZER_H_
