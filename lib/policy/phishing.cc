#include "policy/phishing.h"

#include <algorithm>
#include <array>

#include "policy/code_points.h"

namespace smsfilter::internal {
namespace {

// Requests for credentials or identity checks; phrases a genuine notice with a link
// doesn't use (checked against the labeled data: none of its security or transaction
// messages with a link contains one).
constexpr std::array<std::u32string_view, 12> kCredentialRequests = {
    U"银行卡", U"卡号", U"密码", U"身份证", U"认证", U"激活",
    U"解冻", U"验证身份", U"身份验证", U"实名", U"安全账户", U"账户信息"};

constexpr std::u32string_view kScheme = U"://";

bool is_host_char(char32_t c) {
  return (c >= 'a' && c <= 'z') || is_ascii_digit(c) || c == '.' || c == '-';
}

bool is_lower_letter(char32_t c) { return c >= 'a' && c <= 'z'; }

// A dotted name: non-empty labels, the last one 2 to 6 letters unless after a scheme.
bool looks_like_host(std::u32string_view name, bool after_scheme) {
  if (name.find('.') == std::u32string_view::npos) return false;
  for (std::size_t begin = 0; begin <= name.size();) {
    std::size_t end = name.find('.', begin);
    if (end == std::u32string_view::npos) end = name.size();
    if (end == begin) return false;
    begin = end + 1;
  }
  if (after_scheme) return true;
  const std::u32string_view last = name.substr(name.rfind('.') + 1);
  return last.size() >= 2 && last.size() <= 6 &&
         std::all_of(last.begin(), last.end(), is_lower_letter);
}

bool is_trusted(const std::string& host, const std::vector<std::string>& trusted_domains) {
  return std::any_of(trusted_domains.begin(), trusted_domains.end(), [&](const std::string& d) {
    if (host == d) return true;
    // A subdomain: host ends with "." + d.
    const std::size_t start = host.size() - d.size();
    return host.size() > d.size() && host[start - 1] == '.' && host.compare(start, d.size(), d) == 0;
  });
}

}  // namespace

std::vector<std::string> find_link_hosts(std::u32string_view text) {
  std::vector<std::string> hosts;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_host_char(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < text.size() && is_host_char(text[i])) ++i;
    const bool after_scheme = begin >= kScheme.size() &&
                              text.substr(begin - kScheme.size(), kScheme.size()) == kScheme;
    const bool in_path = begin > 0 && text[begin - 1] == '/' && !after_scheme;
    std::u32string_view name = text.substr(begin, i - begin);
    while (!name.empty() && (name.front() == '.' || name.front() == '-')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == '.' || name.back() == '-')) name.remove_suffix(1);
    if (!in_path && looks_like_host(name, after_scheme)) hosts.push_back(encode_utf8(name));
  }
  return hosts;
}

std::optional<PhishingEvidence> find_phishing(std::u32string_view normalized_text,
                                              const std::vector<std::string>& trusted_domains) {
  const auto request = std::find_if(
      kCredentialRequests.begin(), kCredentialRequests.end(), [&](std::u32string_view phrase) {
        return normalized_text.find(phrase) != std::u32string_view::npos;
      });
  if (request == kCredentialRequests.end()) return std::nullopt;
  for (std::string& host : find_link_hosts(normalized_text)) {
    if (!is_trusted(host, trusted_domains)) return PhishingEvidence{std::move(host), encode_utf8(*request)};
  }
  return std::nullopt;
}

}  // namespace smsfilter::internal
