#include <catch2/catch.hpp>

#include "classifier/featurizer.h"
#include "analysis/normalizer.h"
#include "smsfilter/train/model_writer.h"
#include "common/utf.h"

namespace smsfilter::internal {
namespace {

// 銀→银, 證→证, 碼→码 and a deletion of U+00AD, as a model's char map would hold them.
const train::CharMapEntries kTestMap = {{0x00AD, 0}, {0x78BC, 0x7801}, {0x8B49, 0x8BC1}, {0x9280, 0x94F6}};

std::string normalize(std::string_view text) {
  const std::string map_bytes = train::encode_char_map(kTestMap);
  Normalizer normalizer(CharMap(reinterpret_cast<const unsigned char*>(map_bytes.data()), kTestMap.size()));
  std::u16string text16;
  utf8_to_utf16(text, text.size(), &text16);
  std::vector<char32_t> chars;
  std::vector<std::uint32_t> offsets;
  REQUIRE(normalizer.normalize(text16, &chars, &offsets).ok());
  std::string out;
  for (char32_t c : chars) append_utf8(c, &out);
  return out;
}

TEST_CASE("NFKC folds full-width forms, case and circled digits", "[normalizer]") {
  CHECK(normalize("ＡＢＣ１２３") == "abc123");
  CHECK(normalize("验证码：①②③④") == "验证码:1234");
  CHECK(normalize("Apple ID") == "apple id");
}

TEST_CASE("the model's char map turns Traditional into Simplified and deletes", "[normalizer]") {
  CHECK(normalize("銀行驗證碼") == "银行驗证码");  // 驗 is not in the test map
  CHECK(normalize("贷\u00AD款") == "贷款");
}

TEST_CASE("padding between Chinese characters is removed", "[normalizer]") {
  CHECK(normalize("加 微 信") == "加微信");
  CHECK(normalize("加.V信") == "加v信");
  CHECK(normalize("贷*款 · 秒*批") == "贷款秒批");
  CHECK(normalize("微\u200B信") == "微信");  // zero-width space: NFKC_Casefold drops it
}

TEST_CASE("spaces between single letters or digits are removed", "[normalizer]") {
  CHECK(normalize("联 系 Q Q ： 2 8 4 0 3 9") == "联系qq : 284039");
  CHECK(normalize("看 ➜ 1 0 3 . 2 1 4 . 9 6 . 1 7") == "看103.214.96.17");
  // Words and numbers of two or more characters keep their spaces.
  CHECK(normalize("Press 1 or 2, room 12 3") == "press 1 or 2, room 12 3");
  CHECK(normalize("1+1=2") == "1+1=2");
}

TEST_CASE("symbols and strike-throughs decorating Chinese characters are removed", "[normalizer]") {
  CHECK(normalize("加★微♥信") == "加微信");
  CHECK(normalize("贷\U0001F525款 ❤️秒批") == "贷款秒批");  // an emoji; a heart and its variation selector
  CHECK(normalize("加=微#信※领") == "加微信领");
  CHECK(normalize("加\u0336微\u0336信\u0336") == "加微信");  // U+0336 combining long stroke overlay
  CHECK(normalize("验证码★123456") == "验证码123456");
  CHECK(normalize("加+微+信，加+V") == "加微信,加v");
  // Between other characters symbols stay, and "+" stays before a number.
  CHECK(normalize("★限时抢购★") == "★限时抢购★");
  CHECK(normalize("1+1=2") == "1+1=2");
  CHECK(normalize("致电+8613812345678") == "致电+8613812345678");
  CHECK(normalize("致电 +852 2233 4455") == "致电 +852 2233 4455");
}

TEST_CASE("single letters interleaved with Chinese characters are removed", "[normalizer]") {
  CHECK(normalize("加a微b信c领d取") == "加微信领取");
  CHECK(normalize("贷K款Q秒批") == "贷款秒批");
  // One letter alone between two characters is part of a word.
  CHECK(normalize("加V信") == "加v信");
  CHECK(normalize("维C片，A股") == "维c片,a股");
  CHECK(normalize("买T恤送B超") == "买t恤送b超");
  CHECK(normalize("QQ群和VIP卡") == "qq群和vip卡");
}

TEST_CASE("ordinary punctuation and spacing survive", "[normalizer]") {
  CHECK(normalize("你好，我是小王。") == "你好,我是小王。");
  CHECK(normalize("  see  you   at 10.30  ") == "see you at 10.30");
  CHECK(normalize("http://t.cn/abc") == "http://t.cn/abc");
  CHECK(normalize("2023-10-01") == "2023-10-01");
}

TEST_CASE("letters that look like digits inside numbers become digits", "[normalizer]") {
  CHECK(normalize("1OO86") == "10086");
  CHECK(normalize("95l88") == "95188");
  CHECK(normalize("call 1o") == "call 1o");
  CHECK(normalize("go home") == "go home");
}

TEST_CASE("empty and unpaired surrogates", "[normalizer]") {
  CHECK(normalize("").empty());
  const std::string map_bytes = train::encode_char_map(kTestMap);
  Normalizer normalizer(CharMap(reinterpret_cast<const unsigned char*>(map_bytes.data()), kTestMap.size()));
  std::vector<char32_t> chars;
  std::vector<std::uint32_t> offsets;
  REQUIRE(normalizer.normalize(std::u16string(u"a\xD800" "b"), &chars, &offsets).ok());
  CHECK(chars == std::vector<char32_t>{'a', 0xFFFD, 'b'});
}

TEST_CASE("each normalised character knows where it came from", "[normalizer]") {
  Normalizer normalizer{CharMap()};
  std::vector<char32_t> chars;
  std::vector<std::uint32_t> offsets;
  // ｺｰﾄﾞ: half-width katakana; 加 微 信: padding dropped; ＡＢ: full width; ①: NFKC "1";
  // 😀: two code units; ﬁ: one character folded into two.
  REQUIRE(normalizer.normalize(u"加 微 信ＡＢ①😀ﬁx", &chars, &offsets).ok());
  CHECK(chars == std::vector<char32_t>{U'加', U'微', U'信', 'a', 'b', '1', U'😀', 'f', 'i', 'x'});
  CHECK(offsets == std::vector<std::uint32_t>{0, 2, 4, 5, 6, 7, 8, 10, 10, 11, 12});
}

// Most texts fold character by character from a table; a combining mark after the text
// sends it down ICU's segment-by-segment fold, which must agree, offsets included (the
// mark itself is dropped).
TEST_CASE("every BMP character folds alike in either of the normaliser's paths", "[normalizer]") {
  Normalizer normalizer{CharMap()};
  std::vector<char32_t> chars, marked_chars;
  std::vector<std::uint32_t> offsets, marked_offsets;
  std::size_t differing = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::u16string text = u"a" + std::u16string(1, static_cast<char16_t>(c)) + u"中";
    REQUIRE(normalizer.normalize(text, &chars, &offsets).ok());
    REQUIRE(normalizer.normalize(text + u"\u0301", &marked_chars, &marked_offsets).ok());
    offsets.back() = static_cast<std::uint32_t>(text.size() + 1);
    if (chars != marked_chars || offsets != marked_offsets) ++differing;
  }
  CHECK(differing == 0);
}

}  // namespace
}  // namespace smsfilter::internal
