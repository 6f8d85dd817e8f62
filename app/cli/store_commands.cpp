#include "store_commands.h"

#include "sign_in.h"
#include "store/audit_repository.h"

#include "demo/demo_corpus.h"
#include "store/store.h"
#include "store/verbatim_reader.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace tw::cli {

using nlohmann::ordered_json;

void printError(const core::Error& e) { std::cerr << "tidewatch-cli: " << e.describe() << '\n'; }

std::optional<core::Store> openStore(const std::string& path, core::Store::Access access) {
    auto s = core::Store::open(path, access);
    if (!s) {
        printError(s.error());
        return std::nullopt;
    }
    return std::move(s.value());
}

ordered_json verbatimJson(const core::Verbatim& v) {
    ordered_json j;
    j["id"] = v.id;
    j["external_id"] = v.externalId ? ordered_json(*v.externalId) : ordered_json(nullptr);
    j["channel"] = v.channel;
    j["created_at"] = v.createdAt ? ordered_json(core::formatIsoUtc(*v.createdAt)) : ordered_json(nullptr);
    j["text"] = v.text;
    if (v.sentiment) j["sentiment"] = {{"score", std::round(*v.sentiment * 1000.0) / 1000.0}, {"label", v.label}};
    return j;
}

int runInit(const std::string& path, bool json) {
    auto s = core::Store::create(path);
    if (!s) {
        printError(s.error());
        return 1;
    }
    if (json)
        std::cout << ordered_json{{"store", path}, {"schema_version", s->schemaVersion()}}.dump() << '\n';
    else
        std::cout << "Store ready: " << path << " (schema " << s->schemaVersion() << ")\n";
    return 0;
}

int runImport(const std::string& path, const std::string& file, const core::ImportOptions& options, bool json,
              const std::string& as) {
    auto store = openStore(path);
    if (!store) return 1;
    if (!whoActs(*store, as)) return 1;
    bool tty = ::isatty(STDERR_FILENO) != 0;
    core::ProgressSink progress;
    if (tty) {
        progress = [](const core::Progress& p) {
            double pct = p.totalBytes ? 100.0 * static_cast<double>(p.bytes) / static_cast<double>(p.totalBytes) : 0;
            std::fprintf(stderr, "\rimporting: %llu records, %.0f%%", static_cast<unsigned long long>(p.records), pct);
        };
    }
    auto r = core::importFile(*store, file, options, progress);
    if (tty) std::fprintf(stderr, "\r\033[K");
    if (!r) {
        printError(r.error());
        return 1;
    }
    const auto& c = r->counters;
    if (json) {
        ordered_json j;
        j["read"] = c.read;
        j["stored"] = c.stored;
        j["duplicates"] = c.duplicates;
        j["quarantined"] = c.quarantined;
        ordered_json errors = ordered_json::array();
        for (const auto& e : r->errors) errors.push_back({{"location", e.location}, {"reason", e.reason}});
        j["errors"] = errors;
        j["errors_total"] = r->errorTotal;
        j["run"] = r->runId;
        j["resumed"] = r->resumed;
        j["format"] = r->plan.format;
        j["encoding"] = r->plan.encoding;
        std::cout << j.dump() << '\n';
    } else {
        std::cout << (r->resumed ? "Resumed and finished" : "Imported") << " " << file << " (" << r->plan.format << ", "
                  << r->plan.encoding << "): read " << c.read << ", stored " << c.stored << ", duplicates "
                  << c.duplicates << ", quarantined " << c.quarantined << "\n";
        for (const auto& e : r->errors) std::cout << "  quarantined " << e.location << ": " << e.reason << "\n";
        if (r->errorTotal > static_cast<std::int64_t>(r->errors.size())) {
            std::cout << "  ... and " << r->errorTotal - static_cast<std::int64_t>(r->errors.size())
                      << " more (tidewatch-cli quarantine " << path << " --run " << r->runId << ")\n";
        }
    }
    return 0;
}

int runStats(const std::string& path, bool json, const std::string& as) {
    auto store = openStore(path, core::Store::Access::ReadWrite);  // signing in is audited
    if (!store) return 1;
    if (!whoActs(*store, as)) return 1;
    auto s = store->stats();
    if (!s) {
        printError(s.error());
        return 1;
    }
    auto date = [](const std::optional<std::int64_t>& t) {
        return t ? ordered_json(core::formatIsoDate(*t)) : ordered_json(nullptr);
    };
    if (json) {
        ordered_json channels = ordered_json::object();
        for (const auto& c : s->channels) channels[c.channel] = c.count;
        std::cout << ordered_json{{"verbatims", s->verbatims},
                                  {"import_runs", s->importRuns},
                                  {"quarantined", s->quarantined},
                                  {"undated", s->undated},
                                  {"first", date(s->firstCreatedAt)},
                                  {"last", date(s->lastCreatedAt)},
                                  {"channels", channels},
                                  {"schema_version", s->schemaVersion}}
                         .dump()
                  << '\n';
    } else {
        std::cout << "verbatims:   " << s->verbatims << "\nimport runs: " << s->importRuns
                  << "\nquarantined: " << s->quarantined << "\nundated:     " << s->undated << "\n";
        if (s->firstCreatedAt) {
            std::cout << "period:      " << core::formatIsoDate(*s->firstCreatedAt) << " .. "
                      << core::formatIsoDate(*s->lastCreatedAt) << "\n";
        }
        for (const auto& c : s->channels) std::cout << "  " << c.channel << ": " << c.count << "\n";
    }
    return 0;
}

int runQuarantine(const std::string& path, std::optional<long long> run, int limit, bool json, const std::string& as) {
    auto store = openStore(path, core::Store::Access::ReadWrite);  // signing in is audited
    if (!store) return 1;
    auto who = whoActs(*store, as);
    if (!who) return 1;
    // A rejected record's bytes are shown with personal data as tags unless the role reads text
    // as written.
    const bool redactRaw = who->context && who->context->policy.unflagged != core::TextAccess::Full;
    auto rows = store->quarantine(run ? std::optional<std::int64_t>(*run) : std::nullopt, limit);
    if (!rows) {
        printError(rows.error());
        return 1;
    }
    ordered_json arr = ordered_json::array();
    for (auto q : *rows) {
        if (redactRaw) q.raw = core::redactWithSpans(q.raw, {}).text;
        if (json) {
            arr.push_back(
                {{"run", q.importRunId},
                 {"location", q.location},
                 {"reason", q.reason},
                 {"raw", nlohmann::json(q.raw).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)}});
        } else {
            std::cout << "run " << q.importRunId << "\t" << q.location << "\t" << q.reason << "\n";
        }
    }
    if (json) std::cout << arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return 0;
}

int runDemo(const std::string& dir, unsigned long long seed, double volume, bool json) {
    core::DemoOptions o;
    o.seed = seed;
    o.volume = volume;
    auto r = core::writeDemoCorpus(dir, o);
    if (!r) {
        printError(r.error());
        return 1;
    }
    if (json) {
        std::cout << ordered_json{{"corpus", r->corpusPath}, {"truth", r->truthPath}, {"records", r->records}}.dump()
                  << '\n';
    } else {
        std::cout << "Wrote " << r->records << " verbatims to " << r->corpusPath << " and the truth file "
                  << r->truthPath << "\n";
    }
    return 0;
}

}  // namespace tw::cli
