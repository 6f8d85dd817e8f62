#include "filter_options.h"

#include "store_commands.h"

#include "store/phrase_scan.h"

#include <CLI/CLI.hpp>

#include <tuple>

namespace tw::cli {

void addFilterOptions(CLI::App& command, FilterArgs& a) {
    command.add_option("--filter", a.filter, "Only verbatims this rule matches (docs/rule-language.md)");
    command.add_option("--channel", a.channel, "Only this channel");
    command.add_option("--label", a.label, "Only this sentiment: positive | negative | neutral | mixed");
    command.add_option("--since", a.since, "First day, YYYY-MM-DD");
    command.add_option("--until", a.until, "Last day, YYYY-MM-DD (included)");
    command.add_option("--category", a.category, "Only this category and its subcategories (a path: Billing/Refund)");
}

std::optional<core::BrowseFilter> browseFilterOf(const FilterArgs& a) {
    core::BrowseFilter f;
    f.search = a.filter;
    if (!a.channel.empty()) f.channel = a.channel;
    if (!a.category.empty()) f.category = a.category;
    if (!a.label.empty()) {
        if (a.label != "positive" && a.label != "negative" && a.label != "neutral" && a.label != "mixed") {
            printError(
                core::makeError("expected positive, negative, neutral or mixed, found '" + a.label + "'", "--label"));
            return std::nullopt;
        }
        f.label = a.label;
    }
    for (auto [text, option, isUntil] :
         {std::tuple{&a.since, "--since", false}, std::tuple{&a.until, "--until", true}}) {
        if (text->empty()) continue;
        auto day = core::parseIsoDay(*text);
        if (!day) {
            printError(core::makeError("expected a date as YYYY-MM-DD, found '" + *text + "'", option));
            return std::nullopt;
        }
        // --until names the last day included; the filter's end is exclusive.
        (isUntil ? f.until : f.from) = (*day + (isUntil ? 1 : 0)) * 86400;
    }
    return f;
}

}  // namespace tw::cli
