#pragma once
// CLI commands over the store's categories: its taxonomy (export and import as the documented
// JSON), applying it (categorize) and the verbatims per category (categories).

#include <string>

namespace tw::cli {

// tidewatch-cli taxonomy STORE export [--out FILE] | import FILE
int runTaxonomy(const std::string& store, const std::string& action, const std::string& file, bool json,
                const std::string& as);

// tidewatch-cli categorize STORE: applies the taxonomy where its rules have not been applied yet.
int runCategorize(const std::string& store, int threads, bool json, const std::string& as);

// tidewatch-cli categories STORE [--channel C]: verbatims per category, as a tree.
// Sensitive categories are listed only for a role allowed them, with `purpose` (audited).
int runCategories(const std::string& store, const std::string& channel, bool json, const std::string& as,
                  const std::string& purpose);

}  // namespace tw::cli
