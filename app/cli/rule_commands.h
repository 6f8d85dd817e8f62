#pragma once
// CLI commands over the rule language: search and kwic (keyword in context).

#include <string>

namespace tw::cli {

// tidewatch-cli search STORE QUERY: verbatims the rule matches, newest first, with the matched
// spans highlighted in a snippet; the total counts every match.
// A rule on a sensitive category (category:...) needs a role allowed it and `purpose` (audited).
int runSearch(const std::string& store, const std::string& query, int limit, bool json, const std::string& as,
              const std::string& purpose);

// tidewatch-cli kwic STORE QUERY: one line per match with its left and right context.
int runKwic(const std::string& store, const std::string& query, int width, int limit, const std::string& sort,
            const std::string& as, const std::string& format);

}  // namespace tw::cli
