#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "analysis/warnings.h"

namespace smsfilter::internal {
namespace {

// One character per place of normalised `text` (its commas and semicolons ASCII): 'd'
// denied, 'l' warned against as part of a 凡 list only, '.' neither.
std::string reach(std::u32string_view text) {
  Warnings warnings;
  warnings.read(text);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i)
    out += warnings.denies(i) ? 'd' : warnings.warn_against({i, 0, text.substr(i, 1)}) ? 'l' : '.';
  return out;
}

TEST_CASE("a negation reaches the rest of its clause, an order not to 16 characters at most, a denial 40",
          "[warnings]") {
  CHECK(reach(U"不会要求您转账,请放心") == "..ddddd....");
  CHECK(reach(U"勿将验证码告知他人") == ".dddddddd");
  CHECK(reach(U"不要紧张这只是一次例行的资金核查请您配合转账") == "..dddddddddddddddd....");
  // A list of what never happens, however long its clause (29 characters here).
  CHECK(reach(U"也不会通过电话引导您开通备用金、申请借款、下载会议软件或共享屏幕。") == "..." + std::string(29, 'd') + ".");
  CHECK(reach(U"从不" + std::u32string(45, U'转')) == ".." + std::string(40, 'd') + std::string(5, '.'));
  // 没有 alone denies nothing: 你还没有转账吗 asks.
  CHECK(reach(U"你还没有转账吗") == ".......");
}

TEST_CASE("a lure told of reaches the rest of its clause", "[warnings]") {
  CHECK(reach(U"不法分子诱导您开启屏幕共享,转账") == "......ddddddd...");
  CHECK(reach(U"骗子以返利为由诱骗受害人垫付") == ".........ddddd");
}

TEST_CASE("an order not to reaches up to 并, what never happens past it", "[warnings]") {
  CHECK(reach(U"不要挂断电话并添加微信") == "..dddd.....");
  CHECK(reach(U"请勿点击链接并尽快致电") == "..dddd.....");
  CHECK(reach(U"不会要求您转账并提供验证码") == "..ddddddddddd");
}

TEST_CASE("别 orders not to only when a request follows it, at once or after a manner or a payee", "[warnings]") {
  CHECK(reach(U"别转给我,直接转房东") == ".ddd......");
  CHECK(reach(U"别直接转给我个人") == ".ddddddd");
  CHECK(reach(U"也别往医院账上打钱,费用交过了") == "..ddddddd......");
  CHECK(reach(U"别点那个链接") == ".ddddd");
  // Hurrying the request on, and other words with 别.
  CHECK(reach(U"别问了赶紧转") == "......");
  CHECK(reach(U"别犹豫马上转账") == ".......");
  CHECK(reach(U"特别转告您") == ".....");
  CHECK(reach(U"别人转给你的") == "......");
  CHECK(reach(U"别往后拖了,今天转") == ".........");
}

TEST_CASE("a condemnation reaches back over its clause, and the clause before when it is 的, a condition or bare",
          "[warnings]") {
  CHECK(reach(U"要求您转账的,均为诈骗") == "dddddddd...");
  CHECK(reach(U"要求您转账的。均为诈骗") == ".......d...");
  CHECK(reach(U"要你转账嘅,一定系骗局") == "ddddddddd..");
  CHECK(reach(U"如果有人让您共享屏幕,那一定是诈骗") == "dddddddddddddd...");
  CHECK(reach(U"若对方要求转账,必是诈骗") == "ddddddddd...");
  // A clause that neither ends in 的 nor states a condition is not what the next judges,
  // unless the next is nothing but the condemnation; after a sentence's end, one with 这.
  CHECK(reach(U"有人让您共享屏幕,民警说这种一定是诈骗") == ".........ddddddd...");
  CHECK(reach(U"有人让您共享屏幕,那一定是诈骗") == "dddddddddddd...");
  CHECK(reach(U"让您共享屏幕。这就是诈骗") == "ddddddddd...");
  CHECK(reach(U"让您共享屏幕。都是诈骗") == ".......d...");
  CHECK(reach(U"让您共享屏幕,这不是诈骗") == "............");
}

TEST_CASE("a phrase is warned against when a negation reaches its start or a condemnation its end", "[warnings]") {
  const auto warned = [](std::u32string_view text, std::u32string_view phrase) {
    Warnings warnings;
    warnings.read(text);
    return warnings.warn_against({text.find(phrase), 0, phrase});
  };
  // 16 characters back from 是骗 reach 幕, not 屏.
  constexpr std::u32string_view kQuoted = U"任何要求屏幕共享、下载会议软件的“客服”都是骗子";
  CHECK(warned(kQuoted, U"屏幕共享"));
  CHECK_FALSE(warned(kQuoted, U"任何"));
  CHECK(warned(U"切勿告诉他人您的验证码", U"验证码"));
  CHECK_FALSE(warned(U"验证码切勿告诉他人", U"验证码"));
}

TEST_CASE("a list opened by 凡 is warned against when its sentence condemns it", "[warnings]") {
  // The clause before the condemnation is denied; the list's first is warned against.
  CHECK(reach(U"凡开启屏幕共享的;凡要你转账的,都是诈骗") == ".lllllll.dddddddd...");
  CHECK(reach(U"凡要求您先交保证金的;请尽快办理。") == ".................");
}

TEST_CASE("a text warns against something when any place of it is warned against", "[warnings]") {
  const auto warns = [](std::u32string_view text) {
    Warnings warnings;
    warnings.read(text);
    return warnings.any();
  };
  CHECK(warns(U"投资广告勿轻信,加好友投资必有诈"));
  CHECK(warns(U"凡开启屏幕共享的;凡要你转账的,都是诈骗"));
  CHECK_FALSE(warns(U"您的快件已由快递员派送,请保持电话畅通"));
  // A negation that ends the text reaches nothing.
  CHECK_FALSE(warns(U"我不会"));
}

TEST_CASE("a text that speaks of scammers or disowns a message describes a scam", "[warnings]") {
  CHECK(describes_scam(U"近期有骗子冒充亲友换号借钱,请先电话核实"));
  CHECK(describes_scam(U"说我手机坏了要你转钱的不是我发的,别信"));
  // A scam's own threat names 诈骗 too.
  CHECK_FALSE(describes_scam(U"您涉嫌诈骗,已被列为网上追逃人员"));
}

}  // namespace
}  // namespace smsfilter::internal
