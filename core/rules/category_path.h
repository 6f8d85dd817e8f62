#pragma once
// Category paths ("Billing/Double charge"): a category and its subcategories.
#include <string_view>

namespace tw::core {

// Whether `path` is `category` or one of its subcategories, at any depth ("Billing/Refund/Late"
// is within "Billing"; "Billing2" is not).
inline bool withinCategory(std::string_view path, std::string_view category) {
    return path == category ||
           (path.size() > category.size() && path.starts_with(category) && path[category.size()] == '/');
}

}  // namespace tw::core
