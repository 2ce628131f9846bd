#include "policy/phishing.h"

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

// A photo or a video of the reader offered behind the link (这张照片里的人是不是你; 被拍到了;
// 聚会的照片，你看看有没有你; Is this you in this video?): the bait that spreads fake login
// pages and malware from hijacked numbers. Friends share a photo of the reader through chat
// apps and the sites users trust, not through an unknown host in an SMS. Normalised text is
// lower case.
constexpr PhraseSet<12> kPhotoBaits({U"是不是你", U"是你吗", U"是你么", U"是你嘛", U"是你不是", U"有没有你",
                                     U"里面有你", U"被拍到", U"被偷拍", U"is this you", U"is that you",
                                     U"this you?"});

// Whether text[at] is inside quotation marks (收到“这张照片里的人是不是你”加链接的短信，切勿点击):
// a bait quoted is a bait told of, as the anti-fraud broadcasts tell it.
bool is_quoted(std::u32string_view text, std::size_t at) {
  const std::size_t open = text.find_last_of(U"“「", at);
  return open != text.npos && text.find_first_of(U"”」", open) > at;
}

}  // namespace

std::optional<std::string_view> first_untrusted_host(const MessageAnalysis& analysis,
                                                     const std::vector<std::string>& trusted_domains,
                                                     const RegistryIndex& registry) {
  for (const Link& link : analysis.links()) {
    const std::string_view host = analysis.host(link);
    if (!is_vouched_host(host, trusted_domains, registry)) return host;
  }
  return std::nullopt;
}

bool asks_for_credentials(const MessageAnalysis& analysis) { return asked_for_any(analysis, kCredentialRequests); }

bool offers_photo_bait(const MessageAnalysis& analysis) {
  const std::u32string_view text = analysis.text();
  return kPhotoBaits.any_place(text, [&](const PhraseMatch& bait) {
           return !is_quoted(text, bait.at) && !analysis.warnings().warn_against(bait);
         }) &&
         !body_describes_scam(analysis);
}

}  // namespace smsfilter::internal
