#include "classifier/markers.h"

#include <algorithm>
#include <array>
#include <optional>

#include "analysis/labelled_numbers.h"
#include "analysis/links.h"
#include "analysis/phone_numbers.h"

namespace smsfilter::internal {
namespace {

// What the message's links hide or give away: a shortened target, a bare IP address, a
// cheap top-level domain.
void add_link_classes(const MessageAnalysis& analysis, std::vector<std::string_view>* markers) {
  bool shortener = false, ip = false, cheap = false;
  for (const Link& link : analysis.links()) {
    const std::string_view host = analysis.host(link);
    shortener |= is_link_shortener(host);
    ip |= is_ip_address(host);
    cheap |= has_cheap_top_level_domain(host);
  }
  if (shortener) markers->push_back("link:shortener");
  if (ip) markers->push_back("link:ip");
  if (cheap) markers->push_back("link:cheap_tld");
}

// Numbers to call other than mobiles and hotlines, which have markers of their own.
void add_phone_kinds(const MessageAnalysis& analysis, std::vector<std::string_view>* markers) {
  constexpr std::array<std::pair<PhoneKind, std::string_view>, 4> kKinds = {{
      {PhoneKind::kLandline, "phone:landline"},
      {PhoneKind::kGovernment, "phone:government"},
      {PhoneKind::kCarrier, "phone:carrier"},
      {PhoneKind::kForeign, "phone:foreign"},
  }};
  for (const auto& [kind, name] : kKinds) {
    if (analysis.has_phone(kind)) markers->push_back(name);
  }
}

// Whether the organisations the text names give contacts of their own (links to their
// domains, numbers they send from or list) and others (links elsewhere, a number another
// organisation owns, a mobile, landline, 400/800 or foreign number). The reader's own
// number, which notices quote, is neither.
void add_brand_contacts(const MessageAnalysis& analysis, const RegistryIndex& brands,
                        std::vector<std::string_view>* markers) {
  OrganizationSet named;
  brands.add_named(analysis.text(), analysis.view(analysis.head_signature()),
                   analysis.view(analysis.tail_signature()), &named);
  if (named.empty()) return;
  markers->push_back("brand:named");
  bool own = false, other = false;
  for (const Link& link : analysis.links()) {
    OrganizationSet owners;
    brands.add_host_owners(analysis.host(link), &owners);
    (owners.intersects(named) ? own : other) = true;
  }
  for (const PhoneNumber& phone : analysis.phone_numbers()) {
    if (is_readers_number(analysis.text(), phone.span)) continue;
    OrganizationSet owners;
    brands.add_number_owners(phone.digits(), &owners);
    if (owners.intersects(named)) {
      own = true;
    } else if (!owners.empty() || phone.kind == PhoneKind::kMobile || phone.kind == PhoneKind::kLandline ||
               phone.kind == PhoneKind::kHotline || phone.kind == PhoneKind::kForeign) {
      other = true;
    }
  }
  if (own) markers->push_back("brand:own_contact");
  if (other) markers->push_back("brand:other_contact");
}

// Whether every link goes where no scam can: a registry organisation's domain or a public
// body's (gov.cn, edu.cn …). A notice that asks the reader to log in there reads like the
// phishing that asks the same of a look-alike host.
void add_vouched_links(const MessageAnalysis& analysis, const RegistryIndex& brands,
                       std::vector<std::string_view>* markers) {
  if (analysis.links().empty()) return;
  const bool vouched = std::all_of(analysis.links().begin(), analysis.links().end(), [&](const Link& link) {
    const std::string_view host = analysis.host(link);
    return brands.is_official_host(host) || is_public_body_host(host);
  });
  if (vouched) markers->push_back("link:vouched");
}

std::string_view length_class(std::size_t n) {
  if (n < 15) return "len:<15";
  if (n < 40) return "len:<40";
  if (n < 80) return "len:<80";
  if (n < 160) return "len:<160";
  return "len:>=160";
}

}  // namespace

void detect_markers(const MessageAnalysis& analysis, const RegistryIndex* brands,
                    std::vector<std::string_view>* markers) {
  markers->clear();
  markers->push_back(length_class(analysis.text().size()));
  if (!analysis.links().empty()) markers->push_back("url");
  if (!analysis.head_signature().empty()) markers->push_back("signature:head");
  if (!analysis.tail_signature().empty()) markers->push_back("signature:tail");
  if (analysis.has_phone(PhoneKind::kMobile)) markers->push_back("mobile");
  const bool hotline = std::any_of(analysis.phone_numbers().begin(), analysis.phone_numbers().end(),
                                   [](const PhoneNumber& p) {
                                     return p.kind == PhoneKind::kHotline ||
                                            (p.kind == PhoneKind::kService && p.digits().size() == 5);
                                   });
  if (hotline) markers->push_back("hotline");
  if (!analysis.amounts().empty()) markers->push_back("amount");
  if (!analysis.card_tails().empty()) markers->push_back("card_tail");
  if (analysis.code()) markers->push_back("code");
  add_phone_kinds(analysis, markers);
  add_link_classes(analysis, markers);
  if (brands) {
    add_brand_contacts(analysis, *brands, markers);
    add_vouched_links(analysis, *brands, markers);
  }
}

std::string_view sender_kind(std::u32string_view sender) {
  if (sender.empty()) return {};
  char digits[24];
  std::size_t n = 0;
  bool plus = false;
  for (char32_t c : sender) {
    if (c == '+' && n == 0) plus = true;
    else if (c >= '0' && c <= '9') { if (n < std::size(digits)) digits[n++] = static_cast<char>(c); }
    else if (c != ' ' && c != '-') return "named";
  }
  const std::string_view number(digits, n);
  std::string_view national;
  const std::optional<PhoneKind> kind = phone_kind(number, plus, &national);
  if (!kind) {
    // A sender may be a bank's 95xxx number with one more digit (955880), which text
    // numbers are not read as; a "+" or "00" before another country's code is abroad.
    const std::string_view prefix = national.substr(0, 2);
    if (national.size() == 6 && (prefix == "95" || prefix == "96")) return "bank";
    const bool international = plus || number.substr(0, 2) == "00";
    if (international && number.substr(plus ? 0 : 2, 2) != "86") return "intl";
    return national.size() <= 8 ? "short" : "long";
  }
  switch (*kind) {
    case PhoneKind::kMobile: return "mobile";
    case PhoneKind::kHotline: return "hotline";
    case PhoneKind::kService: return "bank";
    case PhoneKind::kCarrier: return national.substr(0, 3) == "106" ? "service" : "carrier";
    case PhoneKind::kGovernment: return "government";
    case PhoneKind::kLandline: return "landline";
    case PhoneKind::kForeign: return "intl";
  }
  return {};
}

}  // namespace smsfilter::internal
