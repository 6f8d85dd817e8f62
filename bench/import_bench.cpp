// tidewatch-bench import [--rows N] [--dir DIR] [--repeat K]
// Generates an N-row feedback CSV (about 250 bytes a row), then measures, each in a child
// process: Tidewatch's import + full-text index, and the peer: the sqlite3 shell's .import plus
// an FTS5 external-content 'rebuild' of the same file. Prints wall time, records/s and peak RSS.
#include "bench_util.h"
#include "ingest/importer.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using tw::bench::inChild;
using tw::bench::Measure;

void generate(const std::string& path, long rows) {
    static const char* words[] = {"delivery", "late",    "refund", "charged",   "twice",   "staff",  "friendly",
                                  "app",      "crashes", "login",  "waited",    "hour",    "parcel", "courier",
                                  "price",    "quality", "broken", "excellent", "support", "agent",  "order",
                                  "never",    "arrived", "again",  "thank",     "you",     "the",    "was",
                                  "and",      "my",      "for",    "not",       "very",    "service"};
    static const char* channels[] = {"twitter", "review", "survey", "call", "email", "chat"};
    std::ofstream out(path, std::ios::binary);
    out << "id,created_at,channel,rating,text\n";
    std::uint64_t s = 42;
    auto next = [&] {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return s >> 33;
    };
    std::string line;
    for (long i = 0; i < rows; ++i) {
        line = std::to_string(i) + ",2026-" + std::to_string(1 + next() % 12) + "-" + std::to_string(1 + next() % 28) +
               "T10:00:00Z," + channels[next() % 6] + "," + std::to_string(1 + next() % 5) + ",\"";
        std::size_t target = 170 + next() % 60;
        std::size_t start = line.size();
        while (line.size() - start < target) {
            line += words[next() % (sizeof words / sizeof *words)];
            line += ' ';
        }
        line += "\"\n";
        out << line;
    }
}

}  // namespace

int runImportBench(int argc, char** argv) {
    long rows = 1000000;
    int repeat = 1;
    std::string dir = std::filesystem::temp_directory_path() / "tidewatch-bench";
    for (int i = 0; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rows") && i + 1 < argc)
            rows = std::atol(argv[++i]);
        else if (!std::strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: tidewatch-bench import [--rows N] [--dir DIR] [--repeat K]\n");
            return 2;
        }
    }
    std::filesystem::create_directories(dir);
    std::string csv = dir + "/bench_" + std::to_string(rows) + ".csv";
    if (!std::filesystem::exists(csv)) {
        std::fprintf(stderr, "generating %s ...\n", csv.c_str());
        generate(csv, rows);
    }
    auto size = std::filesystem::file_size(csv);
    auto clean = [](const std::string& db) {
        for (const char* s : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(db + s);
    };

    std::string ours = dir + "/ours.tw";
    auto runOurs = [&] {
        clean(ours);
        return inChild([&] {
            auto store = tw::core::Store::create(ours);
            if (!store) return 1;
            auto r = tw::core::importFile(*store, csv, {});
            if (!r || r->counters.stored != rows) {
                std::fprintf(stderr, "import failed or incomplete\n");
                return 1;
            }
            return 0;
        });
    };

    std::string peer = dir + "/peer.db";
    std::string script = dir + "/peer.sql";
    {
        std::ofstream s(script);
        s << ".mode csv\n.import " << csv << " verbatim\n"
          << "CREATE VIRTUAL TABLE verbatim_fts USING fts5(text, content='verbatim', content_rowid='rowid');\n"
          << "INSERT INTO verbatim_fts(verbatim_fts) VALUES ('rebuild');\n";
    }
    auto runPeer = [&] {
        clean(peer);
        return inChild([&] {
            int fd = ::open(script.c_str(), O_RDONLY);
            if (fd < 0) return 1;
            dup2(fd, 0);
            execlp("sqlite3", "sqlite3", peer.c_str(), static_cast<char*>(nullptr));
            return 127;
        });
    };
    // Alternate the two so that drifting disk and cache state affects both; report medians.
    std::vector<Measure> as, bs;
    for (int k = 0; k < repeat; ++k) {
        as.push_back(runOurs());
        bs.push_back(runPeer());
    }
    auto median = [](std::vector<Measure> v) {
        std::sort(v.begin(), v.end(), [](const Measure& x, const Measure& y) { return x.seconds < y.seconds; });
        return v[v.size() / 2];
    };
    Measure a = median(as), b = median(bs);

    std::printf("import + full-text index of %ld rows (%.0f MB CSV), median of %d runs each\n", rows,
                static_cast<double>(size) / 1e6, repeat);
    std::printf("%-42s %10s %14s %14s\n", "", "seconds", "records/s", "peak RSS MB");
    std::printf("%-42s %10.2f %14.0f %14.1f%s\n", "tidewatch-cli import (NFC, dedup, FTS5)", a.seconds,
                static_cast<double>(rows) / a.seconds, static_cast<double>(a.peakKb) / 1024.0,
                a.status ? "  FAILED" : "");
    std::printf("%-42s %10.2f %14.0f %14.1f%s\n", "sqlite3 .import + FTS5 rebuild (peer)", b.seconds,
                static_cast<double>(rows) / b.seconds, static_cast<double>(b.peakKb) / 1024.0,
                b.status ? "  FAILED" : "");
    std::printf("ratio (ours / peer): %.2fx (budget: at most 2x); peak RSS budget: 256 MB\n", a.seconds / b.seconds);
    return a.status || b.status;
}
