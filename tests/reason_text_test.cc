// Reasons for people: a sentence in each language for every kind, built from the
// reason's parameters alone — never a feature name, never more of the message than a
// parameter names.
#include <string>

#include <catch2/catch.hpp>

#include "smsfilter/reason.h"

namespace smsfilter {
namespace {

Reason make(ReasonKind kind) {
  Reason r;
  r.kind = kind;
  return r;
}

TEST_CASE("every reason kind reads as a sentence in English and Chinese", "[reason]") {
  for (std::size_t k = 0; k < kReasonKindCount; ++k) {
    Reason r = make(static_cast<ReasonKind>(k));
    r.rule_id = "adult";
    r.category = Category::kMarketing;
    r.value = 0.9f;
    r.threshold = 2;
    r.window_seconds = 3600;
    r.contact = ContactKind::kMobile;
    r.organization = "icbc";
    r.organization_name = "工商银行";
    r.set_host("www.icbc-u.cc");
    for (std::size_t l = 0; l < kLanguageCount; ++l) {
      const std::string text = reason_text(r, static_cast<Language>(l));
      INFO(reason_kind_name(r.kind) << " " << kLanguageNames[l] << ": " << text);
      CHECK_FALSE(text.empty());
      for (const char* jargon : {"w:", "c2:", "m:", "s:", "intent:"}) CHECK(text.find(jargon) == text.npos);
      CHECK(text.find("icbc\"") == text.npos);  // the organisation by its name, not its id
    }
  }
}

TEST_CASE("reason texts say what the parameters say", "[reason]") {
  Reason r = make(ReasonKind::kOfficialSender);
  r.organization = "cmb";
  r.organization_name = "招商银行";
  CHECK(reason_text(r, Language::kChinese) == "来自招商银行的官方号码");
  CHECK(reason_text(r, Language::kEnglish) == "Sent from an official number of 招商银行");
  r.kind = ReasonKind::kSpoofedSender;
  CHECK(reason_text(r, Language::kChinese) == "显示为招商银行的官方号码，但留下的联系方式不是其官方的：伪基站常冒用此类号码");
  CHECK(reason_text(r, Language::kEnglish) ==
        "Shows an official number of 招商银行, but gives a contact 招商银行 doesn't use: fake base stations send under "
        "such numbers");

  r = make(ReasonKind::kSuspiciousContact);
  r.organization_name = "中国平安";
  r.contact = ContactKind::kMessagingId;
  CHECK(reason_text(r, Language::kChinese) == "自称中国平安，但留下的QQ或微信号不是其官方联系方式");
  CHECK(reason_text(r, Language::kEnglish) == "Uses the name 中国平安 but gives a QQ or WeChat id that 中国平安 doesn't use");

  r = make(ReasonKind::kSuspiciousSender);
  r.organization_name = "工商银行";
  r.contact = ContactKind::kForeign;
  CHECK(reason_text(r, Language::kChinese) == "自称工商银行，但发自境外号码，不是其官方号码");
  CHECK(reason_text(r, Language::kEnglish) ==
        "Uses the name 工商银行 but was sent from a foreign number, which 工商银行 doesn't send from");

  r = make(ReasonKind::kOverridesModel);
  r.rule_id = "phishing";
  r.category = Category::kTransaction;
  r.value = 0.954f;
  CHECK(reason_text(r, Language::kEnglish) ==
        "Blocked by the phishing check although it looks like a transaction notice (95%)");
  CHECK(reason_text(r, Language::kChinese) == "虽然看起来是交易通知（95%），仍按钓鱼链接检查拦截");

  r = make(ReasonKind::kFlood);
  r.category = Category::kMarketing;
  r.value = 6;
  r.threshold = 5;
  r.window_seconds = 86400;
  CHECK(reason_text(r, Language::kEnglish) == "6 messages of marketing from this sender within a day (limit 5)");

  CHECK(reason_text(make(ReasonKind::kCode), Language::kChinese) == "含验证码");
}

TEST_CASE("a reason keeps its host without the heap, cut at the longest DNS name", "[reason]") {
  Reason r;
  r.set_host(std::string(300, 'a'));
  CHECK(r.host().size() == Reason::kMaxHostBytes);
  r.set_host("cmbchina.com");
  CHECK(r.host() == "cmbchina.com");
  CHECK(r.host().data()[r.host().size()] == '\0');
}

TEST_CASE("reasons hold one of each kind", "[reason]") {
  Reasons reasons;
  for (std::size_t k = 0; k < kReasonKindCount; ++k) reasons.add(static_cast<ReasonKind>(k)).value = 1;
  CHECK(reasons.size() == kReasonKindCount);
  CHECK(reasons.back().kind == static_cast<ReasonKind>(kReasonKindCount - 1));
  reasons.add(ReasonKind::kCode);  // beyond the capacity: the last entry is reused
  CHECK(reasons.size() == kReasonKindCount);
  CHECK(reasons.back().kind == ReasonKind::kCode);
  CHECK(reasons.back().value == 0);
  reasons.clear();
  CHECK(reasons.empty());
}

}  // namespace
}  // namespace smsfilter
