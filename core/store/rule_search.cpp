#include "store/rule_search.h"

#include "rules/fts_prefilter.h"
#include "store/database.h"
#include "store/sealed_text.h"
#include "store/verbatim_reader.h"
#include "text/tokenizer.h"

namespace tw::core {

namespace {

template <class Pred>
bool anyNode(const QueryNode& n, Pred&& pred) {
    if (pred(n)) return true;
    for (const auto& c : n.children) {
        if (anyNode(*c, pred)) return true;
    }
    return false;
}

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
                        MatchOrder order, const KeyRing* fullKeys) {
    RuleSet rules;
    auto id = rules.add(rule);
    if (!id) return id.error();
    const QueryNode& compiled = rules.rule(id.value());
    const bool speakers = usesSpeakers(compiled);
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
    auto st = reader.forEachCandidate(
        ftsPrefilter(compiled), [&](const Verbatim& v) { return (openSealedToo && v.sealed) || test(v); }, order);
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

}  // namespace tw::core
