#include <random>
#include <string>

#include <catch2/catch.hpp>
#include <unicode/ustring.h>

#include "common/characters.h"
#include "common/utf.h"

namespace smsfilter::internal {
namespace {

TEST_CASE("UTF-8 decoding replaces each maximal bad subpart and keeps the rest", "[text]") {
  CHECK(decode_utf8("a验😀") == U"a验😀");
  CHECK(decode_utf8("a\xE9\xAA") == U"a\uFFFD");                  // a truncated sequence: one
  CHECK(decode_utf8("\xE9\xAAx\xF0\x9F") == U"\uFFFDx\uFFFD");
  CHECK(decode_utf8("\xC0\xAF") == U"\uFFFD\uFFFD");             // overlong '/': never valid
  CHECK(decode_utf8("\xED\xA0\x80x") == U"\uFFFD\uFFFD\uFFFDx");  // a surrogate
  CHECK(decode_utf8("\xF4\x90\x80\x80") == U"\uFFFD\uFFFD\uFFFD\uFFFD");  // past U+10FFFF
  CHECK(encode_utf8(decode_utf8("【招商银行】829104")) == "【招商银行】829104");
}

// ICU reads bad UTF-8 by the same rule: the classifier's text and the policy's agree.
TEST_CASE("UTF-8 to UTF-16 gives what ICU gives, whatever the bytes", "[text]") {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 12);
  const std::string interesting = "\x80\xBF\xC2\xDF\xE0\xA0\xED\x9F\xEF\xF0\x90\xF4\x8F\xF5\xFF";
  for (int round = 0; round < 20000; ++round) {
    std::string bytes;
    for (int i = length(random); i > 0; --i) {
      bytes.push_back(static_cast<char>(round % 2 ? byte(random) : interesting[byte(random) % interesting.size()]));
    }
    std::u16string ours;
    utf8_to_utf16(bytes, bytes.size(), &ours);
    std::u16string icu(bytes.size() + 1, u'\0');
    int32_t icu_length = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(icu.data(), static_cast<int32_t>(icu.size()), &icu_length, bytes.data(),
                         static_cast<int32_t>(bytes.size()), 0xFFFD, nullptr, &error);
    REQUIRE(U_SUCCESS(error));
    icu.resize(static_cast<std::size_t>(icu_length));
    INFO(round);
    REQUIRE(ours == icu);
  }
}

TEST_CASE("UTF-8 is cut back to a character boundary", "[text]") {
  std::u16string out;
  utf8_to_utf16("ab验证", 4, &out);
  CHECK(out == u"ab");
  utf8_to_utf16("\x80\x80\x80\x80\x80", 4, &out);  // stray continuation bytes are cut, not dropped
  CHECK(out == u"\uFFFD");
}

TEST_CASE("UTF-16 becomes UTF-8, unpaired surrogates U+FFFD", "[text]") {
  CHECK(utf16_to_utf8(u"验证码😀") == "验证码😀");
  CHECK(utf16_to_utf8(std::u16string(u"a\xD800" "b")) == "a\uFFFD" "b");
  CHECK(utf16_to_utf8(std::u16string(u"\xDC00\xD83D")) == "\uFFFD\uFFFD");
}

TEST_CASE("full-width digits and letters fold to ASCII, punctuation stays", "[text]") {
  CHECK(fold_width(U'８') == U'8');
  CHECK(fold_width(U'Ｑ') == U'Q');
  CHECK(fold_width(U'ｑ') == U'q');
  CHECK(fold_width(U'\u3000') == U' ');
  CHECK(fold_width(U'，') == U'，');
  CHECK(fold_width(U'验') == U'验');
}

}  // namespace
}  // namespace smsfilter::internal
