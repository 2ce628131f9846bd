// Message categories, in the order the model's outputs use them.
#ifndef SMSFILTER_CATEGORY_H_
#define SMSFILTER_CATEGORY_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace smsfilter {

enum class Category : unsigned char {
  kPersonal = 0,     // between people
  kTransaction = 1,  // the user's own money, orders, deliveries, bills, tickets
  kSecurity = 2,     // verification codes, login/device alerts, password changes
  kMarketing = 3,    // anything selling, even from legitimate companies
  kFraud = 4,        // scams and phishing
};

inline constexpr std::size_t kCategoryCount = 5;

inline constexpr std::array<std::string_view, kCategoryCount> kCategoryNames = {
    "personal", "transaction", "security", "marketing", "fraud"};

constexpr std::string_view category_name(Category c) {
  return kCategoryNames[static_cast<std::size_t>(c)];
}

constexpr std::optional<Category> category_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kCategoryCount; ++i)
    if (kCategoryNames[i] == name) return static_cast<Category>(i);
  return std::nullopt;
}

}  // namespace smsfilter

#endif  // SMSFILTER_CATEGORY_H_
