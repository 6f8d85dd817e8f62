// tidewatch-bench categorize STORE [--rules N] [--threads T]: categorising a whole store with a
// taxonomy of N rules (default 200), against an FTS5-only categoriser measured in the same run.
//
// The taxonomy is the built-in one (48 rules) and generated rules of the same shapes: OR lists of
// words, wildcards and phrases, with SENT(a NEAR/n b) clauses, AND NOT exclusions and a field now
// and then. Their words are drawn from the team's English lexicon (rare in the benchmark store's
// texts) and one or two a rule from the benchmark store's vocabulary (common), so that each rule
// has to be verified on many candidates, as a real taxonomy's broad categories have.
//
// The store's taxonomy is REPLACED by this one, and every category applied again from scratch.
//
// The peer (FTS5 only): for each rule, the full-text expression of its words (store/fts_prefilter)
// is run against the same index and its rows stored, one statement per rule. It finds no spans or
// sentences, ignores fields, proximity within sentences and exclusions, and keeps a superset.
#include "bench_util.h"
#include "jobs/categorize_job.h"
#include "rules/fts_prefilter.h"
#include "rules/taxonomy.h"
#include "store/category_repository.h"
#include "store/database.h"
#include "util/embedded_resources.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace {

using tw::bench::inChild;
using tw::bench::Measure;

// Every word of the import benchmark's generator (bench/import_bench.cpp).
const std::vector<std::string> kVocabulary = {
    "delivery", "late",   "refund", "charged", "twice",   "staff", "friendly", "app",    "crashes",
    "login",    "waited", "hour",   "parcel",  "courier", "price", "quality",  "broken", "excellent",
    "support",  "agent",  "order",  "never",   "arrived", "again", "thank",    "you",    "the",
    "was",      "and",    "my",     "for",     "not",     "very",  "service"};
// Those a taxonomy would use.
const std::vector<std::string> kCommon = {"delivery", "late",    "refund",  "charged", "twice",  "staff",
                                          "friendly", "app",     "crashes", "login",   "waited", "hour",
                                          "parcel",   "courier", "price",   "quality", "broken", "excellent",
                                          "support",  "agent",   "order",   "arrived", "service"};

std::vector<std::string> lexiconWords() {
    std::vector<std::string> out;
    std::ifstream in(std::string(TW_SOURCE_DIR) + "/resources/lexicons/en.tsv");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::string word = line.substr(0, line.find('\t'));
        if (word.size() < 4 || word.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
        // Rare in the benchmark's texts: not one of its words, nor sharing their first four letters.
        bool common = false;
        for (const std::string& v : kVocabulary) common = common || v.compare(0, 4, word, 0, 4) == 0;
        if (!common) out.push_back(word);
    }
    return out;
}

class Rng {
public:
    std::uint64_t next() {
        s_ = s_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return s_ >> 33;
    }
    template <class T>
    const T& pick(const std::vector<T>& v) {
        return v[next() % v.size()];
    }

private:
    std::uint64_t s_ = 2026;
};

// One generated rule: an OR list of 8 to 15 alternatives of rare words, and one clause of two
// common words (a phrase, or a sentence proximity); one rule in three with an exclusion, one in
// three for one channel. Each rule is then read for nearly every verbatim (its common words are in
// most texts) and matches about 2% of them: about 4 categories a verbatim with the built-in ones.
std::string generatedRule(Rng& rng, const std::vector<std::string>& rare) {
    std::vector<std::string> alts;
    const int n = 8 + static_cast<int>(rng.next() % 8);
    for (int k = 0; k < n; ++k) {
        const std::uint64_t shape = rng.next() % 10;
        const std::string& w = rng.pick(rare);
        if (shape < 5) {
            alts.push_back(w);
        } else if (shape < 7) {
            alts.push_back(w.substr(0, std::max<std::size_t>(4, w.size() - 2)) + "*");
        } else {
            alts.push_back("\"" + w + " " + rng.pick(rare) + "\"");
        }
    }
    if (rng.next() % 3 == 0) {
        alts.push_back("SENT(" + rng.pick(kCommon) + " NEAR/1 " + rng.pick(kCommon) + ")");
    } else {
        alts.push_back("\"" + rng.pick(kCommon) + " " + rng.pick(kCommon) + "\"");
    }
    std::string rule = "(";
    for (std::size_t k = 0; k < alts.size(); ++k) rule += (k ? " OR " : "") + alts[k];
    rule += ")";
    static const std::vector<std::string> channels = {"twitter", "review", "survey", "call", "email", "chat"};
    switch (rng.next() % 3) {
        case 0:
            rule += " AND NOT " + rng.pick(kCommon);
            break;
        case 1:
            rule += " AND channel:" + rng.pick(channels);
            break;
        default:
            break;
    }
    return rule;
}

