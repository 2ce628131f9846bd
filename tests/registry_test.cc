#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "common/utf.h"
#include "analysis/literal_normalizer.h"
#include "registry/registry_index.h"
#include "smsfilter/registry.h"

namespace smsfilter {
namespace {

constexpr std::string_view kValid = R"(# a registry fixture
smsfilter-registry 1
version 2026.01.01

org icbc
kind bank
region cn
name 工商银行, 工商銀行, ICBC
signature 工行
sender 95588
hotline 95588, 4008205555
domain icbc.com.cn
source https://www.icbc.com.cn

org hk_police
kind government
region hk
name 香港警務處
hotline 18222
domain police.gov.hk
source https://www.police.gov.hk/ppp_en/
)";

std::shared_ptr<const Registry> parse_ok(std::string_view text) {
  Status status;
  auto registry = Registry::parse(text, &status);
  INFO(status.to_string());
  REQUIRE(registry);
  return registry;
}

// kValid with its line `from` replaced by `to` ("" drops it).
std::string edited(std::string_view from, std::string_view to) {
  std::string text(kValid);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size() + (to.empty() ? 1 : 0), to);
  return text;
}

std::u32string normalized(std::string_view text) {
  internal::LiteralNormalizer normalizer;
  std::u32string out;
  REQUIRE(normalizer.normalize(text, &out).ok());
  return out;
}

std::set<std::string> ids(const Registry& registry, const internal::OrganizationSet& set) {
  std::set<std::string> out;
  for (std::uint16_t org : set) out.insert(registry.organizations()[org].id);
  return out;
}

TEST_CASE("a registry file is read entry by entry", "[registry]") {
  const auto registry = parse_ok(kValid);
  CHECK(registry->version() == "2026.01.01");
  REQUIRE(registry->organizations().size() == 2);
  const Organization& icbc = registry->organizations()[0];
  CHECK(icbc.id == "icbc");
  CHECK(icbc.kind == OrganizationKind::kBank);
  CHECK(icbc.regions == std::vector<Region>{Region::kMainland});
  CHECK(icbc.names == std::vector<std::string>{"工商银行", "工商銀行", "ICBC"});
  CHECK(icbc.signatures == std::vector<std::string>{"工行"});
  CHECK(icbc.senders == std::vector<std::string>{"95588"});
  CHECK(icbc.hotlines == std::vector<std::string>{"95588", "4008205555"});
  CHECK(icbc.domains == std::vector<std::string>{"icbc.com.cn"});
  CHECK(icbc.sources == std::vector<std::string>{"https://www.icbc.com.cn"});
  CHECK(registry->organizations()[1].kind == OrganizationKind::kGovernment);
}

