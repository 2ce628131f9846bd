#include "policy/impersonation.h"

#include <algorithm>
#include <array>

#include "policy/asked_for.h"

namespace smsfilter::internal {
namespace {

constexpr std::array<std::u32string_view, 10> kNewNumberClaims = {
    U"换号",     U"换了号",   U"换了个号", U"新号",     U"新手机号",
    U"借同学的", U"借朋友的", U"借别人的", U"借同事的", U"别人的手机"};

// "I am" then the reader's superior: 我是你领导, 我是你的老板, or a surname and a title (我是王总,
// 我是李局长). A manager (经理) is left out: shops' sales managers introduce themselves so.
constexpr std::u32string_view kIAm = U"我是";
constexpr std::array<std::u32string_view, 3> kYour = {U"你的", U"你", U""};
constexpr std::array<std::u32string_view, 2> kSuperiors = {U"领导", U"老板"};
constexpr std::array<std::u32string_view, 7> kTitles = {U"总", U"局长", U"主任", U"校长", U"处长", U"书记", U"董"};
// The hundred commonest surnames, which most people bear.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    U"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

// Words that name the scam: a text that uses them describes it (骗子冒充亲友换号借钱) rather
// than attempts it.
constexpr std::array<std::u32string_view, 2> kImpersonates = {U"冒充", U"假冒"};

// Money asked for: a transfer, a loan, an advance, or where to send it. 借我 alone is left
// out: 我借我同学的手机 borrows a phone.
constexpr std::array<std::u32string_view, 17> kMoneyAsks = {
    U"转账", U"转帐",   U"汇款",   U"汇钱",   U"打款",   U"打钱", U"转钱", U"借钱", U"借点钱",
    U"借些钱", U"借我点", U"借我些", U"周转", U"垫付", U"卡号", U"账户", U"帐户"};

template <std::size_t N>
bool starts_with_any(std::u32string_view text, const std::array<std::u32string_view, N>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::u32string_view prefix) { return text.substr(0, prefix.size()) == prefix; });
}

bool names_superior(std::u32string_view text, std::size_t at) {
  const std::u32string_view rest = text.substr(at);
  for (std::u32string_view your : kYour) {
    if (rest.substr(0, your.size()) == your && starts_with_any(rest.substr(your.size()), kSuperiors)) return true;
  }
  return !rest.empty() && kSurnames.find(rest.front()) != kSurnames.npos &&
         starts_with_any(rest.substr(1), kTitles);
}

bool claims_superior(std::u32string_view text) {
  return any_place(text, kIAm, [&](std::size_t at) {
    return names_superior(text, at + kIAm.size()) && !warned_against(text, at, at + kIAm.size());
  });
}

}  // namespace

bool claims_new_number(std::u32string_view text) { return asked_for_any(text, kNewNumberClaims); }

std::optional<std::string_view> find_impersonation(std::u32string_view text) {
  const auto names_scam = [&](std::u32string_view word) { return text.find(word) != text.npos; };
  if (!asked_for_any(text, kMoneyAsks) || std::any_of(kImpersonates.begin(), kImpersonates.end(), names_scam))
    return std::nullopt;
  if (claims_new_number(text)) return kNewNumberMoney;
  if (claims_superior(text)) return kBossMoney;
  return std::nullopt;
}

}  // namespace smsfilter::internal
