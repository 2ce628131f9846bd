#include "analysis/warnings.h"

#include <algorithm>
#include <array>

#include "common/characters.h"
#include "common/phrase_set.h"
#include "common/spans.h"
#include "common/starts_with.h"

namespace smsfilter::internal {
namespace {

// How far a negation reaches forward and a condemnation back, within a clause.
constexpr std::size_t kReach = 16;
// A list of requests opened by 凡 is condemned once, at the end of its sentence.
constexpr std::size_t kListReach = 160;
// What never happens reaches the whole clause (不会要求您转账并提供验证码), however long the
// list of requests it denies (也不会通过电话引导您开通备用金、申请借款、下载会议软件或共享屏幕),
// up to kDenialReach characters. 没有 alone is no denial (你还没有转账吗); 更没有“安全账户” is,
// and so is what is refused (学校不接受任何私人转账).
constexpr std::size_t kDenialReach = 40;
constexpr PhraseSet<13> kDenials({U"不会", U"绝不", U"决不", U"从不", U"从未", U"从没", U"不存在", U"所谓",
                                   U"更没有", U"并没有", U"根本没有", U"从来没有", U"不接受"});
// A lure told of reaches the rest of its clause as a denial does: whoever asks for a thing
// doesn't say they lure the reader into it (不法分子以商品丢失为由诱导您开启屏幕共享).
constexpr PhraseSet<5> kLures({U"诱导", U"诱骗", U"引诱", U"骗取", U"哄骗"});
// An order not to reaches up to 并, which starts an order to (不要挂断电话并添加微信).
constexpr PhraseSet<9> kProhibitions({U"不要", U"切勿", U"勿", U"不得", U"不可", U"谨防", U"警惕", U"严禁",
                                       U"千万别"});
// 别 orders not to only where a money or trust request follows at once or after a manner
// or a payee (别转给我, 别直接转给我个人, 别往医院账上打钱, 别点那个链接, 别信): 别问了赶紧转 and
// 别犹豫 hurry the request on, and 特别, 区别, 级别 are other words.
constexpr std::u32string_view kNotBie = U"特区分类级辨识告性";
constexpr std::array<std::u32string_view, 11> kBieManners = {U"直接", U"再", U"先", U"私下", U"随便", U"轻易",
                                                             U"乱", U"帮我", U"帮他", U"替我", U"给我"};
constexpr std::u32string_view kBiePayees = U"往向给把";
constexpr std::size_t kBiePayeeReach = 6;
constexpr std::array<std::u32string_view, 14> kBieRequests = {U"转", U"汇", U"打钱", U"打款", U"打到", U"打给",
                                                              U"打我", U"打进", U"垫", U"付", U"交", U"信",
                                                              U"点", U"借"};

// Whether 别 at `at` forbids a request.
bool bie_forbids(std::u32string_view text, std::size_t at) {
  if (at > 0 && kNotBie.find(text[at - 1]) != kNotBie.npos) return false;
  std::u32string_view rest = text.substr(at + 1);
  if (!rest.empty() && kBiePayees.find(rest.front()) != kBiePayees.npos) {
    for (std::size_t n = 1; n < rest.size() && n <= kBiePayeeReach + 1 && !ends_clause(rest[n]); ++n) {
      if (starts_with_any(rest.substr(n), kBieRequests)) return true;
    }
    return false;
  }
  for (std::u32string_view manner : kBieManners) {
    if (rest.substr(0, manner.size()) == manner) {
      rest.remove_prefix(manner.size());
      break;
    }
  }
  return starts_with_any(rest, kBieRequests);
}

constexpr PhraseSet<4> kCondemnations({U"是诈骗", U"为诈骗", U"是骗", U"骗局"});
// A condemnation denied is what a scam says of itself: 这不是诈骗, 并非骗局.
constexpr std::u32string_view kNegatingChars = U"不非";
// At most this many characters before a condemnation leave it alone in its clause.
constexpr std::size_t kBareCondemnationReach = 3;
constexpr PhraseSet<13> kScamDescriptions({U"冒充", U"假冒", U"声称", U"自称", U"骗子", U"骗徒", U"骗局",
                                           U"被骗", U"反诈", U"防骗", U"别信", U"不要信", U"都不是我"});

// A clause that states a condition (如果有人让您共享屏幕，) is what the next one judges.
constexpr PhraseSet<6> kConditions({U"如果", U"假如", U"要是", U"一旦", U"只要", U"若"});

// Whether the clause that text[stop] ends may be condemned by the next one, its sentence
// going on: it ends in 的 (Cantonese 嘅), 要求您转账到“安全账户”的，均为诈骗, or states a
// condition, 如果有人让您下载会议软件共享屏幕，那一定是诈骗.
bool condemned_by_next(std::u32string_view text, std::size_t stop) {
  if (stop == 0 || stop >= text.size() || !ends_clause(text[stop]) || ends_sentence(text[stop])) return false;
  if (text[stop - 1] == U'的' || text[stop - 1] == U'嘅') return true;
  return kConditions.found_in(span_back(text, stop, ends_clause));
}

// Whether a clause from `begin` to a condemnation at `at` holds nothing but the condemnation
// (，统统是诈骗), and so judges the clause before it: across a sentence's end only when it
// points back (。这就是诈骗; not 。是诈骗犯的下场).
bool judges_previous(std::u32string_view text, std::size_t begin, std::size_t at) {
  if (begin == 0 || at - begin > kBareCondemnationReach) return false;
  return !ends_sentence(text[begin - 1]) || text[begin] == U'这';
}

void mark(std::size_t begin, std::size_t end, std::vector<bool>* marks) {
  std::fill(marks->begin() + static_cast<std::ptrdiff_t>(begin), marks->begin() + static_cast<std::ptrdiff_t>(end),
            true);
}

}  // namespace

bool Warnings::any() const {
  return std::find(denied_.begin(), denied_.end(), true) != denied_.end() ||
         std::find(listed_.begin(), listed_.end(), true) != listed_.end();
}

void Warnings::read(std::u32string_view text) {
  denied_.assign(text.size(), false);
  listed_.assign(text.size(), false);
  condemned_.assign(text.size(), false);
  const auto deny_rest_of_clause = [&](const PhraseMatch& denial) {
    mark(denial.end(), grow_forward(text, denial.end(), ends_clause, kDenialReach), &denied_);
    return false;
  };
  kDenials.any_place(text, deny_rest_of_clause);
  kLures.any_place(text, deny_rest_of_clause);
  const auto ends_order = [](char32_t c) { return ends_clause(c) || c == U'并'; };
  kProhibitions.any_place(text, [&](const PhraseMatch& prohibition) {
    mark(prohibition.end(), grow_forward(text, prohibition.end(), ends_order, kReach), &denied_);
    return false;
  });
  for (std::size_t bie = text.find(U'别'); bie != text.npos; bie = text.find(U'别', bie + 1)) {
    if (bie_forbids(text, bie)) mark(bie + 1, grow_forward(text, bie + 1, ends_order, kReach), &denied_);
  }
  kCondemnations.any_place(text, [&](const PhraseMatch& condemnation) {
    if (condemnation.at > 0 && kNegatingChars.find(text[condemnation.at - 1]) != kNegatingChars.npos) return false;
    std::size_t begin = grow_back(text, condemnation.at, ends_clause, kReach);
    if (judges_previous(text, begin, condemnation.at) || (begin > 0 && condemned_by_next(text, begin - 1)))
      begin = grow_back(text, begin - 1, ends_clause, kReach);
    mark(begin, condemnation.at, &denied_);
    mark(begin, condemnation.at, &condemned_);
    return false;
  });
  // 凡让您下载会议软件、开启屏幕共享的；凡要求您转账的，都是诈骗
  for (std::size_t fan = text.find(U'凡'); fan != text.npos; fan = text.find(U'凡', fan + 1)) {
    const std::size_t sentence_end = grow_forward(text, fan + 1, ends_sentence, kListReach);
    if (kCondemnations.found_in(text.substr(fan + 1, sentence_end - fan - 1)))
      mark(fan + 1, grow_forward(text, fan + 1, ends_clause, kReach), &listed_);
  }
}

bool describes_scam(std::u32string_view text) { return kScamDescriptions.found_in(text); }

}  // namespace smsfilter::internal
