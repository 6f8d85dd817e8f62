#include "rule_commands.h"

#include "rules/kwic.h"
#include "store/kwic_query.h"
#include "store/rule_search.h"
#include "store_commands.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace tw::cli {

namespace {

using ordered_json = nlohmann::ordered_json;

}  // namespace

int runSearch(const std::string& path, const std::string& query, int limit, bool json) {
    auto store = openStore(path, core::Store::Access::ReadOnly);
    if (!store) return 1;
    std::int64_t total = 0;
    ordered_json results = ordered_json::array();
    auto st = core::forEachRuleMatch(*store, query, [&](const core::RuleHit& h) {
        ++total;
        if (total > limit) return true;  // keep counting
        if (json) {
            auto j = verbatimJson(h.verbatim);
            j["snippet"] = core::markedSnippet(h.verbatim.text, h.match.spans);
            ordered_json spans = ordered_json::array();
            for (const auto& s : h.match.spans) spans.push_back({s.startCp, s.endCp});
            j["spans"] = spans;
            results.push_back(j);
        } else {
            std::string when = h.verbatim.createdAt ? core::formatIsoDate(*h.verbatim.createdAt) : "undated";
            std::cout << h.verbatim.id << "\t" << when << "\t" << h.verbatim.channel << "\t"
                      << (h.match.spans.empty() ? h.verbatim.text.substr(0, 120)
                                                : core::markedSnippet(h.verbatim.text, h.match.spans))
                      << "\n";
        }
        return true;
    });
    if (!st) {
        printError(core::makeError(st.error().message,
                                   st.error().location.empty() ? "QUERY" : "QUERY " + st.error().location));
        return 2;
    }
    if (json) {
        std::cout << ordered_json{{"total", total}, {"results", results}}.dump() << '\n';
    } else {
        std::cout << "(" << std::min<std::int64_t>(total, limit) << " of " << total << " matches)\n";
    }
    return 0;
}

int runKwic(const std::string& path, const std::string& query, int width, int limit, const std::string& sort,
            const std::string& format) {
    core::KwicSort by = core::KwicSort::Source;
    if (sort == "match")
        by = core::KwicSort::Match;
    else if (sort == "left")
        by = core::KwicSort::Left;
    else if (sort == "right")
        by = core::KwicSort::Right;
    else if (sort != "date") {
        printError(core::makeError("unknown sort '" + sort + "' (use date, match, left or right)", "--sort"));
        return 2;
    }
    if (format != "text" && format != "json" && format != "csv") {
        printError(core::makeError("unknown format '" + format + "' (use text, json or csv)", "--format"));
        return 2;
    }
    auto store = openStore(path, core::Store::Access::ReadOnly);
    if (!store) return 1;
    auto rows = core::kwicQuery(*store, query, static_cast<std::size_t>(width), static_cast<std::size_t>(limit), by);
    if (!rows) {
        printError(core::makeError(rows.error().message,
                                   rows.error().location.empty() ? "QUERY" : "QUERY " + rows.error().location));
        return 2;
    }
    if (format == "json") {
        ordered_json arr = ordered_json::array();
        for (const auto& r : *rows) {
            arr.push_back({{"id", r.verbatimId},
                           {"date", r.date},
                           {"channel", r.channel},
                           {"left", r.line.left},
                           {"match", r.line.match},
                           {"right", r.line.right},
                           {"start", r.line.startCp},
                           {"end", r.line.endCp}});
        }
        std::cout << ordered_json{{"lines", arr}}.dump() << '\n';
    } else if (format == "csv") {
        std::cout << core::kwicCsv(*rows);
    } else {
        for (const auto& r : *rows) {
            std::string left = r.line.left;
            std::size_t cps = 0;
            for (char c : left) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            std::string pad(cps < static_cast<std::size_t>(width) ? static_cast<std::size_t>(width) - cps : 0, ' ');
            std::cout << r.verbatimId << '\t' << pad << left << "[" << r.line.match << "]" << r.line.right << '\n';
        }
    }
    return 0;
}

}  // namespace tw::cli
