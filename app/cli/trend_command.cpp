#include "trend_command.h"

#include "sign_in.h"
#include "store/phrase_scan.h"
#include "store/role_reader.h"
#include "store/trend_alerts.h"
#include "store/trend_topics.h"
#include "store_commands.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iomanip>
#include <iostream>

namespace tw::cli {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string isoDay(std::int64_t day) { return core::formatIsoDate(day * 86400); }
double round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

int runTrends(const TrendArgs& a) {
    const auto source = core::topicSourceFromName(a.by);
    if (!source) {
        printError(core::makeError("expected category, phrase or both, found '" + a.by + "'", "--by"));
        return 2;
    }
    core::TrendWindow window;
    for (auto [text, option, target] :
         {std::tuple{&a.since, "--since", &window.since}, std::tuple{&a.until, "--until", &window.until}}) {
        if (text->empty()) continue;
        auto d = core::parseIsoDay(*text);
        if (!d) {
            printError(core::makeError("expected a date as YYYY-MM-DD, found '" + *text + "'", option));
            return 2;
        }
        *target = *d;
    }
    auto store = openStore(a.store, core::Store::Access::ReadWrite);  // signing in is audited
    if (!store) return 1;
    auto who = signIn(*store, a.as);
    if (!who) return 1;
    auto reader = core::RoleReader::open(*store, *who);
    if (!reader) {
        printError(reader.error());
        return 1;
    }
    auto series = core::loadTrendSeries(*store, &*reader, window, *source);
    if (!series) {
        printError(series.error());
        return 1;
    }
    const auto findings = core::detectTrends(*series);
    std::map<std::size_t, core::TrendAlert> alertOf;
    if (!a.noAlerts) {
        auto alerts = core::raiseTrendAlerts(*store, findings, nowSeconds());
        if (!alerts) {
            printError(alerts.error());
            return 1;
        }
        for (const core::TrendAlert& alert : *alerts) alertOf[alert.finding] = alert;
    }
    ordered_json out = ordered_json::array();
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const core::TrendFinding& f = findings[i];
        ordered_json channels = ordered_json::object(), lead = ordered_json::object();
        for (const core::ChannelBurst& b : f.channels) {
            channels[b.channel] = {{"observed", b.observed}, {"expected", round2(b.expected)}};
            lead[b.channel] = f.leadLagDays.at(b.channel);
        }
        // Samples as this role may read them: redacted, restricted ones left out.
        ordered_json samples = ordered_json::array();
        if (auto ids = core::findingSampleIds(*store, f, 12)) {
            for (std::int64_t id : *ids) {
                auto shown = reader->show(id, {});
                if (!shown || !*shown || (*shown)->verbatim.locked) continue;
                samples.push_back(
                    {{"id", id}, {"channel", (*shown)->verbatim.channel}, {"text", (*shown)->verbatim.text}});
                if (samples.size() == 3) break;
            }
        }
        ordered_json alert = nullptr;
        if (auto it = alertOf.find(i); it != alertOf.end()) {
            alert = {{"escalation", it->second.escalationId}, {"opened", it->second.opened}, {"grew", it->second.grew}};
        }
        out.push_back({{"topic", f.topic},
                       {"kind", f.phrase ? "phrase" : "category"},
                       {"class", core::trendClassName(f.cls)},
                       {"start", isoDay(f.startDay)},
                       {"end", isoDay(f.endDay)},
                       {"channels", channels},
                       {"lead_lag_days", lead},
                       {"intensity_trend", round2(f.intensityTrend)},
                       {"mean_anger", round2(f.meanAnger)},
                       {"negative_share", round2(f.negativeShare)},
                       {"accelerating", f.accelerating},
                       {"why", f.why},
                       {"related", f.related},
                       {"samples", samples},
                       {"alert", alert}});
    }
    if (a.json) {
        std::cout << ordered_json{{"findings", out}}.dump() << '\n';
        return 0;
    }
    std::cout << std::left << std::setw(9) << "CLASS" << std::setw(12) << "START" << std::setw(12) << "END"
              << std::setw(36) << "TOPIC"
              << "CHANNELS (observed/expected, lead days)\n";
    for (const auto& f : out) {
        std::string chans;
        for (auto it = f["channels"].begin(); it != f["channels"].end(); ++it) {
            std::ostringstream one;
            one << it.key() << " " << it.value()["observed"].get<std::int64_t>() << "/" << std::fixed
                << std::setprecision(1) << it.value()["expected"].get<double>() << " +"
                << f["lead_lag_days"][it.key()].get<int>() << "d";
            chans += (chans.empty() ? "" : ", ") + one.str();
        }
        std::cout << std::setw(9) << f["class"].get<std::string>() << std::setw(12) << f["start"].get<std::string>()
                  << std::setw(12) << f["end"].get<std::string>() << std::setw(36) << f["topic"].get<std::string>()
                  << chans << "\n         " << f["why"].get<std::string>() << "\n";
        if (!f["related"].empty()) std::cout << "         with " << f["related"].dump() << "\n";
        if (!f["alert"].is_null()) {
            std::cout << "         escalation #" << f["alert"]["escalation"].get<std::int64_t>()
                      << (f["alert"]["opened"].get<bool>() ? " opened"
                          : f["alert"]["grew"].get<bool>() ? " raised: now a tsunami"
                                                           : " (alerted before)")
                      << "\n";
        }
    }
    std::cout << out.size() << " findings\n";
    return 0;
}

}  // namespace tw::cli
