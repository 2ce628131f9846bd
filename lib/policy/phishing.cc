#include "policy/phishing.h"

#include <algorithm>

#include "common/phrase_set.h"
#include "policy/asked_for.h"
#include "policy/trusted_hosts.h"

namespace smsfilter::internal {
namespace {

// Requests for credentials or identity checks; phrases a genuine notice with a link
// doesn't use (checked against the labeled data: none of its security or transaction
// messages with a link contains one), unless to warn against them (本公司不会要求您提供
// 银行卡密码, analysis/warnings.h).
constexpr PhraseSet<13> kCredentialRequests({U"银行卡", U"卡号", U"密码", U"身份证", U"认证", U"激活", U"解冻",
                                             U"解锁", U"验证身份", U"身份验证", U"实名", U"安全账户", U"账户信息"});

}  // namespace

std::optional<PhishingEvidence> find_phishing(const MessageAnalysis& analysis,
                                              const std::vector<std::string>& trusted_domains,
                                              const RegistryIndex& registry) {
  // Most messages link to no untrusted host: look for one before reading the text.
  const auto untrusted = std::find_if(analysis.links().begin(), analysis.links().end(), [&](const Link& link) {
    return !is_vouched_host(analysis.host(link), trusted_domains, registry);
  });
  if (untrusted == analysis.links().end()) return std::nullopt;
  if (!asked_for_any(analysis, kCredentialRequests)) return std::nullopt;
  return PhishingEvidence{analysis.host(*untrusted)};
}

}  // namespace smsfilter::internal
