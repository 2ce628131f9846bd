#include "common/visible_text.h"

#include <string>

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "common/utf.h"
#include "smsfilter/host_text.h"

namespace smsfilter::internal {
namespace {

std::string visible(std::string_view text, std::size_t max_chars) {
  std::u32string out;
  read_visible(text, max_chars, &out);
  return encode_utf8(out);
}

std::string visible16(std::u16string_view text, std::size_t max_chars) {
  std::u32string out;
  read_visible(text, max_chars, &out);
  return encode_utf8(out);
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out.append(piece);
  return out;
}

TEST_CASE("invisible characters are dropped and white space runs become one space", "[visible]") {
  CHECK(visible("a\u200Bb\u00ADc\u2060d\uFE0Fe\u2066f\u034Fg\u0007h\u180Ei", 100) == "abcdefghi");
  CHECK(visible("  验证码 \t\n\u3000 482913\u00A0\u200B ", 100) == "验证码 482913");
  CHECK(visible("\u200B \u200B", 100).empty());
  CHECK(visible(" \u200B 验证 \u200B 码 \u200B ", 100) == "验证 码");
}

TEST_CASE("white space and invisible characters are ICU's White_Space, Cc and Default_Ignorable", "[visible]") {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    std::u32string out;
    const char32_t text[] = {'a', static_cast<char32_t>(c), 'b'};
    std::u16string text16;
    for (char32_t t : text) {
      if (t < 0x10000) text16.push_back(static_cast<char16_t>(t));
      else text16 += {static_cast<char16_t>(U16_LEAD(t)), static_cast<char16_t>(U16_TRAIL(t))};
    }
    read_visible(text16, 10, &out);
    const bool space = u_isUWhiteSpace(c);
    const bool invisible = !space && (u_charType(c) == U_CONTROL_CHAR ||
                                      u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT));
    const std::u32string expected = space ? U"a b" : invisible ? U"ab" : std::u32string(text, 3);
    if (out != expected) FAIL_CHECK("U+" << std::hex << c);
  }
}

TEST_CASE("neither invisible characters nor spaces count toward the limit", "[visible]") {
  const std::string payload = "加微信领取红包";  // 7 visible characters
  for (std::string_view unit : {"\u200B", " ", "\uFE0F", "\n"}) {
    CHECK(visible(repeat(unit, 10000) + payload + repeat(unit, 10000), 7) == payload);
  }
  CHECK(visible(repeat("a ", 5), 5) == "a a a a a");
}

TEST_CASE("a longer text is read at both ends", "[visible]") {
  CHECK(visible(repeat("a", 100) + repeat("b", 100), 10) == "aaaaa bbbbb");
  CHECK(visible(repeat("a", 100) + repeat("b", 100), 11) == "aaaaaa bbbbb");
  // Exactly the limit: all of it, with no gap.
  CHECK(visible("abcde fghij", 10) == "abcde fghij");
  CHECK(visible("abcde\u200Bfghij", 10) == "abcdefghij");
  CHECK(visible("abcde \u200B fghij", 10) == "abcde fghij");
  CHECK(visible("abcdef ghij", 10) == "abcdef ghij");
  CHECK(visible("abcde\u200B \u200Bfghij  ", 10) == "abcde fghij");
  CHECK(visible16(u"abcde \u200B fghij", 10) == "abcde fghij");
  CHECK(visible16(std::u16string(100, u'a') + std::u16string(100, u'b'), 10) == "aaaaa bbbbb");
}

TEST_CASE("the tail reads invalid UTF-8 and unpaired surrogates as the head does", "[visible]") {
  struct Case {
    std::string_view bytes;
    std::size_t replacements;
  };
  const Case cases[] = {{"\xC0\xAF", 2},         {"\xE0\x80\xAF", 3}, {"\xED\xA0\x80", 3},
                        {"\xE9\xAA", 1},         {"\x80", 1},         {"\xF4\x90\x80\x80", 4},
                        {"\xFF", 1},             {"\x80\x80\x80\x80\x80", 5}};
  for (const Case& c : cases) {
    INFO(c.replacements);
    const std::string replaced = repeat("\uFFFD", c.replacements);
    CHECK(visible("x" + std::string(c.bytes), 100) == "x" + replaced);
    // The tail holds exactly the replacements: read backwards, they count the same.
    CHECK(visible(repeat("a", 100) + std::string(c.bytes), 2 * c.replacements) ==
          repeat("a", c.replacements) + " " + replaced);
  }
  CHECK(visible16(std::u16string(100, u'a') + u"\xD800\xDC00\xDC00\xD800", 6) ==
        "aaa \U00010000\uFFFD\uFFFD");
}

TEST_CASE("each end scans at most kMaxScannedBytes", "[visible]") {
  const std::string beyond = repeat("\u200B", kMaxScannedBytes / 3 + 10);
  // Past the head's reach, the tail still finds what follows the padding.
  CHECK(visible(beyond + "加微信", 1000) == "加微信");
  CHECK(visible("加微信" + beyond, 1000) == "加微信");
  // Padding beyond both reaches hides the middle: the price of a flat cost.
  CHECK(visible(beyond + "加微信" + beyond, 1000).empty());
  // A character across the reach of the tail is read whole, not as its last bytes.
  for (std::size_t shift = 0; shift < 3; ++shift) {
    INFO(shift);
    const std::string text = "加" + std::string(shift, 'x') + repeat("\u200B", kMaxScannedBytes / 3 + 2);
    CHECK(visible(text, 1000) == "加" + std::string(shift, 'x'));
  }
}

TEST_CASE("what copy_readable_utf16 copies of a long text reads as the text", "[visible]") {
  constexpr std::size_t kReach = kMaxScannedBytes / 2;
  const std::u16string padding(kReach, u'\u200B');
  // A surrogate pair (U+1F600) just inside, across and just outside each end's reach.
  for (std::size_t shift = kReach - 3; shift <= kReach + 1; ++shift) {
    INFO(shift);
    const std::u16string text = u"a" + padding.substr(0, shift - 1) + u"\U0001F600" + padding + u"b" +
                                padding + u"\U0001F600" + padding.substr(0, shift - 1) + u"c";
    std::u16string copied;
    copy_readable_utf16(
        text.size(), [&](std::size_t begin, std::size_t count, std::u16string* out) { out->append(text, begin, count); },
        &copied);
    REQUIRE(copied.size() < text.size());
    CHECK(visible16(copied, 1000) == visible16(text, 1000));
  }
}

}  // namespace
}  // namespace smsfilter::internal
