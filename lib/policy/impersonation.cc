#include "policy/impersonation.h"

#include <array>

#include "analysis/code_finder.h"
#include "common/characters.h"
#include "common/starts_with.h"
#include "policy/asked_for.h"
#include "policy/messaging_ids.h"

namespace smsfilter::internal {
namespace {

// Said outright: the number is new or borrowed.
constexpr PhraseSet<16> kNewNumberClaims({
    U"换号",       U"换了号",     U"换了个号",   U"新号",       U"新手机号",   U"借同学的",
    U"借朋友的",   U"借别人的",   U"借同事的",   U"别人的手机", U"借同学手机", U"借朋友手机",
    U"借同事手机", U"借别人手机", U"借朋友电话", U"借同事电话"});
// Said in passing: why the reader doesn't know the number. Enough for a warning, not for
// the code scam's block: a child whose phone broke does ask for the parcel code.
constexpr PhraseSet<35> kOtherPhoneClaims({
    U"新的手机号", U"新的号",   U"号换了",   U"新用的",   U"另一支手机", U"换的号",   U"号码换了",
    U"手机号换了", U"号码不用了", U"号不用了", U"旧号",     U"原来那个号", U"原来的号", U"之前那个号",
    U"新卡",       U"用朋友的", U"用同学的", U"用同事的", U"用别人的",   U"拿同学的", U"拿朋友的",
    U"借的手机",   U"手机丢了", U"手机掉了", U"手机坏了", U"手机摔坏",   U"手机被偷", U"手机掉水里",
    U"号也换了",   U"号码也换了", U"停机",   U"工作号",   U"工作手机", U"新配的",   U"新办的"});

// "I" then a superior: 我是 and, within a few characters of its clause, a rank (我是你领导, 我是
// 教育局孙科长) or a surname and a short rank (我是李局, 我是集团陈董); or 我 and at once a
// surname and a rank (我王总, 我刘局). A manager counts only as the reader's (我是你们郑经理):
// loan and shop ads introduce their sales managers (我是平安的邵经理).
constexpr PhraseSet<1> kI({U"我"});
constexpr std::u32string_view kAm = U"是";
constexpr std::size_t kRankReach = 8;
constexpr std::array<std::u32string_view, 14> kRanks = {U"领导", U"老板", U"主任", U"校长", U"院长",
                                                        U"书记", U"支书", U"科长", U"部长", U"局长",
                                                        U"处长", U"厅长", U"董事长", U"总经理"};
constexpr std::array<std::u32string_view, 2> kYour = {U"你们", U"你的"};
constexpr std::array<std::u32string_view, 2> kYourRanks = {U"经理", U"主管"};
constexpr std::array<std::u32string_view, 4> kShortRanks = {U"总", U"局", U"董", U"处"};
// The hundred commonest surnames, which most people bear.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    U"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

// Money asked for: a transfer, a loan, an advance, where to send it, or gift cards' codes
// (帮我去买10张京东E卡，卡密拍照发我). 借我 alone is left out (我借我同学的手机 borrows a phone),
// and so is 转给 (我微信转给你了 pays the reader).
constexpr PhraseSet<35> kMoneyAsks({
    U"转账",   U"转帐",   U"汇款",   U"汇钱",   U"打款",   U"打钱",   U"转钱",   U"借钱",
    U"借点钱", U"借些钱", U"借我点", U"借我些", U"借我钱", U"先借",   U"能借",   U"可以借",
    U"周转",   U"垫付",   U"垫一下", U"卡号",   U"账户",   U"帐户",   U"账号",   U"帐号",
    U"转到",   U"转我",   U"转给我", U"打到",   U"汇到",   U"先转",   U"帮我转", U"帮我付",
    U"帮我交", U"转下",   U"卡密"});
// An amount right after 转, 汇, 借 or 垫, with 我 or a currency sign between or not: 转2500,
// 汇3万, 借我五千, 垫两万, 转$8,000.
constexpr PhraseSet<4> kAmountVerbs({U"转", U"汇", U"借", U"垫"});
constexpr std::u32string_view kNumerals = U"一二两三四五六七八九十百千万";

// Words of what the scam goes on to ask, however it is worded: money (an account, a card,
// a fee, Hong Kong's 户口), a chat app to move to (normalised text is lower case: QQ reads
// qq), secrecy. A new number announced without any of them asks for nothing yet.
constexpr PhraseSet<33> kAskWords({
    U"钱",   U"款",   U"账",   U"帐",   U"户",   U"汇",   U"付",     U"费",     U"借",     U"转",   U"元",
    U"块",   U"$",    U"¥",    U"银行", U"卡号", U"卡上", U"押金",   U"额度",   U"微信",   U"qq",   U"line",
    U"vx",   U"v信",  U"加我", U"好友", U"扣扣", U"私聊", U"别告诉", U"别跟",   U"不要告诉", U"唔好同", U"别让"});

template <std::size_t N>
bool surname_then(std::u32string_view text, const std::array<std::u32string_view, N>& titles) {
  return !text.empty() && kSurnames.find(text.front()) != kSurnames.npos && starts_with_any(text.substr(1), titles);
}

bool surname_and_rank(std::u32string_view text) {
  return surname_then(text, kShortRanks) || surname_then(text, kRanks);
}

bool claims_superior(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kI.any_place(text, [&](const PhraseMatch& pronoun) {
    if (analysis.warnings().warn_against(pronoun)) return false;
    std::size_t next = pronoun.end();
    if (text.substr(next, kAm.size()) != kAm) return surname_and_rank(text.substr(next));
    next += kAm.size();
    const bool yours = starts_with_any(text.substr(next), kYour);
    for (; next < text.size() && next < pronoun.at + kRankReach && !ends_clause(text[next]); ++next) {
      const std::u32string_view rest = text.substr(next);
      const bool rank = starts_with_any(rest, kRanks) || surname_then(rest, kShortRanks) ||
                        (yours && starts_with_any(rest, kYourRanks));
      if (rank) return true;
    }
    return false;
  });
}

bool asks_amount(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kAmountVerbs.any_place(text, [&](const PhraseMatch& verb) {
    if (analysis.warnings().warn_against(verb)) return false;
    std::size_t next = verb.end();
    if (next < text.size() && text[next] == U'我') ++next;
    if (next < text.size() && (text[next] == U'$' || text[next] == U'¥')) ++next;
    return next < text.size() && (is_ascii_digit(text[next]) || kNumerals.find(text[next]) != kNumerals.npos);
  });
}

bool asks_money(const MessageAnalysis& analysis) {
  return asked_for_any(analysis, kMoneyAsks) || asks_amount(analysis);
}

bool says_other_phone(const MessageAnalysis& analysis) {
  return claims_new_number(analysis) || asked_for_any(analysis, kOtherPhoneClaims);
}

}  // namespace

bool claims_new_number(const MessageAnalysis& analysis) { return asked_for_any(analysis, kNewNumberClaims); }

bool only_announces_new_number(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return says_other_phone(analysis) && !claims_superior(analysis) && !kAskWords.found_in(text) &&
         analysis.links().empty() && analysis.phone_numbers().empty() && analysis.amounts().empty() &&
         !names_code_word(text) && !gives_messaging_id(text);
}

std::optional<std::string_view> find_impersonation(const MessageAnalysis& analysis) {
  // A person doesn't sign with a 【signature】; a carrier's bill does, and says 停机.
  if (!analysis.signature().empty() || !asks_money(analysis)) return std::nullopt;
  std::optional<std::string_view> claim;
  if (says_other_phone(analysis)) claim = kNewNumberMoney;
  else if (claims_superior(analysis)) claim = kBossMoney;
  if (claim && describes_scam(analysis.text())) claim.reset();
  return claim;
}

}  // namespace smsfilter::internal
