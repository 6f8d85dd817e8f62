// tidewatch-bench trends [--rows N] [--days D] [--dir DIR]
// Builds a store of N verbatims over D days in six channels (written straight into the tables:
// 200 leaf categories, one or two per verbatim, an analysis row each, the full-text index), with
// a planted issue that rises on twitter and then in calls from 24 days before the end. Then measures, in a
// child process, what `tidewatch-cli trends` does: the category series (one grouped pass), the
// detection, and the phrase topics (emerging phrases of the final weeks and their daily counts
// from the full-text index). Prints the time of each step and the child's peak memory.
#include "bench_util.h"
#include "store/role_reader.h"
#include "store/trend_topics.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

namespace {

using namespace tw::core;

constexpr std::int64_t kFirstDay = 20'454;  // 2026-01-01
constexpr int kLeaves = 200;

const char* const kChannels[] = {"twitter", "review", "call", "chat", "email", "survey"};
const char* const kTexts[] = {
    "my parcel arrived late again and the courier never called",
    "waited an hour on the phone before anyone answered",
    "the staff in the store were friendly and helpful",
    "refund still not processed after three weeks",
    "price went up but the quality went down",
    "love the new loyalty points, great value",
    "the app logs me out every time I open it",
    "delivery was quick and the packaging was fine",
};
const char* const kPlanted = "the battery overheats while charging and the case melted";

Status build(const std::string& path, std::int64_t rows, int days) {
    auto store = Store::create(path);
    if (!store) return store.error();
    Database& db = store->db();
    Transaction tx(db);
    db.exec(
        "INSERT INTO import_run (id, file_path, file_name, file_size, fingerprint, format, encoding, mapping, "
        "started_at, state) VALUES (1, 'bench', 'bench', 0, 0, 'csv', 'utf-8', '{}', 0, 'done')");
    auto cat =
        db.prepare("INSERT INTO category (id, path, position, rule, rule_fingerprint) VALUES (?1, ?2, ?1, 'x', 'x')");
    for (int g = 0; g < kLeaves / 10; ++g) {
        cat.bind(1, 1000 + g).bind(2, "Group " + std::to_string(g));
        cat.run();
        for (int l = 0; l < 10; ++l) {
            cat.bind(1, g * 10 + l + 1).bind(2, "Group " + std::to_string(g) + "/Topic " + std::to_string(l));
            cat.run();
        }
    }
    auto v = db.prepare(
        "INSERT INTO verbatim (id, import_run_id, source_location, channel, created_at, text, content_hash, dedup_key)"
        " VALUES (?1, 1, 'line', ?2, ?3, ?4, ?1, ?1)");
    auto vc = db.prepare("INSERT INTO verbatim_category VALUES (?1, ?2, '[]', '[]')");
    auto a = db.prepare("INSERT INTO analysis VALUES (?1, 'bench', 'en', 1, ?2, ?3, ?4, 0, 0, 0, ?4, 0, 0, '[]')");
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> channel(0, 5), text(0, 7), leaf(1, kLeaves);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int plantedFrom = days - 24;  // in the final weeks, where phrases are looked for
    for (std::int64_t id = 1; id <= rows; ++id) {
        const int d = static_cast<int>((id - 1) * days / rows);
        const int c = channel(rng);
        // The planted issue: twitter from its first day, calls five days later, growing.
        const int since = d - plantedFrom - (c == 2 ? 5 : 0);
        const bool planted = (c == 0 || c == 2) && since >= 0 && since < 21 && unit(rng) < 0.01 * (1 + since / 3.0);
        const std::int64_t at = (kFirstDay + d) * 86400 + static_cast<std::int64_t>(unit(rng) * 86399);
        v.bind(1, id).bind(2, kChannels[c]).bind(3, at).bind(4, planted ? kPlanted : kTexts[text(rng)]);
        v.run();
        const int first = planted ? kLeaves : leaf(rng);
        vc.bind(1, first).bind(2, id);
        vc.run();
        if (unit(rng) < 0.3) {
            const int second = leaf(rng);
            if (second != first) {
                vc.bind(1, second).bind(2, id);
                vc.run();
            }
        }
        const double anger = planted ? 0.7 : unit(rng) * 0.4;
        a.bind(1, id).bind(2, -anger).bind(3, anger > 0.3 ? "negative" : "neutral").bind(4, anger);
        a.run();
    }
    db.exec("INSERT INTO verbatim_fts(verbatim_fts) VALUES ('rebuild')");
    tx.commit();
    return Ok{};
}

double since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

int measure(const std::string& path, TopicSource source) {
    auto store = Store::open(path, Store::Access::ReadOnly);
    if (!store) return 1;
    auto reader = RoleReader::open(*store, AccessContext::of("bench", Role::Analyst, Policies::defaults(), {}));
    if (!reader) return 1;
    const auto start = std::chrono::steady_clock::now();
    auto series = loadTrendSeries(*store, &*reader, {}, source);
    if (!series) {
        std::fprintf(stderr, "%s\n", series.error().describe().c_str());
        return 1;
    }
    const double load = since(start);
    const auto detectStart = std::chrono::steady_clock::now();
    const auto findings = detectTrends(*series);
    const double detect = since(detectStart);
    int planted = 0, byClass[3] = {0, 0, 0};
    for (const TrendFinding& f : findings) {
        const bool isPlanted = f.topic == "Group 19/Topic 9" || f.topic.find("battery") != std::string::npos;
        planted += isPlanted;
        ++byClass[static_cast<int>(f.cls)];
        if (isPlanted)
            std::printf("  planted: %s %s from day %lld, %s\n", trendClassName(f.cls), f.topic.c_str(),
                        static_cast<long long>(f.startDay - kFirstDay), f.why.c_str());
    }
    std::printf("  findings: %d ripples, %d waves, %d tsunamis\n", byClass[0], byClass[1], byClass[2]);
    std::printf(
        "  %-9s %4zu topics x %zu channels x %d days: series %.2f s, detection %.2f s, total %.2f s; "
        "%zu findings (planted issue found: %s)\n",
        source == TopicSource::Categories ? "category" : "both", series->topics.size(), series->channels.size(),
        series->days, load, detect, since(start), findings.size(), planted ? "yes" : "no");
    std::fflush(stdout);
    return planted ? 0 : 3;
}

}  // namespace

