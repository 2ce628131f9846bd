#include "policy/scam_requests.h"

#include <array>

#include "analysis/code_finder.h"
#include "policy/asked_for.h"
#include "policy/impersonation.h"

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

// A code sent to the reader's phone asked for by someone who says their number is new or
// borrowed. Family and friends do ask for codes (验证码发我一下，我在帮你挂号), but not while
// explaining why they write from a number the reader doesn't know.
constexpr std::array<std::u32string_view, 9> kSendToMe = {U"发我", U"发给我", U"转我", U"转给我", U"告诉我",
                                                        U"报给我", U"念给我", U"截图给我", U"发过来"};

}  // namespace

std::optional<std::string_view> find_scam_request(std::u32string_view normalized_text) {
  for (const ScamRequest& request : kScamRequests) {
    if (asked_for(normalized_text, request.phrase)) return request.id;
  }
  // The phrases first: the code words are more, and commoner.
  if (asked_for_any(normalized_text, kTellVerbs, kCodeAskers) && names_code_word(normalized_text))
    return kCodeToCaller;
  if (asked_for_any(normalized_text, kSendToMe) && claims_new_number(normalized_text) &&
      names_code_word(normalized_text)) {
    return kCodeToNewNumber;
  }
  return std::nullopt;
}

}  // namespace smsfilter::internal
