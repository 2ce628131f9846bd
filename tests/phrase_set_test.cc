#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "common/phrase_set.h"

namespace smsfilter::internal {
namespace {

// Every place found, as (at, index in the list given).
template <std::size_t N>
std::vector<std::pair<std::size_t, std::size_t>> places(const PhraseSet<N>& set, std::u32string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  set.any_place(text, [&](const PhraseMatch& match) {
    CHECK(text.substr(match.at, match.phrase.size()) == match.phrase);
    found.emplace_back(match.at, match.index);
    return false;
  });
  return found;
}

TEST_CASE("a phrase set finds every place, in text order, each phrase by its place in the list", "[text]") {
  // 转账 and 转到 share a first character; 安全账户 sorts before them by code point.
  constexpr PhraseSet<4> set({U"转账", U"转到", U"安全账户", U"转"});
  using Places = std::vector<std::pair<std::size_t, std::size_t>>;
  CHECK(places(set, U"请转账到安全账户，转到") == Places{{1, 0}, {1, 3}, {4, 2}, {9, 1}, {9, 3}});
  CHECK(places(set, U"明天见").empty());
  CHECK(places(set, U"").empty());
  CHECK(set.found_in(U"不转"));
  CHECK_FALSE(set.found_in(U"安全账"));  // a phrase cut short by the text's end
}

TEST_CASE("a phrase set tells apart characters that share a filter bit", "[text]") {
  // U+8F6C 转 and U+18F6C share their low twelve bits; neither is taken for the other.
  constexpr PhraseSet<1> set({U"转"});
  CHECK_FALSE(set.found_in(U"\U00018F6C"));
  CHECK(set.found_in(U"\U00018F6C转"));
}

TEST_CASE("a phrase set stops at the first place accepted", "[text]") {
  constexpr PhraseSet<2> set({U"ab", U"b"});
  std::vector<std::size_t> tried;
  CHECK(set.any_place(U"abab", [&](const PhraseMatch& match) {
    tried.push_back(match.at);
    return match.index == 1;
  }));
  CHECK(tried == std::vector<std::size_t>{0, 1});
  CHECK(PhraseMatch{3, 0, U"ab"}.end() == 5);
}

}  // namespace
}  // namespace smsfilter::internal
