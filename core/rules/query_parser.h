#pragma once
// Parses the rule and search language (docs/rule-language.md). Errors say where (line:column)
// and what was expected. The parser is a recursive descent over a hand-written lexer with a
// nesting limit; matching never backtracks (wildcards are compiled to linear-time globs), so no
// rule can hang the program.

#include "rules/query.h"
#include "util/result.h"

#include <memory>
#include <string_view>

namespace tw::core {

Result<std::unique_ptr<QueryNode>> parseQuery(std::string_view text);

// Whether the rule tests what analysis finds (sentiment, emotions, intensity, effort, language):
// its matches change when the verbatims are analysed again.
bool readsAnalysis(const QueryNode& rule);

// Folds case and removes accents the way rules compare words ("Café" and "cafe" meet).
std::string matchKey(std::string_view word);

}  // namespace tw::core
