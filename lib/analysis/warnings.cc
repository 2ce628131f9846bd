#include "analysis/warnings.h"

#include <algorithm>
#include <iterator>

namespace smsfilter::internal {
namespace {

// A negation counts within this many characters before the phrase, a condemnation
// within as many after it.
constexpr std::size_t kReach = 16;
constexpr std::u32string_view kNegations[] = {U"不会", U"不要", U"切勿", U"勿", U"绝不", U"决不", U"从不",
                                              U"不得", U"不可", U"谨防", U"警惕", U"严禁", U"千万别"};
constexpr std::u32string_view kCondemnations[] = {U"是诈骗", U"为诈骗", U"是骗", U"骗局"};

bool ends_clause(char32_t c) {
  return c == U',' || c == U'\u3002' || c == U'!' || c == U'?' || c == U';' || c == U'\n';
}

template <std::size_t N>
bool contains_any(std::u32string_view text, const std::u32string_view (&parts)[N]) {
  return std::any_of(std::begin(parts), std::end(parts),
                     [&](std::u32string_view part) { return text.find(part) != text.npos; });
}

}  // namespace

bool warned_against(std::u32string_view text, std::size_t begin, std::size_t end) {
  std::size_t before = begin;
  while (before > 0 && begin - before < kReach && !ends_clause(text[before - 1])) --before;
  std::size_t after = end;
  while (after < text.size() && after - end < kReach && !ends_clause(text[after])) ++after;
  return contains_any(text.substr(before, begin - before), kNegations) ||
         contains_any(text.substr(end, after - end), kCondemnations);
}

}  // namespace smsfilter::internal
