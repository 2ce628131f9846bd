#include "policy/impersonation.h"

#include <algorithm>
#include <array>

#include "common/characters.h"
#include "policy/asked_for.h"

namespace smsfilter::internal {
namespace {

// Said outright: the number is new or borrowed.
constexpr std::array<std::u32string_view, 10> kNewNumberClaims = {
    U"换号",     U"换了号",   U"换了个号", U"新号",     U"新手机号",
    U"借同学的", U"借朋友的", U"借别人的", U"借同事的", U"别人的手机"};
// Said in passing: why the reader doesn't know the number. Enough for a warning, not for
// the code scam's block: a child whose phone broke does ask for the parcel code.
constexpr std::array<std::u32string_view, 23> kOtherPhoneClaims = {
    U"换的号",   U"号码换了", U"手机号换了", U"号码不用了", U"号不用了", U"旧号",     U"原来那个号", U"原来的号", U"之前那个号",
    U"新卡",     U"用朋友的",   U"用同学的",   U"用同事的", U"用别人的", U"拿同学的",   U"拿朋友的", U"借的手机",
    U"手机丢了", U"手机掉了",   U"手机坏了",   U"手机摔坏", U"手机被偷", U"手机掉水里"};

// "I am" then the reader's superior: 我是你领导, 我是你们院长, or a surname and a title (我是王总,
// 我是李局). A manager (经理) counts only as "your" manager (我是你们郑经理): shops' sales
// managers introduce themselves so.
constexpr std::u32string_view kIAm = U"我是";
constexpr std::array<std::u32string_view, 4> kYour = {U"你们的", U"你们", U"你的", U"你"};
constexpr std::array<std::u32string_view, 8> kSuperiors = {U"领导", U"老板", U"院长",   U"校长",
                                                           U"局长", U"主任", U"董事长", U"总经理"};
constexpr std::array<std::u32string_view, 6> kTitles = {U"总", U"局", U"处", U"主任", U"校长", U"书记"};
constexpr std::array<std::u32string_view, 1> kYourTitles = {U"经理"};
// The hundred commonest surnames, which most people bear.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    U"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

// Words of a warning: a text that uses them describes the scam (骗子冒充亲友换号借钱, 反诈提醒：
// 亲友用新号码借钱请先核实) or disowns it (说我手机坏了要你转钱的短信不是我发的，别信) rather
// than attempts it.
constexpr std::array<std::u32string_view, 8> kWarningWords = {U"冒充", U"假冒", U"诈骗", U"反诈",
                                                              U"骗子", U"骗局", U"别信", U"不要信"};

// Money asked for: a transfer, a loan, an advance, or where to send it. 借我 alone is left
// out (我借我同学的手机 borrows a phone), and so is 转给 (我微信转给你了 pays the reader).
constexpr std::array<std::u32string_view, 33> kMoneyAsks = {
    U"转账",   U"转帐",   U"汇款",   U"汇钱",   U"打款",   U"打钱",   U"转钱",   U"借钱",
    U"借点钱", U"借些钱", U"借我点", U"借我些", U"借我钱", U"先借",   U"能借",   U"可以借",
    U"周转",   U"垫付",   U"垫一下", U"卡号",   U"账户",   U"帐户",   U"账号",   U"帐号",
    U"转到",   U"转我",   U"转给我", U"打到",   U"汇到",   U"先转",   U"帮我转", U"帮我付",
    U"帮我交"};
// An amount right after 转, 汇 or 借, with 我 between or not: 转2500, 汇3万, 借我五千.
constexpr std::array<std::u32string_view, 3> kAmountVerbs = {U"转", U"汇", U"借"};
constexpr std::u32string_view kNumerals = U"一二两三四五六七八九十百千万";

template <std::size_t N>
bool starts_with_any(std::u32string_view text, const std::array<std::u32string_view, N>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::u32string_view prefix) { return text.substr(0, prefix.size()) == prefix; });
}

template <std::size_t N>
bool surname_then(std::u32string_view text, const std::array<std::u32string_view, N>& titles) {
  return !text.empty() && kSurnames.find(text.front()) != kSurnames.npos && starts_with_any(text.substr(1), titles);
}

bool names_superior(std::u32string_view rest) {
  if (starts_with_any(rest, kSuperiors) || surname_then(rest, kTitles)) return true;
  for (std::u32string_view your : kYour) {
    if (rest.substr(0, your.size()) != your) continue;
    const std::u32string_view after = rest.substr(your.size());
    return starts_with_any(after, kSuperiors) || surname_then(after, kTitles) || surname_then(after, kYourTitles);
  }
  return false;
}

bool claims_superior(std::u32string_view text) {
  return any_place(text, kIAm, [&](std::size_t at) {
    return names_superior(text.substr(at + kIAm.size())) && !warned_against(text, at, at + kIAm.size());
  });
}

bool asks_amount(std::u32string_view text) {
  return std::any_of(kAmountVerbs.begin(), kAmountVerbs.end(), [&](std::u32string_view verb) {
    return any_place(text, verb, [&](std::size_t at) {
      std::size_t next = at + verb.size();
      if (next < text.size() && text[next] == U'我') ++next;
      return next < text.size() && (is_ascii_digit(text[next]) || kNumerals.find(text[next]) != kNumerals.npos) &&
             !warned_against(text, at, next + 1);
    });
  });
}

}  // namespace

bool claims_new_number(std::u32string_view text) { return asked_for_any(text, kNewNumberClaims); }

std::optional<std::string_view> find_impersonation(std::u32string_view text) {
  const auto has = [&](std::u32string_view word) { return text.find(word) != text.npos; };
  if (std::any_of(kWarningWords.begin(), kWarningWords.end(), has)) return std::nullopt;
  if (!asked_for_any(text, kMoneyAsks) && !asks_amount(text)) return std::nullopt;
  if (claims_new_number(text) || asked_for_any(text, kOtherPhoneClaims)) return kNewNumberMoney;
  if (claims_superior(text)) return kBossMoney;
  return std::nullopt;
}

}  // namespace smsfilter::internal
