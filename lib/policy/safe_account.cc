#include "policy/safe_account.h"

#include <algorithm>
#include <iterator>

#include "analysis/warnings.h"

namespace smsfilter::internal {
namespace {

// Taiwanese 帳 simplifies to 帐, not to the mainland's 账.
constexpr std::u32string_view kSafeAccounts[] = {U"安全账户", U"安全帐户"};

}  // namespace

bool asks_for_safe_account(std::u32string_view normalized_text) {
  return std::any_of(std::begin(kSafeAccounts), std::end(kSafeAccounts), [&](std::u32string_view phrase) {
    for (std::size_t at = normalized_text.find(phrase); at != normalized_text.npos;
         at = normalized_text.find(phrase, at + phrase.size())) {
      if (!warned_against(normalized_text, at, at + phrase.size())) return true;
    }
    return false;
  });
}

}  // namespace smsfilter::internal
