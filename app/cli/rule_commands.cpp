#include "rule_commands.h"

#include "store/sensitive_segments.h"

#include "sign_in.h"
#include "store/redacted_view.h"

#include "rules/kwic.h"
#include "store/kwic_query.h"
#include "store/rule_search.h"
#include "store_commands.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace tw::cli {

namespace {

using ordered_json = nlohmann::ordered_json;

}  // namespace

int runSearch(const std::string& path, const std::string& query, int limit, bool json, const std::string& as,
              const std::string& purpose) {
    auto store = openStore(path, core::Store::Access::ReadWrite);
    if (!store) return 1;
    core::AccessContext who;
    const auto hidden = hiddenFor(*store, as, &who);
    if (!hidden) return 1;
    who.purpose = purpose;
    if (auto st = core::checkSensitiveSegment(*store, who, core::categoryFilters(query), nowSeconds()); !st) {
        printError(st.error());
        return 1;
    }
    // A reader of restricted text in full searches the sealed verbatims too (printed redacted).
    const core::KeyRing* keys = who.policy.flagged == core::TextAccess::Full ? who.keys.get() : nullptr;
    std::int64_t total = 0;
    ordered_json results = ordered_json::array();
    auto st = core::forEachRuleMatch(
        *store, query,
        [&](const core::RuleHit& h) {
            if (hidden->count(h.verbatim.id)) return true;  // the role may only count it: not even counted here
            ++total;
            if (total > limit) return true;  // keep counting
            // What is printed is redacted, with the match moved onto the redacted text.
            core::Verbatim shown = h.verbatim;
            const core::RedactedSpans r = core::redactWithSpans(h.verbatim.text, h.match.spans);
            shown.text = r.text;
            if (json) {
                auto j = verbatimJson(shown);
                j["snippet"] = core::markedSnippet(r.text, r.spans);
                ordered_json spans = ordered_json::array();
                for (const auto& s : r.spans) spans.push_back({s.startCp, s.endCp});
                j["spans"] = spans;
                results.push_back(j);
            } else {
                std::string when = h.verbatim.createdAt ? core::formatIsoDate(*h.verbatim.createdAt) : "undated";
                std::cout << h.verbatim.id << "\t" << when << "\t" << h.verbatim.channel << "\t"
                          << (r.spans.empty() ? r.text.substr(0, 120) : core::markedSnippet(r.text, r.spans)) << "\n";
            }
            return true;
        },
        core::MatchOrder::NewestFirst, keys);  // counts every match
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
            const std::string& as, const std::string& format) {
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
    auto store = openStore(path, core::Store::Access::ReadWrite);
    if (!store) return 1;
    const auto hidden = hiddenFor(*store, as);
    if (!hidden) return 1;
    auto rows =
        core::kwicQuery(*store, query, static_cast<std::size_t>(width), static_cast<std::size_t>(limit), by, &*hidden);
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
