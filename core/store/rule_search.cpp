#include "store/rule_search.h"

#include "rules/fts_prefilter.h"
#include "store/database.h"
#include "store/sealed_text.h"
#include "store/verbatim_reader.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <thread>

namespace tw::core {

namespace {

// Candidates matched together when their order does not matter.
constexpr std::size_t kMatchBatch = 512;

bool usesSpeakers(const QueryNode& n) {
    return anyNode(
        n, [](const QueryNode& q) { return q.kind == QueryNode::Kind::Customer || q.kind == QueryNode::Kind::Agent; });
}

}  // namespace

RuleInput ruleInputFor(const Verbatim& v, const TokenizedText& tokens) {
    RuleInput in;
    in.text = v.text;
    in.tokens = &tokens;
    in.channel = v.channel;
    in.language = v.language ? std::string_view(*v.language) : std::string_view();
    in.createdAt = v.createdAt;
    in.rating = v.rating;
    in.analysed = !v.label.empty();
    in.label = v.label;
    in.sentiment = v.sentiment.value_or(0.0);
    in.intensity = v.intensity;
    in.emotions = v.emotions;
    in.effort = v.effort;
    in.attributes = v.attributes;
    in.categories = &v.categories;
    return in;
}

Status forEachRuleMatch(Store& store, std::string_view rule, const std::function<bool(const RuleHit&)>& sink,
                        MatchOrder order, const KeyRing* fullKeys, const std::function<bool()>& keepGoing,
                        const BrowseFilter* conditions) {
    RuleSet rules;
    auto id = rules.add(rule);
    if (!id) return id.error();
    const QueryNode& compiled = rules.rule(id.value());
    const bool speakers = usesSpeakers(compiled);
    const bool withCategories =
        order != MatchOrder::Any || (conditions && conditions->category) ||
        anyNode(compiled, [](const QueryNode& q) { return q.kind == QueryNode::Kind::Field && q.field == "category"; });
    // Agent turns only when the rule asks who spoke; one statement for the whole search.
    std::optional<Statement> turns;
    try {
        if (speakers) {
            turns.emplace(
                store.db().prepare("SELECT start_cp, end_cp FROM speaker_turn WHERE verbatim_id = ?1 AND speaker = "
                                   "'agent' ORDER BY start_cp"));
        }
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
    const bool openSealedToo = fullKeys && fullKeys->has(KeyTier::Full);
    bool stopped = false;
    auto test = [&](const Verbatim& v) {
        if (conditions && !meetsConditions(*conditions, v)) return true;
        TokenizedText tokens = tokenize(v.text);
        RuleInput in = ruleInputFor(v, tokens);
        if (turns) {
            turns->bind(1, v.id);
            while (turns->step()) in.agentTurns.emplace_back(turns->int64(0), turns->int64(1));
            turns->reset();
        }
        in.categories = &v.categories;
        RuleMatch m = rules.match(id.value(), in);
        if (!m.matched) return true;
        stopped = !sink(RuleHit{v, std::move(m)});
        return !stopped;
    };
    VerbatimReader reader(store);
    Status st = Ok{};
    if (order != MatchOrder::Any) {
        st = reader.forEachCandidate(
            ftsPrefilter(compiled),
            [&](const Verbatim& v) {
                if (keepGoing && !keepGoing()) return false;
                return (openSealedToo && v.sealed) || test(v);
            },
            order, conditions);
    } else {
        // In any order, on every core: this thread reads a batch of candidates (and their agent
        // turns) while the batch before it is matched on the workers, then hands its hits on.
        struct Batch {
            std::vector<Verbatim> verbatims;
            std::vector<std::vector<std::pair<std::size_t, std::size_t>>> turns;
            std::vector<RuleMatch> matches;
        };
        const std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
        auto matchAll = [&](Batch b) {
            b.matches.resize(b.verbatims.size());
            auto work = [&](std::size_t lo, std::size_t hi) {
                TokenizedText tokens;
                for (std::size_t k = lo; k < hi; ++k) {
                    tokenize(b.verbatims[k].text, tokens);
                    RuleInput in = ruleInputFor(b.verbatims[k], tokens);
                    in.agentTurns = b.turns[k];
                    b.matches[k] = rules.match(id.value(), in);
                }
            };
            const std::size_t n = b.verbatims.size(), per = (n + threads - 1) / threads;
            std::vector<std::thread> pool;
            for (std::size_t t = 1; t * per < n; ++t) pool.emplace_back(work, t * per, std::min(n, (t + 1) * per));
            work(0, std::min(n, per));
            for (auto& th : pool) th.join();
            return b;
        };
        Batch filling;
        std::future<Batch> matching;
        auto handOn = [&] {  // the batch matched before, then the one filled starts
            if (matching.valid()) {
                Batch done = matching.get();
                for (std::size_t k = 0; k < done.verbatims.size() && !stopped; ++k) {
                    if (done.matches[k].matched)
                        stopped = !sink(RuleHit{std::move(done.verbatims[k]), std::move(done.matches[k])});
                }
            }
            if (!stopped && !filling.verbatims.empty())
                matching = std::async(std::launch::async, matchAll, std::move(filling));
            filling = Batch{};
        };
        st = reader.forEachCandidate(
            ftsPrefilter(compiled),
            [&](const Verbatim& v) {
                if (keepGoing && !keepGoing()) return false;
                if ((openSealedToo && v.sealed) || (conditions && !meetsConditions(*conditions, v))) return true;
                filling.verbatims.push_back(v);
                auto& agent = filling.turns.emplace_back();
                if (turns) {
                    turns->bind(1, v.id);
                    while (turns->step())
                        agent.emplace_back(static_cast<std::size_t>(turns->int64(0)),
                                           static_cast<std::size_t>(turns->int64(1)));
                    turns->reset();
                }
                if (filling.verbatims.size() == kMatchBatch) handOn();
                return !stopped;
            },
            order, conditions, withCategories);
        handOn();  // the last batch read starts
        handOn();  // and is handed on
    }
    if (!st || stopped || !openSealedToo) return st;
    // The sealed ones are opened one by one: they are few (restricted) and not in the index.
    return reader.forEachSealed([&](const Verbatim& v) {
        auto opened = openSealed(store, {v.id}, fullKeys, true);
        if (!opened) {
            st = opened.error();
            return false;
        }
        auto it = opened->find(v.id);
        if (it == opened->end() || !it->second.full) return true;
        Verbatim plain = v;
        plain.text = std::move(*it->second.full);
        return test(plain);
    });
}

std::int64_t RuleCount::estimate() const {
    if (exact() || verified == 0) return matches;
    return static_cast<std::int64_t>(
        static_cast<double>(matches) * static_cast<double>(candidates) / static_cast<double>(verified) + 0.5);
}

Result<RuleCount> countRuleMatches(Store& store, std::string_view rule, std::int64_t budgetMs,
                                   const std::function<void(const RuleHit&)>& onMatch,
                                   const std::function<bool()>& stop) {
    RuleSet rules;
    auto id = rules.add(rule);
    if (!id) return id.error();
    const std::string fts = ftsPrefilter(rules.rule(id.value()));
    RuleCount count;
    try {
        auto q = store.db().prepare(fts.empty() ? "SELECT count(*) FROM verbatim WHERE sealed = 0"
                                                : "SELECT count(*) FROM verbatim_fts WHERE verbatim_fts MATCH ?1");
        if (!fts.empty()) q.bind(1, fts);
        if (q.step()) count.candidates = q.int64(0);
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
    const auto start = std::chrono::steady_clock::now();
    bool stopped = false;
    auto st = forEachRuleMatch(
        store, rule,
        [&](const RuleHit& h) {
            ++count.matches;
            if (onMatch) onMatch(h);
            return true;
        },
        MatchOrder::Any, nullptr,
        [&] {
            // The clock and `stop` are read every 256 candidates: cheap, and within milliseconds.
            if ((count.verified & 255) == 255) {
                const auto spent =
                    std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
                        .count();
                if ((budgetMs > 0 && spent >= budgetMs) || (stop && stop())) {
                    stopped = true;
                    return false;
                }
            }
            ++count.verified;
            return true;
        });
    if (!st) return st.error();
    if (!stopped) count.verified = count.candidates;  // every candidate was seen (sealed ones aside)
    return count;
}

}  // namespace tw::core