std::string benchTaxonomy(int rules) {
    auto doc = nlohmann::json::parse(tw::core::embeddedResource("default.json"));
    int have = 0;
    std::function<void(const nlohmann::json&)> count = [&](const nlohmann::json& list) {
        for (const auto& c : list) {
            if (c.contains("rule")) ++have;
            if (c.contains("children")) count(c["children"]);
        }
    };
    count(doc["categories"]);
    const std::vector<std::string> rare = lexiconWords();
    Rng rng;
    nlohmann::json generated = nlohmann::json::array();
    for (int i = have; i < rules; ++i) {
        generated.push_back(
            {{"name", "Generated " + std::to_string(i - have + 1)}, {"rule", generatedRule(rng, rare)}});
    }
    doc["categories"].push_back({{"name", "Generated"}, {"children", generated}});
    doc["name"] = "benchmark taxonomy (" + std::to_string(rules) + " rules)";
    return doc.dump();
}

// The FTS5-only categoriser: each rule's full-text expression, its rows stored.
int peerCategorize(const std::string& path, const tw::core::Taxonomy& taxonomy, long long& rows) {
    auto store = tw::core::Store::open(path);
    if (!store) return 1;
    tw::core::Database& db = store->db();
    db.exec(
        "CREATE TEMP TABLE peer_category (category_id INTEGER, verbatim_id INTEGER,"
        " PRIMARY KEY (category_id, verbatim_id)) WITHOUT ROWID");
    tw::core::RuleSet compiled;
    int id = 0;
    for (const tw::core::Category& c : taxonomy.categories()) {
        ++id;
        if (c.rule.empty()) continue;
        auto r = compiled.add(c.rule);
        if (!r) return 1;
        const std::string fts = tw::core::ftsPrefilter(compiled.rule(*r));
        if (fts.empty()) continue;  // cannot be said in FTS5 alone
        tw::core::Transaction tx(db);
        auto q = db.prepare(
            "INSERT OR IGNORE INTO temp.peer_category SELECT ?1, rowid FROM verbatim_fts"
            " WHERE verbatim_fts MATCH ?2");
        q.bind(1, id).bind(2, fts);
        q.run();
        tx.commit();
    }
    auto n = db.prepare("SELECT count(*) FROM temp.peer_category");
    n.step();
    rows = n.int64(0);
    return 0;
}

}  // namespace

int runCategorizeBench(int argc, char** argv) {
    if (argc < 1) {
        std::fprintf(stderr, "usage: tidewatch-bench categorize STORE [--rules N] [--threads T]\n");
        return 2;
    }
    const std::string path = argv[0];
    int rules = 200, threads = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--rules")) rules = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
    }
    auto taxonomy = tw::core::Taxonomy::fromJson(benchTaxonomy(rules), "the benchmark taxonomy");
    if (!taxonomy) {
        std::fprintf(stderr, "%s\n", taxonomy.error().describe().c_str());
        return 1;
    }
    long long verbatims = 0;
    {
        auto store = tw::core::Store::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", store.error().describe().c_str());
            return 1;
        }
        tw::core::CategoryRepository repo(*store);
        if (auto st = repo.saveTaxonomy(*taxonomy); !st) {
            std::fprintf(stderr, "%s\n", st.error().describe().c_str());
            return 1;
        }
        store->db().exec("UPDATE category SET applied_through = 0, applied_fingerprint = ''");
        store->db().exec("DELETE FROM verbatim_category");
        auto n = store->db().prepare("SELECT count(*) FROM verbatim");
        n.step();
        verbatims = n.int64(0);
    }
    long long ours = 0, peer = 0;
    int pipe[2];
    if (::pipe(pipe) != 0) return 1;
    Measure m = inChild([&] {
        auto store = tw::core::Store::open(path);
        if (!store) return 1;
        auto r = tw::core::categorizeStore(*store, threads);
        if (!r) return 1;
        long long matches = r->matches;
        return ::write(pipe[1], &matches, sizeof matches) == sizeof matches ? 0 : 1;
    });
    if (m.status == 0 && ::read(pipe[0], &ours, sizeof ours) != sizeof ours) m.status = 1;
    Measure p = inChild([&] {
        long long rows = 0;
        if (peerCategorize(path, *taxonomy, rows) != 0) return 1;
        return ::write(pipe[1], &rows, sizeof rows) == sizeof rows ? 0 : 1;
    });
    if (p.status == 0 && ::read(pipe[0], &peer, sizeof peer) != sizeof peer) p.status = 1;
    ::close(pipe[0]);
    ::close(pipe[1]);
    if (m.status != 0 || p.status != 0) {
        std::fprintf(stderr, "a run failed (ours %d, peer %d)\n", m.status, p.status);
        return 1;
    }
    std::printf("categorising %lld verbatims with %zu rules:\n", verbatims, [&] {
        std::size_t n = 0;
        for (const auto& c : taxonomy->categories()) n += c.rule.empty() ? 0 : 1;
        return n;
    }());
    std::printf("  tidewatch categorize (%s threads)  %7.2f s  %9lld matches  peak %5ld MB\n",
                threads > 0 ? std::to_string(threads).c_str() : "all", m.seconds, ours, m.peakKb / 1024);
    std::printf("  peer: FTS5 only, one query a rule  %7.2f s  %9lld rows     peak %5ld MB\n", p.seconds, peer,
                p.peakKb / 1024);
    return 0;
}
