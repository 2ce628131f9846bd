#include "policy/scam_requests.h"

#include <algorithm>
#include <array>

#include "analysis/code_finder.h"
#include "analysis/warnings.h"

namespace smsfilter::internal {
namespace {

struct ScamRequest {
  std::string_view id;
  std::u32string_view phrase;
};

// Taiwanese 帳 simplifies to 帐, not to the mainland's 账.
constexpr ScamRequest kScamRequests[] = {
    {kSafeAccount, U"安全账户"},   {kSafeAccount, U"安全帐户"},   {kScreenSharing, U"屏幕共享"},
    {kScreenSharing, U"共享屏幕"}, {kScreenSharing, U"共享桌面"}, {kScreenSharing, U"桌面共享"},
};

// A code told (告知, 告诉 …) to whoever calls, or to "customer service" or "staff": whoever
// asks for it is the scammer.
constexpr std::array<std::u32string_view, 5> kTellVerbs = {U"告知", U"告诉", U"提供给", U"报给", U"念给"};
constexpr std::array<std::u32string_view, 4> kCodeAskers = {U"来电", U"客服", U"专员", U"工作人员"};

// Whether `text` has `phrase`, followed by one of `next` if any are given, other than in a
// warning against it.
template <std::size_t N = 0>
bool asked_for(std::u32string_view text, std::u32string_view phrase,
               const std::array<std::u32string_view, N>& next = {}) {
  for (std::size_t at = text.find(phrase); at != text.npos; at = text.find(phrase, at + phrase.size())) {
    const std::size_t after = at + phrase.size();
    if (N == 0 && !warned_against(text, at, after)) return true;
    for (std::u32string_view word : next) {
      if (text.substr(after, word.size()) == word && !warned_against(text, at, after + word.size())) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string_view> find_scam_request(std::u32string_view normalized_text) {
  for (const ScamRequest& request : kScamRequests) {
    if (asked_for(normalized_text, request.phrase)) return request.id;
  }
  const bool tell_code = std::any_of(kTellVerbs.begin(), kTellVerbs.end(), [&](std::u32string_view verb) {
    return asked_for(normalized_text, verb, kCodeAskers);
  });
  if (tell_code && names_code_word(normalized_text)) return kCodeToCaller;
  return std::nullopt;
}

}  // namespace smsfilter::internal
