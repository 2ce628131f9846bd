// The brands section (model_format.h): the registry's lookups as an index builds them
// from organisations and as it reads them back in place, and what it refuses.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "registry/registry_index.h"
#include "smsfilter/model_format.h"

namespace smsfilter {
namespace {

using internal::OrganizationSet;
using internal::RegistryIndex;

std::vector<std::uint16_t> orgs(const OrganizationSet& set) { return {set.begin(), set.end()}; }

std::string built_section() {
  Organization bank;
  bank.names = {"工商银行", "ICBC"};
  bank.signatures = {"工行"};
  bank.senders = {"95588"};
  bank.hotlines = {"95588", "4006695588"};
  bank.domains = {"icbc.com.cn"};
  Organization one_character;
  one_character.names = {"鑫"};
  RegistryIndex index;
  REQUIRE(index.build("2026.12.04", {one_character, bank}).ok());
  return std::string(index.bytes());
}

// A section whose senders table holds `keys` in this order, each of organisation `org`,
// with `units` stated as its key characters; the other tables are empty.
std::string section_with_senders(const std::vector<std::string>& keys, std::uint16_t org,
                                 std::uint32_t units) {
  std::string out;
  format::append_u16(out, 0);  // registry version ""
  format::append_u16(out, 1);  // one organisation
  format::append_u32(out, static_cast<std::uint32_t>(keys.size()));
  format::append_u32(out, units);
  std::uint32_t end = 0;
  for (const std::string& key : keys) format::append_u32(out, end += static_cast<std::uint32_t>(key.size()));
  for (std::size_t i = 0; i < keys.size(); ++i) format::append_u16(out, org);
  for (const std::string& key : keys) out += key;
  out.resize(out.size() - (end - std::min(end, units)));  // fewer characters than the ends say
  for (int table = 0; table < 4; ++table) format::append_u64(out, 0);
  return out;
}

// What reading `bytes` says: "" when it reads.
std::string read_problem(const std::string& bytes) {
  RegistryIndex index;
  const Status status = index.read(bytes);
  if (status.ok()) return {};
  CHECK(status.code() == StatusCode::kCorruptModel);
  return status.message();
}

TEST_CASE("an index reads the lookups it built in place, with the same answers", "[registry]") {
  const std::string bytes = built_section();
  RegistryIndex index;
  REQUIRE(index.read(bytes).ok());
  CHECK(index.bytes().data() == bytes.data());
  OrganizationSet owners;
  index.add_senders("95588", &owners);
  index.add_number_owners("4006695588", &owners);
  index.add_host_owners("m.icbc.com.cn", &owners);
  CHECK(orgs(owners) == std::vector<std::uint16_t>{1});
  OrganizationSet none;
  index.add_senders("4006695588", &none);  // a hotline, not a sender
  index.add_host_owners("icbc.com", &none);
  CHECK(none.empty());

  OrganizationSet anywhere, at_end, signed_by;
  index.add_named(U"您在工商银行的账户", {}, {}, &anywhere);
  CHECK(orgs(anywhere) == std::vector<std::uint16_t>{1});
  index.add_named(U"您好工商银行", {}, {}, &at_end);
  index.add_named(U"金鑫", {}, {}, &at_end);
  CHECK(orgs(at_end) == std::vector<std::uint16_t>{1, 0});
  // A signature is matched only as a whole head or tail.
  index.add_named(U"工行提醒", {}, {}, &signed_by);
  CHECK(signed_by.empty());
  index.add_named(U"提醒", U"工行", {}, &signed_by);
  CHECK(orgs(signed_by) == std::vector<std::uint16_t>{1});
  OrganizationSet ascii;
  index.add_named(U"icbc 提醒", {}, {}, &ascii);
  index.add_named(U"icbcx", {}, {}, &ascii);  // not a whole word
  CHECK(orgs(ascii) == std::vector<std::uint16_t>{1});
}

TEST_CASE("a brands section cut short or with bytes over is refused", "[registry]") {
  const std::string bytes = built_section();
  CHECK(read_problem(bytes).empty());
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    INFO("first " << size << " bytes");
    CHECK(!read_problem(bytes.substr(0, size)).empty());
  }
  CHECK(read_problem(bytes + '\0') == "brands section: bytes left over after the tables");
}

TEST_CASE("a crafted key table is refused, whatever its checksum", "[registry]") {
  const auto units = [](const std::vector<std::string>& keys) {
    std::uint32_t n = 0;
    for (const std::string& key : keys) n += static_cast<std::uint32_t>(key.size());
    return n;
  };
  const auto problem = [&](const std::vector<std::string>& keys, std::uint16_t org) {
    return read_problem(section_with_senders(keys, org, units(keys)));
  };
  CHECK(problem({"95533", "95588"}, 0).empty());
  CHECK(problem({"95588", "95533"}, 0) == "brands section: the senders table is not sorted or repeats an entry");
  CHECK(problem({"95588", "95588"}, 0) == "brands section: the senders table is not sorted or repeats an entry");
  CHECK(problem({"", "95588"}, 0) == "brands section: the senders table has an empty key");
  CHECK(problem({"95588"}, 1) == "brands section: the senders table names an organisation out of range");
  CHECK(read_problem(section_with_senders({"95533", "95588"}, 0, 9)) ==
        "brands section: the senders table has a key past its key characters");
  CHECK(read_problem(section_with_senders({"95533"}, 0, 6)) ==
        "brands section: the senders table has key characters left over");
  // Counts larger than the bytes could hold are refused before anything is read.
  std::string huge = section_with_senders({}, 0, 0);
  format::store_u32(reinterpret_cast<unsigned char*>(huge.data()) + 4, 0xFFFFFFFF);
  CHECK(read_problem(huge) == "brands section: the senders table runs past the section");
}

}  // namespace
}  // namespace smsfilter
