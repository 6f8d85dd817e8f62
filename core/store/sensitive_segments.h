#pragma once
// Sensitive categories (health, pregnancy, religion, sexual orientation, ethnicity, politics,
// union membership, financial distress: a taxonomy node marked "sensitive") used as a filter or a
// segment: refused to roles whose policy does not allow it, and allowed to the others only with a
// stated purpose, which is audited (DESIGN.md, "Roles and visibility").

#include "governance/access_context.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

// The paths of the store's sensitive categories.
Result<std::vector<std::string>> sensitiveCategoryPaths(Store& store);

// Whether a category filter value ("Health", "sensitive topics/health") reaches a sensitive
// category: names one, one of its ancestors or one of its descendants.
bool reachesSensitive(std::string_view categoryValue, const std::vector<std::string>& sensitivePaths);

// The category values a rule filters on (category:...); none when it does not parse.
std::vector<std::string> categoryFilters(std::string_view rule);

// Ok when none of `categoryValues` reaches a sensitive category, or when the context's policy
// allows sensitive segments and it states a purpose (then audited as "sensitive_segment" with
// the purpose, unless `audit` is false: a later page of a segment already audited); otherwise an
// error that says why and what to do.
Status checkSensitiveSegment(Store& store, const AccessContext& context, const std::vector<std::string>& categoryValues,
                             std::int64_t now, bool audit = true);

}  // namespace tw::core
