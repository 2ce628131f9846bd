// The padding attack: invisible characters or spaces before and after a message, meant to
// push what it says out of what the classifier and the rules read. Shared by the fixture
// test (padding_attack_test.cc) and the run over the labelled test set (padding_attack.cc).
#ifndef SMSFILTER_TESTS_PADDING_ATTACK_H_
#define SMSFILTER_TESTS_PADDING_ATTACK_H_

#include <array>
#include <string>
#include <string_view>

#include "smsfilter/classifier.h"
#include "smsfilter/policy.h"

namespace smsfilter::testing {

struct PaddingKind {
  std::string_view name;
  std::string_view unit;  // UTF-8
};

inline constexpr std::array<PaddingKind, 7> kPaddingKinds = {{
    {"U+200B zero width space", "\u200B"},
    {"U+00AD soft hyphen", "\u00AD"},
    {"U+2060 word joiner", "\u2060"},
    {"U+FE0F variation selector", "\uFE0F"},
    {"U+2066 left-to-right isolate", "\u2066"},
    {"U+034F combining grapheme joiner", "\u034F"},
    {"space", " "},
}};
inline constexpr std::array<std::size_t, 2> kPaddingCounts = {1000, 10000};

enum class Placement { kFront, kBack, kBoth };
inline constexpr std::array<Placement, 3> kPlacements = {Placement::kFront, Placement::kBack,
                                                         Placement::kBoth};

inline std::string_view placement_name(Placement placement) {
  switch (placement) {
    case Placement::kFront: return "front";
    case Placement::kBack: return "back";
    case Placement::kBoth: return "front and back";
  }
  return "?";
}

inline std::string padded(std::string_view text, std::string_view unit, std::size_t count,
                          Placement placement) {
  std::string padding;
  padding.reserve(unit.size() * count);
  for (std::size_t i = 0; i < count; ++i) padding.append(unit);
  std::string out;
  if (placement != Placement::kBack) out.append(padding);
  out.append(text);
  if (placement != Placement::kFront) out.append(padding);
  return out;
}

// What the padding must not change: the action, the category and its confidence.
inline bool same_decision(const Decision& a, const Decision& b) {
  return a.action == b.action && a.category == b.category && a.confidence == b.confidence;
}

// Decides `text` unpadded and with every padding kind, count and placement; calls
// `mismatch(kind, count, placement)` for each padded message decided differently.
// Returns the number of padded messages decided, or -1 when a decide call failed.
template <typename OnMismatch>
long check_padding(const Policy& policy, Classifier* classifier, std::string_view text,
                   std::string_view sender, OnMismatch mismatch) {
  Decision plain, attacked;
  if (!policy.decide(classifier, {text, sender, {}}, nullptr, &plain).ok()) return -1;
  long decided = 0;
  for (const PaddingKind& kind : kPaddingKinds) {
    for (std::size_t count : kPaddingCounts) {
      for (Placement placement : kPlacements) {
        const std::string attack = padded(text, kind.unit, count, placement);
        if (!policy.decide(classifier, {attack, sender, {}}, nullptr, &attacked).ok()) return -1;
        ++decided;
        if (!same_decision(plain, attacked)) mismatch(kind, count, placement);
      }
    }
  }
  return decided;
}

}  // namespace smsfilter::testing

#endif  // SMSFILTER_TESTS_PADDING_ATTACK_H_
