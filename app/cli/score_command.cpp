#include "score_command.h"

#include "sign_in.h"
#include "store/rule_changes.h"

#include "analysis/sentiment_analyzer.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "jobs/risk_job.h"
#include "jobs/text_scorer.h"
#include "risk/escalation_detector.h"
#include "risk/pii.h"
#include "rules/taxonomy.h"
#include "store/analysis_repository.h"
#include "store/risk_repository.h"
#include "store_commands.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace tw::cli {

namespace {

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

// A taxonomy or rule pack read from a file, by T::fromJson.
template <typename T>
core::Result<T> loadJsonFile(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::makeError(std::string("cannot read the ") + what + " file", path);
    std::stringstream content;
    content << in.rdbuf();
    return T::fromJson(content.str(), path);
}

}  // namespace

int runScore(const ScoreOptions& o) {
    // CLD2 allocates and frees a large scratch buffer for every text; keep such blocks in the
    // heap instead of mapping and unmapping them each time (that cost more than the scoring).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    auto analyzer = core::SentimentAnalyzer::create(o.lexicons);
    if (!analyzer) {
        printError(analyzer.error());
        return 1;
    }
    std::optional<core::Taxonomy> own;
    if (!o.taxonomy.empty()) {
        auto t = loadJsonFile<core::Taxonomy>(o.taxonomy, "taxonomy");
        if (!t) {
            printError(t.error());
            return 1;
        }
        own = std::move(t.value());
    }
    const core::Taxonomy& taxonomy = own ? *own : core::Taxonomy::builtin();
    std::optional<core::EscalationDetector> ownRules;
    if (!o.escalationRules.empty()) {
        auto d = loadJsonFile<core::EscalationDetector>(o.escalationRules, "escalation rules");
        if (!d) {
            printError(d.error());
            return 1;
        }
        ownRules = std::move(d.value());
    }
    const core::EscalationDetector& detector = ownRules ? *ownRules : core::EscalationDetector::builtin();
    std::ios::sync_with_stdio(false);
    std::string line;
    long long lineNo = 0;
    int status = 0;
    const auto dump = [](const nlohmann::ordered_json& j) {
        return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    core::TextScorer scorer(*analyzer, taxonomy, detector, o.explain);
    std::string record;
    while (std::getline(std::cin, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::string id = std::to_string(lineNo);
        std::string text = line;
        std::optional<std::string> lang = o.lang;
        if (o.jsonl) {
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            nlohmann::json obj = nlohmann::json::parse(line, nullptr, false);
            if (!obj.is_object() || !obj.contains("text") || !obj["text"].is_string()) {
                std::string why = obj.is_discarded() ? "broken JSON" : "expected an object with a \"text\" string";
                std::cerr << "tidewatch-cli: stdin: line " << lineNo << ": " << why << "\n";
                std::cout << dump({{"id", obj.is_object() && obj.contains("id") ? obj["id"] : nlohmann::json(lineNo)},
                                   {"error", "line " + std::to_string(lineNo) + ": " + why}})
                          << '\n';
                status = 1;
                continue;
            }
            if (obj.contains("id")) id = dump(obj["id"]);
            text = obj["text"].get<std::string>();
            if (!lang && obj.contains("lang") && obj["lang"].is_string()) lang = obj["lang"].get<std::string>();
        }
        // Offsets are code points of valid UTF-8: repair what is not (as import does).
        if (!core::isValidUtf8(text)) {
            core::Utf8Repair repaired;
            text = core::repairUtf8(text, repaired);
        }
        record.clear();
        scorer.appendRecord(record, id, text, lang);
        record += '\n';
        std::cout << record;
    }
    std::cout.flush();
    return status;
}

namespace {

// Keeps the analyze command's escalation settings in the store before scanning (an admin's
// change on a store with users; audited).
core::Status applyRiskSettings(core::Store& store, const Actor& who, const std::string& rulesFile,
                               const std::string& escalateFrom) {
    core::RiskRepository repo(store);
    if (!escalateFrom.empty()) {
        auto s = core::severityFromName(escalateFrom);
        if (!s) return core::makeError("use low, medium, high or critical", "--escalate-from");
        if (auto st = core::changeRules(store, who.governed(), who.name, core::RuleKind::EscalationRules,
                                        "escalation threshold", "from " + escalateFrom, nowSeconds(),
                                        [&] { return repo.setEscalationThreshold(*s); });
            !st)
            return st;
    }
    if (rulesFile.empty()) return core::Ok{};
    std::ifstream in(rulesFile, std::ios::binary);
    if (!in) return core::makeError("cannot read the escalation rules file", rulesFile);
    std::stringstream content;
    content << in.rdbuf();
    return core::changeRules(store, who.governed(), who.name, core::RuleKind::EscalationRules, "escalation rules",
                             "from " + rulesFile, nowSeconds(),
                             [&] { return repo.setEscalationRules(content.str(), rulesFile); });
}

}  // namespace

int runAnalyze(const std::string& path, const std::string& as, int threads, const std::vector<std::string>& lexicons,
               const std::string& escalationRules, const std::string& escalateFrom, bool json) {
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    auto store = core::Store::open(path);
    if (!store) {
        printError(store.error());
        return 1;
    }
    auto who = whoActs(*store, as);
    if (!who) return 1;
    if (auto st = applyRiskSettings(*store, *who, escalationRules, escalateFrom); !st) {
        printError(st.error());
        return 1;
    }
    auto analyzer = core::analyzerForStore(*store, lexicons);
    if (!analyzer) {
        printError(analyzer.error());
        return 1;
    }
    const bool tty = ::isatty(STDERR_FILENO) != 0;
    auto progressFor = [tty](const char* what) -> core::ProgressSink {
        if (!tty) return {};
        return [what](const core::Progress& p) {
            std::fprintf(stderr, "\r%s: %llu of %llu", what, static_cast<unsigned long long>(p.records),
                         static_cast<unsigned long long>(p.totalBytes));
        };
    };
    auto r = core::analyzeStore(*store, *analyzer, threads, progressFor("analysing"));
    if (tty) std::fprintf(stderr, "\r\033[K");
    if (!r) {
        printError(r.error());
        return 1;
    }
    // Categories next: their rules may test the analysis (sentiment:negative).
    auto c = core::categorizeStore(*store, threads);
    if (!c) {
        printError(c.error());
        return 1;
    }
    auto k = core::scanRisks(*store, threads, progressFor("scanning for personal data and flags"));
    if (tty) std::fprintf(stderr, "\r\033[K");
    if (!k) {
        printError(k.error());
        return 1;
    }
    if (json) {
        std::cout << nlohmann::ordered_json{{"analysed", r->analysed},
                                            {"analyzer", r->analyzer},
                                            {"seconds", round3(r->seconds)},
                                            {"categorized",
                                             {{"tested", c->tested},
                                              {"matches", c->matches},
                                              {"seconds", round3(c->seconds)}}},
                                            {"risk",
                                             {{"scanned", k->scanned},
                                              {"with_pii", k->withPii},
                                              {"flagged", k->flagged},
                                              {"escalations_opened", k->opened},
                                              {"flags_merged", k->merged},
                                              {"detector", k->detector},
                                              {"seconds", round3(k->seconds)}}}}
                         .dump()
                  << '\n';
    } else {
        std::cout << "Analysed " << r->analysed << " verbatims with " << r->analyzer << " in " << round3(r->seconds)
                  << " s" << (r->analysed == 0 ? " (everything was up to date)" : "") << "\n";
        std::cout << "Categorised " << c->tested << " verbatims (" << c->matches << " category matches) in "
                  << round3(c->seconds) << " s\n";
        std::cout << "Scanned " << k->scanned << " verbatims for personal data and escalation flags in "
                  << round3(k->seconds) << " s: " << k->withPii << " with personal data, " << k->flagged << " flagged, "
                  << k->opened << " escalations opened, " << k->merged << " flags merged\n";
    }
    return 0;
}

int runLexicon(const std::string& path, const std::string& as, const std::string& action, const std::string& term,
               const std::string& value, const std::string& tags, bool json) {
    auto store = core::Store::open(path);
    if (!store) {
        printError(store.error());
        return 1;
    }
    core::AnalysisRepository repo(*store);
    if (action == "list") {
        auto text = repo.lexiconOverrides();
        if (!text) {
            printError(text.error());
            return 1;
        }
        if (!json) {
            std::cout << *text;
            return 0;
        }
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        std::istringstream lines(*text);
        for (std::string line; std::getline(lines, line);) {
            auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
            arr.push_back({{"term", line.substr(0, t1)},
                           {"value", line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1)},
                           {"tags", t2 == std::string::npos ? "" : line.substr(t2 + 1)}});
        }
        std::cout << arr.dump() << '\n';
        return 0;
    }
    if (term.empty()) {
        printError(core::makeError("name the term", "lexicon " + action));
        return 2;
    }
    auto who = whoActs(*store, as);
    if (!who) return 1;
    if (action == "remove") {
        if (auto st = core::changeRules(*store, who->governed(), who->name, core::RuleKind::Lexicon, "lexicon",
                                        "removed '" + term + "'", nowSeconds(),
                                        [&] { return repo.removeLexiconOverride(term); });
            !st) {
            printError(st.error());
            return 1;
        }
        return 0;
    }
    if (action != "set") {
        printError(core::makeError("use list, set or remove", "lexicon " + action));
        return 2;
    }
    std::string lowered = term;
    for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    core::Lexicon check;
    if (auto st = check.load(lowered + "\t" + value + (tags.empty() ? "" : "\t" + tags) + "\n", "lexicon set"); !st) {
        printError(core::makeError(st.error().message, "lexicon set"));
        return 2;
    }
    if (auto st = core::changeRules(*store, who->governed(), who->name, core::RuleKind::Lexicon, "lexicon",
                                    "'" + lowered + "' = " + value + (tags.empty() ? "" : " [" + tags + "]"),
                                    nowSeconds(), [&] { return repo.setLexiconOverride(lowered, value, tags); });
        !st) {
        printError(st.error());
        return 1;
    }
    std::cout << "The store's lexicon now has '" << lowered << "' = " << value << "; run 'tidewatch-cli analyze "
              << path << "' to re-score\n";
    return 0;
}

}  // namespace tw::cli
