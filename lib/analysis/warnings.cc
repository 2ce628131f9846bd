#include "analysis/warnings.h"

#include "common/characters.h"
#include "common/phrase_set.h"

namespace smsfilter::internal {
namespace {

// A negation counts within this many characters before the phrase, a condemnation
// within as many after it.
constexpr std::size_t kReach = 16;
// A list of requests opened by 凡 is condemned once, at the end of its sentence.
constexpr std::size_t kListReach = 160;
// 没有 alone is no denial (你还没有转账吗); 更没有“安全账户” is.
constexpr PhraseSet<20> kNegations({U"不会", U"不要", U"切勿", U"勿", U"绝不", U"决不", U"从不", U"不得", U"不可",
                                     U"谨防", U"警惕", U"严禁", U"千万别", U"不存在", U"所谓", U"更没有", U"并没有",
                                     U"根本没有", U"从没有", U"从来没有"});
constexpr PhraseSet<4> kCondemnations({U"是诈骗", U"为诈骗", U"是骗", U"骗局"});

// The end of the span after `end` that stops at `ends` or after `reach` characters.
template <typename Ends>
std::size_t reach_after(std::u32string_view text, std::size_t end, std::size_t reach, Ends ends) {
  std::size_t after = end;
  while (after < text.size() && after - end < reach && !ends(text[after])) ++after;
  return after;
}

}  // namespace

bool warned_against(std::u32string_view text, std::size_t begin, std::size_t end) {
  std::size_t before = begin;
  while (before > 0 && begin - before < kReach && !ends_clause(text[before - 1])) --before;
  const std::u32string_view clause_before = text.substr(before, begin - before);
  if (kNegations.found_in(clause_before)) return true;
  // 凡让您下载会议软件、开启屏幕共享的；凡要求您转账的，都是诈骗
  const bool listed = clause_before.find(U'凡') != clause_before.npos;
  std::size_t after = listed ? reach_after(text, end, kListReach, ends_sentence)
                             : reach_after(text, end, kReach, ends_clause);
  // 要求您转账到“安全账户”的，均为诈骗: a clause that ends in 的 (Cantonese 嘅) is condemned
  // by the next.
  if (!listed && after > end && after < text.size() && (text[after - 1] == U'的' || text[after - 1] == U'嘅') &&
      ends_clause(text[after]) && !ends_sentence(text[after])) {
    after = reach_after(text, after + 1, kReach, ends_clause);
  }
  return kCondemnations.found_in(text.substr(end, after - end));
}

}  // namespace smsfilter::internal
