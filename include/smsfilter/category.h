// Message categories, in the order the model's outputs use them.
#ifndef SMSFILTER_CATEGORY_H_
#define SMSFILTER_CATEGORY_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "smsfilter/enum_names.h"

namespace smsfilter {

// Values, names and meanings: SMSF_CATEGORY in smsfilter/enums.def.
enum class Category : unsigned char {
#define SMSF_CATEGORY(Cpp, C, name, value, doc) k##Cpp = value,
#include "smsfilter/enums.def"
};

inline constexpr auto kCategoryNames = enum_names({
#define SMSF_CATEGORY(Cpp, C, name, value, doc) EnumName{value, name},
#include "smsfilter/enums.def"
});

inline constexpr std::size_t kCategoryCount = kCategoryNames.size();

constexpr std::string_view category_name(Category c) {
  return kCategoryNames[static_cast<std::size_t>(c)];
}

constexpr std::optional<Category> category_from_name(std::string_view name) {
  return enum_from_name<Category>(kCategoryNames, name);
}

// The categories a filter acts against: marketing and fraud.
constexpr bool is_spam(Category c) { return c == Category::kMarketing || c == Category::kFraud; }

}  // namespace smsfilter

#endif  // SMSFILTER_CATEGORY_H_
