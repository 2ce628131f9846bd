#include "classifier/brand_table.h"

#include <array>

#include "smsfilter/model_format.h"

namespace smsfilter::internal {
namespace {

// The string lists stored, in their order in the section.
constexpr std::array<std::vector<std::string> Organization::*, 5> kLists = {
    &Organization::names, &Organization::signatures, &Organization::senders, &Organization::hotlines,
    &Organization::domains};

void append_string(std::string_view s, std::string* out) {
  format::append_u16(*out, static_cast<std::uint16_t>(s.size()));
  out->append(s);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}

  bool read_u16(std::uint16_t* value) {
    if (rest_.size() < 2) return false;
    *value = format::load_u16(reinterpret_cast<const unsigned char*>(rest_.data()));
    rest_.remove_prefix(2);
    return true;
  }
  // A count of items that take at least `item_bytes` each: a hostile count can't make the
  // caller allocate more than the section could hold.
  bool read_count(std::size_t item_bytes, std::uint16_t* count) {
    return read_u16(count) && *count <= rest_.size() / item_bytes;
  }
  bool read_string(std::string* value) {
    std::uint16_t size;
    if (!read_u16(&size) || rest_.size() < size) return false;
    value->assign(rest_.substr(0, size));
    rest_.remove_prefix(size);
    return true;
  }
  bool at_end() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

}  // namespace

std::string encode_brand_table(std::string_view registry_version, const std::vector<Organization>& organizations) {
  std::string out;
  append_string(registry_version, &out);
  format::append_u16(out, static_cast<std::uint16_t>(organizations.size()));
  for (const Organization& org : organizations) {
    for (const auto list : kLists) {
      format::append_u16(out, static_cast<std::uint16_t>((org.*list).size()));
      for (const std::string& s : org.*list) append_string(s, &out);
    }
  }
  return out;
}

Status decode_brand_table(std::string_view bytes, std::string* registry_version,
                          std::vector<Organization>* organizations) {
  const Status corrupt(StatusCode::kCorruptModel, "brands section is malformed");
  Reader reader(bytes);
  std::uint16_t count;
  if (!reader.read_string(registry_version) || !reader.read_count(kLists.size() * 2, &count)) return corrupt;
  organizations->assign(count, Organization());
  for (Organization& org : *organizations) {
    for (const auto list : kLists) {
      std::uint16_t strings;
      if (!reader.read_count(2, &strings)) return corrupt;
      (org.*list).resize(strings);
      for (std::string& s : org.*list)
        if (!reader.read_string(&s)) return corrupt;
    }
  }
  if (!reader.at_end()) return corrupt;
  return {};
}

}  // namespace smsfilter::internal
