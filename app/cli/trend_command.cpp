#include "trend_command.h"

#include "sign_in.h"
#include "store/phrase_scan.h"
#include "store/role_reader.h"
#include "store/trend_series.h"
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
    if (a.by != "category") {
        printError(core::makeError("only 'category' topics are built so far", "--by"));
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
    auto series = core::loadCategorySeries(*store, window);
    if (!series) {
        printError(series.error());
        return 1;
    }
    const auto findings = core::detectTrends(*series);
    ordered_json out = ordered_json::array();
    for (const core::TrendFinding& f : findings) {
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
        out.push_back({{"topic", f.topic},
                       {"class", core::trendClassName(f.cls)},
                       {"start", isoDay(f.startDay)},
                       {"end", isoDay(f.endDay)},
                       {"channels", channels},
                       {"lead_lag_days", lead},
                       {"intensity_trend", round2(f.intensityTrend)},
                       {"mean_anger", round2(f.meanAnger)},
                       {"accelerating", f.accelerating},
                       {"why", f.why},
                       {"samples", samples}});
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
    }
    std::cout << out.size() << " findings\n";
    return 0;
}

}  // namespace tw::cli
