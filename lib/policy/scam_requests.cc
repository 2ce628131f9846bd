#include "policy/scam_requests.h"

#include "analysis/code_finder.h"
#include "analysis/warnings.h"

namespace smsfilter::internal {
namespace {

struct ScamRequest {
  std::string_view id;
  std::u32string_view phrase;
  bool needs_code = false;  // counts only in a text that speaks of a one-time code
};

// Taiwanese 帳 simplifies to 帐, not to the mainland's 账.
constexpr ScamRequest kScamRequests[] = {
    {kSafeAccount, U"安全账户"},        {kSafeAccount, U"安全帐户"},
    {kScreenSharing, U"屏幕共享"},      {kScreenSharing, U"共享屏幕"},
    {kScreenSharing, U"共享桌面"},      {kScreenSharing, U"桌面共享"},
    {kCodeToCaller, U"告知来电", true}, {kCodeToCaller, U"告诉来电", true},
    {kCodeToCaller, U"提供给来电", true}, {kCodeToCaller, U"报给来电", true},
    {kCodeToCaller, U"念给来电", true},
};

bool asked_for(std::u32string_view text, std::u32string_view phrase) {
  for (std::size_t at = text.find(phrase); at != text.npos; at = text.find(phrase, at + phrase.size())) {
    if (!warned_against(text, at, at + phrase.size())) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string_view> find_scam_request(std::u32string_view normalized_text) {
  for (const ScamRequest& request : kScamRequests) {
    if (asked_for(normalized_text, request.phrase) && (!request.needs_code || names_code_word(normalized_text)))
      return request.id;
  }
  return std::nullopt;
}

}  // namespace smsfilter::internal
