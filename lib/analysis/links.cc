#include "analysis/links.h"

#include <algorithm>
#include <array>

#include "analysis/labelled_numbers.h"
#include "common/characters.h"

namespace smsfilter::internal {
namespace {

// Top-level domains seen in SMS links, and the cheap ones phishing registers most; a
// name with one of these as a label is a link. Words English text puts after a full stop
// ("in", "to", "me" …) are left out where the links using them are rare.
constexpr std::array<std::u32string_view, 62> kTopLevelDomains = {
    U"cn",   U"com",  U"net",  U"cc",    U"top",   U"vip",     U"xyz",     U"me",     U"io",
    U"ly",   U"co",   U"info", U"work",  U"club",  U"site",    U"link",    U"shop",   U"org",
    U"app",  U"tk",   U"hk",   U"tw",    U"mo",    U"asia",    U"biz",     U"online", U"ltd",
    U"icu",  U"fun",  U"live", U"wang",  U"pro",   U"mobi",    U"tv",      U"ink",    U"cyou",
    U"buzz", U"gov",  U"edu",  U"store", U"tech",  U"cloud",   U"xin",     U"ren",    U"cfd",
    U"loan", U"win",  U"bid",  U"pw",    U"help",  U"sbs",     U"bond",    U"click",  U"lol",
    U"rest", U"quest", U"ml",  U"ga",    U"cf",    U"gq",      U"monster", U"support"};

// Top-level domains that cost little and that banks, carriers and shops don't use.
constexpr std::array<std::string_view, 35> kCheapTopLevelDomains = {
    "top", "xyz", "vip", "cc", "tk", "icu", "club", "site", "shop", "work", "link", "buzz",
    "loan", "win", "bid", "live", "fun", "online", "store", "ltd", "pw", "cyou", "cfd", "help",
    "sbs", "bond", "click", "lol", "rest", "quest", "monster", "ml", "ga", "cf", "gq"};

// Link shorteners seen in SMS: the link's real target is hidden.
constexpr std::array<std::string_view, 18> kShorteners = {
    "t.cn", "dwz.cn", "url.cn", "suo.im", "mtw.so", "985.so", "bit.ly", "tinyurl.com", "is.gd",
    "goo.gl", "t.co", "0x3.me", "reurl.cc", "lihi.cc", "lihi1.com", "pse.is", "ppt.cc", "rb.gy"};

// Each registered to government bodies or schools alone: mainland China, Hong Kong, Taiwan,
// Macau, and Singapore and Malaysia, whose English notices Chinese speakers there receive.
constexpr std::array<std::string_view, 12> kPublicBodyDomains = {
    "gov.cn", "edu.cn", "gov.hk", "edu.hk", "gov.tw", "edu.tw",
    "gov.mo", "edu.mo", "gov.sg", "edu.sg", "gov.my", "edu.my"};

// Labels that say a dotted quad is a device's address or a version, not a place to go:
// 登录IP：183.12.4.5, 版本10.2.1.5, 升级至5.1.0.120.
constexpr std::array<std::u32string_view, 15> kAddressLabels = {
    U"ip",   U"ip地址", U"ip位址", U"ip address", U"from",   U"来自",   U"來自",  U"版本",
    U"版本号", U"版本號", U"version", U"升级至",     U"升级到", U"更新至", U"更新到"};

constexpr std::u32string_view kHttp = U"http://";
constexpr std::u32string_view kHttps = U"https://";
constexpr std::u32string_view kWww = U"www.";

bool is_host_char(char32_t c) { return is_ascii_lower(c) || is_ascii_digit(c) || c == '.' || c == '-'; }

// What a path, query or fragment may hold after the host.
bool is_url_char(char32_t c) {
  return is_ascii_alnum(c) || std::u32string_view(U"-._~/?#[]@!$&'()*+,;=%:").find(c) != std::u32string_view::npos;
}

bool starts_with(std::u32string_view text, std::size_t i, std::u32string_view prefix) {
  return text.substr(i, prefix.size()) == prefix;
}

// A label after the first dot is a known top-level domain: "10086.cn", "cmbchina.com.cn".
bool has_known_domain(std::u32string_view name) {
  for (std::size_t dot = name.find('.'); dot != std::u32string_view::npos; dot = name.find('.', dot + 1)) {
    const std::size_t end = std::min(name.find('.', dot + 1), name.size());
    const std::u32string_view label = name.substr(dot + 1, end - dot - 1);
    if (std::find(kTopLevelDomains.begin(), kTopLevelDomains.end(), label) != kTopLevelDomains.end())
      return true;
  }
  return false;
}

// Four numbers from 0 to 255, without leading zeros, joined by dots: 103.214.96.17.
bool is_dotted_quad(std::u32string_view name) {
  std::size_t parts = 0;
  for (std::size_t begin = 0; begin <= name.size(); ++parts) {
    const std::size_t end = std::min(name.find('.', begin), name.size());
    const std::u32string_view part = name.substr(begin, end - begin);
    if (part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0')) return false;
    int value = 0;
    for (char32_t c : part) {
      if (!is_ascii_digit(c)) return false;
      value = value * 10 + static_cast<int>(c - '0');
    }
    if (value > 255) return false;
    begin = end + 1;
  }
  return parts == 4;
}

// A bare IP address written to be visited (访问 103.214.96.17): not labelled as a
// device's address or a version, not after a word (HarmonyOS 5.1.0.120), not a list of
// instalments (可选3.6.9.12期).
bool is_bare_ip_link(std::u32string_view text, std::size_t host_begin, std::size_t host_end) {
  std::size_t before = host_begin;
  if (before > 0 && text[before - 1] == ' ') --before;
  return is_dotted_quad(text.substr(host_begin, host_end - host_begin)) &&
         !(before > 0 && is_ascii_letter(text[before - 1])) &&
         !(host_end < text.size() && is_han(text[host_end])) &&
         !label_before(text, host_begin, kAddressLabels.data(), kAddressLabels.size());
}

// A name whose last label is a word (two to six letters) and that a path follows: a link
// whatever its top-level domain, as the shorteners' are (mtw.so/gJ2hBq, suo.im/9333hJ,
// momo.dm/uVbyf3). Without a path the top-level domain must be known: an English sentence
// runs on after a full stop (ok.so we meet).
bool is_link_with_path(std::u32string_view text, std::size_t host_begin, std::size_t host_end) {
  const std::size_t dot = text.rfind('.', host_end - 1);
  if (dot == std::u32string_view::npos || dot < host_begin) return false;
  const std::u32string_view label = text.substr(dot + 1, host_end - dot - 1);
  return label.size() >= 2 && label.size() <= 6 && std::all_of(label.begin(), label.end(), is_ascii_lower) &&
         host_end + 1 < text.size() && text[host_end] == '/' && is_ascii_alnum(text[host_end + 1]);
}

// Where the host of an authority starting at `begin` starts: after the last @ before the
// path, query or fragment, or at `begin` if there is none.
std::size_t after_user_name(std::u32string_view text, std::size_t begin) {
  std::size_t host_begin = begin;
  for (std::size_t i = begin; i < text.size() && is_url_char(text[i]); ++i) {
    if (text[i] == '/' || text[i] == '?' || text[i] == '#') break;
    if (text[i] == '@') host_begin = i + 1;
  }
  return host_begin;
}

}  // namespace

void find_links(std::u32string_view text, std::vector<Link>* links, std::string* hosts) {
  links->clear();
  hosts->clear();
  for (std::size_t i = 0; i < text.size();) {
    // Testing the first letter spares a comparison at almost every position.
    std::size_t scheme = 0;
    if (text[i] == 'h') {
      if (starts_with(text, i, kHttp)) scheme = kHttp.size();
      else if (starts_with(text, i, kHttps)) scheme = kHttps.size();
    }
    if (scheme == 0 && !is_host_char(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    std::size_t host_begin = i + scheme;
    // http://www.icbc.com.cn@evil.top/ goes to evil.top: a user name ends at the last @
    // of the authority.
    if (scheme > 0) host_begin = after_user_name(text, host_begin);
    std::size_t host_end = host_begin;
    while (host_end < text.size() && is_host_char(text[host_end])) ++host_end;
    i = std::max(host_end, i + 1);
    // An e-mail address (its name or its domain) and a file name in a path are not hosts.
    if (scheme == 0 && ((begin > 0 && (text[begin - 1] == '@' || text[begin - 1] == '/')) ||
                        (host_end < text.size() && text[host_end] == '@')))
      continue;
    while (host_begin < host_end && (text[host_begin] == '.' || text[host_begin] == '-')) ++host_begin;
    while (host_end > host_begin && (text[host_end - 1] == '.' || text[host_end - 1] == '-')) --host_end;
    const std::u32string_view name = text.substr(host_begin, host_end - host_begin);
    if (name.find('.') == std::u32string_view::npos) continue;
    if (scheme == 0 && !starts_with(name, 0, kWww) && !has_known_domain(name) &&
        !is_bare_ip_link(text, host_begin, host_end) && !is_link_with_path(text, host_begin, host_end))
      continue;
    std::size_t end = host_end;
    if (end < text.size() && (text[end] == '/' || text[end] == ':' || text[end] == '?')) {
      while (end < text.size() && is_url_char(text[end])) ++end;
    }
    Link link;
    link.span = {static_cast<std::uint32_t>(scheme ? begin : host_begin), static_cast<std::uint32_t>(end)};
    link.host = {static_cast<std::uint32_t>(host_begin), static_cast<std::uint32_t>(host_end)};
    link.host_ascii_ = static_cast<std::uint32_t>(hosts->size());
    for (char32_t c : name) hosts->push_back(static_cast<char>(c));
    links->push_back(link);
    i = std::max(i, end);
  }
}

bool is_ip_address(std::string_view host) {
  return !host.empty() && host.find_first_not_of("0123456789.") == std::string_view::npos;
}

bool has_cheap_top_level_domain(std::string_view host) {
  const std::size_t dot = host.rfind('.');
  return dot != std::string_view::npos &&
         std::find(kCheapTopLevelDomains.begin(), kCheapTopLevelDomains.end(), host.substr(dot + 1)) !=
             kCheapTopLevelDomains.end();
}

bool is_link_shortener(std::string_view host) {
  return std::find(kShorteners.begin(), kShorteners.end(), host) != kShorteners.end();
}

bool is_under_domain(std::string_view host, std::string_view domain) {
  if (host == domain) return true;
  const std::size_t start = host.size() - domain.size();
  return host.size() > domain.size() && host[start - 1] == '.' && host.compare(start, domain.size(), domain) == 0;
}

bool is_public_body_host(std::string_view host) {
  return std::any_of(kPublicBodyDomains.begin(), kPublicBodyDomains.end(),
                     [&](std::string_view domain) { return is_under_domain(host, domain); });
}

}  // namespace smsfilter::internal
