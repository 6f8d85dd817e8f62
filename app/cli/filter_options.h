#pragma once
// The browser's filter as command-line options, shared by export and report: a rule
// (docs/rule-language.md), channel, sentiment label, first and last day, category.

#include "store/verbatim_reader.h"

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace tw::cli {

struct FilterArgs {
    std::string filter, channel, label, since, until, category;
};

void addFilterOptions(CLI::App& command, FilterArgs& args);

// The filter the options describe; nothing after printing what is wrong.
std::optional<core::BrowseFilter> browseFilterOf(const FilterArgs& args);

}  // namespace tw::cli