int runTrendsBench(int argc, char** argv) {
    std::int64_t rows = 1'000'000;
    int days = 365;
    std::string dir = std::filesystem::temp_directory_path() / "tidewatch-trends-bench";
    for (int i = 0; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rows"))
            rows = std::stoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--days"))
            days = std::stoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
    }
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/trends-" + std::to_string(rows) + "-" + std::to_string(days) + ".tw";
    if (!std::filesystem::exists(path)) {
        std::printf("building %s (%lld verbatims over %d days)...\n", path.c_str(), static_cast<long long>(rows), days);
        const auto start = std::chrono::steady_clock::now();
        if (auto st = build(path + ".part", rows, days); !st) {
            std::fprintf(stderr, "%s\n", st.error().describe().c_str());
            return 1;
        }
        std::filesystem::rename(path + ".part", path);
        std::printf("  built in %.1f s\n", since(start));
    }
    std::printf("tidewatch trends on %lld verbatims, %d days, 6 channels, 200 leaf categories:\n",
                static_cast<long long>(rows), days);
    int status = 0;
    for (TopicSource source : {TopicSource::Categories, TopicSource::Both}) {
        std::fflush(stdout);
        const auto m = tw::bench::inChild([&] { return measure(path, source); });
        std::printf("  %-9s wall %.2f s (with opening the store), peak memory %.0f MB\n",
                    source == TopicSource::Categories ? "category" : "both", m.seconds,
                    static_cast<double>(m.peakKb) / 1024.0);
        status = std::max(status, m.status);
    }
    return status;
}
