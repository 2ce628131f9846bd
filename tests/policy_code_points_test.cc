#include <catch2/catch.hpp>

#include "policy/code_points.h"

namespace smsfilter::internal {
namespace {

TEST_CASE("UTF-8 decoding replaces each bad byte and keeps the rest", "[policy][text]") {
  CHECK(decode_utf8("a验😀") == U"a验😀");
  CHECK(decode_utf8("a\xE9\xAA") == U"a\uFFFD\uFFFD");        // truncated sequence
  CHECK(decode_utf8("\xC0\xAF") == U"\uFFFD\uFFFD");           // overlong '/'
  CHECK(decode_utf8("\xED\xA0\x80x") == U"\uFFFD\uFFFD\uFFFDx");  // a surrogate
  CHECK(encode_utf8(decode_utf8("【招商银行】829104")) == "【招商银行】829104");
}

TEST_CASE("UTF-16 becomes UTF-8, unpaired surrogates U+FFFD", "[policy][text]") {
  CHECK(utf16_to_utf8(u"验证码😀") == "验证码😀");
  CHECK(utf16_to_utf8(std::u16string(u"a\xD800" "b")) == "a\uFFFD" "b");
  CHECK(utf16_to_utf8(std::u16string(u"\xDC00\xD83D")) == "\uFFFD\uFFFD");
}

TEST_CASE("full-width digits and letters fold to ASCII, punctuation stays", "[policy][text]") {
  CHECK(fold_width(U'８') == U'8');
  CHECK(fold_width(U'Ｑ') == U'Q');
  CHECK(fold_width(U'ｑ') == U'q');
  CHECK(fold_width(U'\u3000') == U' ');
  CHECK(fold_width(U'，') == U'，');
  CHECK(fold_width(U'验') == U'验');
}

}  // namespace
}  // namespace smsfilter::internal
