#pragma once
// An FTS5 expression that every verbatim a rule can match also matches (a superset), so that
// searches over a large store read only candidates and let the rule decide. Empty when the rule
// cannot be narrowed this way (NOT alone, fields alone, stems or inner wildcards under OR).

#include "rules/query.h"

#include <string>

namespace tw::core {

std::string ftsPrefilter(const QueryNode& rule);

}  // namespace tw::core