TEST_CASE("a malformed registry is refused, naming the line and the fault", "[registry]") {
  struct Case {
    std::string text;
    std::string error;
  };
  const Case cases[] = {
      {"", "empty"},
      {edited("smsfilter-registry 1", "smsfilter-registry 2"), "line 2: expected 'smsfilter-registry 1'"},
      {edited("version 2026.01.01", ""), "no 'version' before the first organisation"},
      {edited("kind bank", "kind bnak"), "line 6: unknown kind 'bnak'"},
      {edited("region cn", "region cn, mo"), "line 7: unknown region 'mo'"},
      {edited("signature 工行", "slogan 工行"), "line 9: unknown key 'slogan'"},
      {edited("org hk_police", "org icbc"), "line 15: duplicate organisation icbc"},
      {edited("org hk_police", "org HK-Police"), "bad organisation id 'HK-Police'"},
      {edited("name 香港警務處", "name 香港警務處, 工商银行"), "line 18: name '工商银行' of hk_police is also a name of icbc"},
      {edited("name 香港警務處", "name 香港警務處, icbc"), "name 'icbc' of hk_police is also a name of icbc"},
      {edited("signature 工行", "signature ICBC"), "name 'ICBC' of icbc is also a name of icbc"},
      {edited("name 香港警務處", "name 香港警務處, 警"), "shorter than 2 characters"},
      {edited("sender 95588", "sender 9558B"), "line 10: bad sender number '9558B'"},
      {edited("sender 95588", "sender 95"), "bad sender number '95'"},
      {edited("sender 95588", "sender 95588, 1234567890123456"), "bad sender number '1234567890123456'"},
      {edited("hotline 18222", "hotline 1822-2"), "bad hotline number '1822-2'"},
      {edited("hotline 95588, 4008205555", "hotline 95588, 95588"), "hotline number '95588' listed twice"},
      {edited("domain icbc.com.cn", "domain ICBC.com.cn"), "bad domain 'ICBC.com.cn'"},
      {edited("domain icbc.com.cn", "domain icbc"), "bad domain 'icbc'"},
      {edited("domain icbc.com.cn", "domain -icbc.com.cn"), "bad domain '-icbc.com.cn'"},
      {edited("domain icbc.com.cn", "domain icbc.com.123"), "bad domain 'icbc.com.123'"},
      {edited("domain icbc.com.cn", "domain https://icbc.com.cn"), "bad domain 'https://icbc.com.cn'"},
      {edited("domain icbc.com.cn", "domain icbc..cn"), "bad domain 'icbc..cn'"},
      {edited("domain icbc.com.cn", "domain icbc.com.cn,"), "line 12: empty domain"},
      {edited("source https://www.icbc.com.cn", "source www.icbc.com.cn"), "bad source URL"},
      {edited("source https://www.icbc.com.cn", ""), "line 5: organisation icbc has no 'source'"},
      {edited("kind bank", ""), "organisation icbc has no 'kind'"},
      {edited("name 香港警務處", ""), "organisation hk_police has no 'name'"},
      {edited("region hk", ""), "organisation hk_police has no 'region'"},
      {edited("kind bank", "kind bank\nkind insurer"), "line 7: 'kind' given twice"},
      {edited("sender 95588", "sender"), "'sender' without a value"},
      {edited("version 2026.01.01", "version 2026.01.01\nkind bank"), "line 4: 'kind' outside an organisation"},
      {std::string(kValid) + "version 2", "'version' must come once"},
      {"smsfilter-registry 1\nversion 1\n", "no organisations"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Status status;
    CHECK_FALSE(Registry::parse(c.text, &status));
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK_THAT(status.message(), Catch::Contains(c.error));
  }
}

TEST_CASE("the bundled registry loads and covers every kind", "[registry]") {
  Status status;
  const auto registry = Registry::bundled(&status);
  INFO(status.to_string());
  REQUIRE(registry);
  CHECK(registry == Registry::bundled());
  CHECK_FALSE(registry->version().empty());
  const auto& orgs = registry->organizations();
  CHECK(orgs.size() >= 200);
  std::set<OrganizationKind> kinds;
  std::set<Region> regions;
  for (const Organization& org : orgs) {
    kinds.insert(org.kind);
    regions.insert(org.regions.begin(), org.regions.end());
    CHECK_FALSE(org.sources.empty());
  }
  CHECK(kinds.size() == kOrganizationKindCount);
  CHECK(regions.size() == kRegionCount);

  const auto& index = Registry::Access::index(*registry);
  internal::OrganizationSet senders;
  for (std::string_view number : {"95588", "10086", "12306", "12123", "95516"}) {
    INFO(number);
    internal::OrganizationSet found;
    index.add_senders(number, &found);
    CHECK(found.size() == 1);
  }
  for (std::string_view host : {"cmbchina.com", "www.10086.cn", "kyfw.12306.cn", "passport.jd.com",
                                "www.pingan.com", "gab.122.gov.cn", "www.hsbc.com.hk"}) {
    INFO(host);
    CHECK(index.is_official_host(host));
  }
}

TEST_CASE("the index finds organisations by sender, number, host and name", "[registry]") {
  const auto registry = parse_ok(kValid);
  const auto& index = Registry::Access::index(*registry);
  using Ids = std::set<std::string>;

  internal::OrganizationSet set;
  index.add_senders("95588", &set);
  CHECK(ids(*registry, set) == Ids{"icbc"});
  set = {};
  index.add_senders("4008205555", &set);  // a hotline, not a sender
  CHECK(set.empty());
  index.add_number_owners("4008205555", &set);
  CHECK(ids(*registry, set) == Ids{"icbc"});

  for (std::string_view host : {"icbc.com.cn", "mybank.icbc.com.cn", "a.b.police.gov.hk"}) {
    INFO(host);
    CHECK(index.is_official_host(host));
  }
  for (std::string_view host : {"icbc-cn.com", "xicbc.com.cn", "icbc.com.cn.evil.top", "gov.hk", "com.cn"}) {
    INFO(host);
    CHECK_FALSE(index.is_official_host(host));
  }

  struct Case {
    std::string_view text, head, tail;
    Ids named;
  };
  const Case cases[] = {
      {"您尾号1234的工商銀行卡入账100元", "", "", {"icbc"}},
      {"【工行】您的卡入账", "工行", "", {"icbc"}},
      {"工行卡入账", "", "", {}},  // a signature only counts as the whole signature
      {"Your ICBC card is locked", "", "", {"icbc"}},
      {"[icbc] code 1234", "icbc", "", {"icbc"}},
      {"visit icbcasia or xicbc", "", "", {}},  // ASCII names are whole words
      {"香港警務處提示：工商银行不会致电", "", "", {"icbc", "hk_police"}},
      {"普通的短信", "", "", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    set = {};
    const std::u32string text = normalized(c.text), head = normalized(c.head), tail = normalized(c.tail);
    index.add_named(text, head, tail, &set);
    CHECK(ids(*registry, set) == c.named);
  }
}

TEST_CASE("an organisation set keeps each index once, up to its capacity", "[registry]") {
  internal::OrganizationSet set;
  set.add(3);
  set.add(3);
  CHECK(set.size() == 1);
  for (std::uint16_t i = 10; i < 30; ++i) set.add(i);
  CHECK(set.size() == internal::OrganizationSet::kCapacity);
  internal::OrganizationSet other;
  other.add(3);
  CHECK(set.intersects(other));
  CHECK_FALSE(internal::OrganizationSet{}.intersects(other));
}

}  // namespace
}  // namespace smsfilter
