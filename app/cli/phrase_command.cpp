#include "phrase_command.h"

#include "sign_in.h"
#include "store/role_reader.h"

#include "store/phrase_scan.h"
#include "store_commands.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace tw::cli {

namespace {
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
}  // namespace

int runPhrases(const PhraseArgs& a) {
    core::PhraseQuery q;
    auto day = [](const std::string& text, const char* option) -> std::optional<std::int64_t> {
        auto d = core::parseIsoDay(text);
        if (!d) printError(core::makeError("expected a date as YYYY-MM-DD, found '" + text + "'", option));
        return d;
    };
    auto since = day(a.since, "--since");
    if (!since) return 2;
    q.since = *since;
    if (!a.until.empty()) {
        q.until = day(a.until, "--until");
        if (!q.until) return 2;
    }
    if (!a.baselineFrom.empty()) {
        q.baselineFrom = day(a.baselineFrom, "--baseline-from");
        if (!q.baselineFrom) return 2;
    }
    if (!a.channel.empty()) q.channel = a.channel;
    q.options.minSupport = a.minSupport;
    q.options.limit = static_cast<std::size_t>(std::max(1, a.limit));
    auto store = openStore(a.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    auto who = signIn(*store, a.as);
    if (!who) return 1;
    auto reader = core::RoleReader::open(*store, *who);
    auto r = reader ? reader->phrases(q) : core::Result<core::PhraseReport>(reader.error());
    if (!r) {
        printError(r.error());
        return 2;
    }
    if (a.json) {
        nlohmann::ordered_json phrases = nlohmann::ordered_json::array();
        for (const auto& p : r->phrases) {
            phrases.push_back({{"phrase", p.phrase},
                               {"recent", p.recent},
                               {"baseline", p.baseline},
                               {"recent_share", round3(p.recentShare)},
                               {"baseline_share", round3(p.baselineShare)},
                               {"lift", round3(p.lift)},
                               {"llr", round3(p.llr)},
                               {"channels", p.channels}});
        }
        std::cout << nlohmann::ordered_json{{"recent",
                                             {{"from", core::formatIsoDate(r->recentFrom)},
                                              {"until", core::formatIsoDate(r->recentUntil)},
                                              {"verbatims", r->recentVerbatims}}},
                                            {"baseline",
                                             {{"from", core::formatIsoDate(r->baselineFrom)},
                                              {"until", core::formatIsoDate(r->recentFrom)},
                                              {"verbatims", r->baselineVerbatims}}},
                                            {"phrases", phrases}}
                         .dump()
                  << '\n';
        return 0;
    }
    std::printf("recent %s..%s: %lld verbatims; baseline from %s: %lld verbatims\n",
                core::formatIsoDate(r->recentFrom).c_str(), core::formatIsoDate(r->recentUntil).c_str(),
                static_cast<long long>(r->recentVerbatims), core::formatIsoDate(r->baselineFrom).c_str(),
                static_cast<long long>(r->baselineVerbatims));
    std::printf("%-36s %8s %8s %8s %10s\n", "phrase", "recent", "baseline", "lift", "G2");
    for (const auto& p : r->phrases) {
        std::printf("%-36s %8lld %8lld %8.1f %10.1f\n", p.phrase.c_str(), static_cast<long long>(p.recent),
                    static_cast<long long>(p.baseline), p.lift, p.llr);
    }
    if (r->phrases.empty()) std::printf("(no phrase rises significantly)\n");
    return 0;
}

}  // namespace tw::cli
