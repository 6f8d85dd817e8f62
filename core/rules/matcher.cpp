#include "rules/matcher.h"

#include "rules/affix_index.h"
#include "rules/category_path.h"
#include "rules/negation_scope.h"
#include "rules/query_parser.h"
#include "rules/rule_triggers.h"
#include "rules/term_memo.h"
#include "rules/word_forms.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace tw::core {

namespace {

using triggers::Conjunction;
using triggers::isPair;
using triggers::Key;
using triggers::PairIndex;
using triggers::pairKey;
using triggers::triggersOf;

std::optional<double> toNumber(std::string_view s) {
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
    return d;
}

// YYYY, YYYY-MM or YYYY-MM-DD as the half-open range of unix seconds it covers.
std::optional<std::pair<std::int64_t, std::int64_t>> dateRange(std::string_view s) {
    auto num = [&](std::size_t at, std::size_t len) -> std::optional<int> {
        if (at + len > s.size()) return std::nullopt;
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return std::nullopt;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    auto y = num(0, 4);
    if (!y) return std::nullopt;
    auto days = [](int yy, int m, int d) {
        return daysFromCivil(yy, static_cast<unsigned>(m), static_cast<unsigned>(d)) * 86400;
    };
    if (s.size() == 4) return std::make_pair(days(*y, 1, 1), days(*y + 1, 1, 1));
    auto m = num(5, 2);
    if (s.size() < 7 || s[4] != '-' || !m || *m < 1 || *m > 12) return std::nullopt;
    if (s.size() == 7) return std::make_pair(days(*y, *m, 1), *m == 12 ? days(*y + 1, 1, 1) : days(*y, *m + 1, 1));
    auto d = num(8, 2);
    if (s.size() != 10 || s[7] != '-' || !d || *d < 1 || *d > 31) return std::nullopt;
    std::int64_t start = days(*y, *m, *d);
    std::int64_t yy = 0;
    unsigned mm = 0, dd = 0;
    civilFromDays(start / 86400, yy, mm, dd);
    if (static_cast<int>(mm) != *m) return std::nullopt;  // 2026-02-30
    return std::make_pair(start, start + 86400);
}

Error fieldError(const QueryNode& n, const std::string& message) {
    return makeError(message, std::to_string(n.line) + ":" + std::to_string(n.column));
}

bool compare(double actual, const std::string& op, double wanted) {
    if (op == "<") return actual < wanted;
    if (op == "<=") return actual <= wanted;
    if (op == ">") return actual > wanted;
    if (op == ">=") return actual >= wanted;
    return actual == wanted;
}

}  // namespace

struct RuleSet::TermTable {
    FlatStringMap<std::vector<int>> exact;         // key -> terms
    AffixIndex prefixes{AffixIndex::End::Prefix};  // "refund" of refund* -> terms
    AffixIndex suffixes{AffixIndex::End::Suffix};  // "mycin" of *mycin -> terms
    // The rules' triggers (see triggersOf): per term and per pair, the triggers it is part of;
    // per trigger, its size and rule.
    std::vector<std::vector<std::uint32_t>> triggersOfTerm, triggersOfPair;
    PairIndex pairs;
    std::vector<std::uint8_t> triggerSize;
    std::vector<std::uint32_t> triggerRule;
    std::vector<std::pair<std::string, int>> globs;
    std::array<FlatStringMap<std::vector<int>>, 4> stems;  // per stemmer language
    int count = 0;
    std::uint64_t identity = 0;  // tells this table's cached evaluations from another's

    // A term written the same way in several rules (or twice in one) is one term: its
    // positions are found once a text, and a pair of words is one pair whichever rules hold it.
    std::unordered_map<std::string, int> ids;  // kind letter + text -> term

    int add(const QueryNode& n) {
        const std::string& t = n.text;
        const auto [known, added] = ids.try_emplace((n.wildcard ? "*" : n.stem ? "~" : "=") + t, count);
        if (!added) return known->second;
        const int id = count++;
        if (n.wildcard) {
            const bool simplePrefix = t.size() > 1 && t.back() == '*' && t.find_first_of("*?") == t.size() - 1;
            if (simplePrefix) {
                prefixes.add(t.substr(0, t.size() - 1), id);
            } else if (t.size() > 1 && t.front() == '*' && t.find_first_of("*?", 1) == std::string::npos) {
                suffixes.add(t.substr(1), id);
            } else {
                globs.emplace_back(t, id);
            }
        } else if (n.stem) {
            for (std::size_t l = 0; l < stems.size(); ++l) stems[l][stem(static_cast<int>(l), t)].push_back(id);
        } else {
            exact[t].push_back(id);
        }
        return id;
    }
};

// Positions of every term in one verbatim, and the token facts evaluation needs.
class RuleSet::Evaluation {
public:
    const RuleInput* input = nullptr;
    std::vector<std::vector<std::size_t>> positions;  // term -> token indexes, ascending
    std::vector<std::size_t> wordOrdinal;             // token -> words before it
    std::vector<std::uint8_t> agent;                  // token -> spoken by the agent (1)
    std::size_t found = 0;                            // term occurrences, all terms
    std::vector<char> possible;                       // rule -> one of its triggers is complete here
    std::vector<std::uint32_t> candidates;            // rules possible here and those needing no term
    std::vector<std::uint8_t> triggerFound;           // trigger -> its keys found so far
    std::vector<char> pairSeen;                       // pair -> found here
    std::vector<int> idsHere, idsBefore;              // terms of this token; since the last word
    std::vector<int> touched;                         // terms with positions, to clear for reuse
    std::uint64_t table = 0, terms = 0;               // the TermTable and its size it was built for
    mutable std::optional<nlohmann::json> attributes;
    // token -> negated (negation_scope.h), worked out when an AFFIRMED(...) first asks
    mutable std::vector<std::uint8_t> negated;
    mutable bool negationKnown = false;
};

namespace {

struct Hit {
    std::size_t first, last;  // token indexes, inclusive
};

struct Scope {
    std::size_t first = 0, end = 0;  // tokens
    int speaker = 0;                 // 0 any, 1 customer, 2 agent
    bool affirmed = false;           // inside AFFIRMED(...): negated words do not count
};

struct Value {
    bool matched = false;
    std::vector<Hit> hits;
};

bool inScope(const RuleSet::Evaluation& ev, const Scope& s, std::size_t tok) {
    if (tok < s.first || tok >= s.end) return false;
    if (s.speaker == 0) return true;
    return (ev.agent[tok] != 0) == (s.speaker == 2);
}

bool isWordLike(const Token& t) { return t.kind != Token::Kind::Punct; }

// Whether a word or phrase starting at token `tok` counts in the scope: inScope, and not negated
// inside AFFIRMED(...).
bool counts(const RuleSet::Evaluation& ev, const Scope& s, std::size_t tok) {
    if (!inScope(ev, s, tok)) return false;
    if (!s.affirmed) return true;
    if (!ev.negationKnown) {
        markNegated(*ev.input->tokens, ev.input->language, ev.negated);
        ev.negationKnown = true;
    }
    return ev.negated[tok] == 0;
}

}  // namespace

namespace {

Value evalNode(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope);

Value evalField(const QueryNode& n, const RuleSet::Evaluation& ev) {
    const RuleInput& in = *ev.input;
    const std::string& f = n.field;
    auto numeric = [&](std::optional<double> v) { return Value{v && compare(*v, n.op, n.number), {}}; };
    if (f == "channel") return Value{globMatch(matchKey(n.value), matchKey(in.channel)), {}};
    if (f == "lang") return Value{matchKey(in.language) == matchKey(n.value), {}};
    if (f == "rating") return numeric(in.rating);
    if (f == "intensity") return numeric(in.analysed ? std::optional<double>(in.intensity) : std::nullopt);
    if (f == "effort") return Value{in.analysed && in.effort == (n.value == "true" || n.value == "yes"), {}};
    if (f.starts_with("emotion.")) {
        static constexpr std::array<std::string_view, 4> names{"anger", "fear", "sadness", "joy"};
        for (std::size_t e = 0; e < names.size(); ++e) {
            if (f.substr(8) == names[e])
                return numeric(in.analysed ? std::optional<double>(in.emotions[e]) : std::nullopt);
        }
        return Value{};
    }
    if (f == "sentiment") {
        if (!in.analysed) return Value{};
        if (n.op == "=" && !toNumber(n.value)) return Value{in.label == n.value, {}};
        return numeric(in.sentiment);
    }
    if (f == "date") {
        if (!in.createdAt) return Value{};
        const std::int64_t t = *in.createdAt;
        bool ok = n.op == "<"    ? t < n.from
                  : n.op == "<=" ? t < n.to
                  : n.op == ">"  ? t >= n.to
                  : n.op == ">=" ? t >= n.from
                                 : t >= n.from && t < n.to;
        return Value{ok, {}};
    }
    if (f == "category") {
        if (!in.categories) return Value{};
        const std::string wanted = matchKey(n.value);
        for (const auto& c : *in.categories) {
            const std::string key = matchKey(c);
            if (withinCategory(key, wanted)) {
                return Value{true, {}};
            }
        }
        return Value{};
    }
    if (f.starts_with("attr.")) {
        if (!ev.attributes) {
            ev.attributes = nlohmann::json::parse(in.attributes, nullptr, false);
        }
        const auto& a = *ev.attributes;
        if (!a.is_object()) return Value{};
        auto it = a.find(f.substr(5));
        if (it == a.end() || it->is_null()) return Value{};
        if (n.op != "=" && it->is_number()) return numeric(it->get<double>());
        std::string text = it->is_string() ? it->get<std::string>() : it->dump();
        if (n.op != "=") return numeric(toNumber(text));
        return Value{globMatch(matchKey(n.value), matchKey(text)), {}};
    }
    return Value{};
}

Value evalTerm(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope) {
    Value v;
    for (std::size_t tok : ev.positions[static_cast<std::size_t>(n.termId)]) {
        if (counts(ev, scope, tok)) v.hits.push_back({tok, tok});
    }
    v.matched = !v.hits.empty();
    return v;
}

// `firstOnly`: stop at the first occurrence (a test, no spans wanted).
Value evalPhrase(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope, bool firstOnly = false) {
    Value v;
    for (const auto& c : n.children) {
        if (ev.positions[static_cast<std::size_t>(c->termId)].empty()) return v;  // a word is missing
    }
    const auto& tokens = ev.input->tokens->tokens;
    auto has = [&](const QueryNode& term, std::size_t tok) {
        const auto& p = ev.positions[static_cast<std::size_t>(term.termId)];
        return std::binary_search(p.begin(), p.end(), tok);
    };
    for (std::size_t start : ev.positions[static_cast<std::size_t>(n.children.front()->termId)]) {
        if (!counts(ev, scope, start)) continue;  // a phrase is negated by what precedes it
        std::size_t tok = start;
        bool ok = true;
        for (std::size_t c = 1; c < n.children.size() && ok; ++c) {
            // The next word in the same sentence; punctuation between words is skipped.
            std::size_t next = tok + 1;
            while (next < tokens.size() && !isWordLike(tokens[next]) && tokens[next].sentence == tokens[tok].sentence)
                ++next;
            ok = next < tokens.size() && tokens[next].sentence == tokens[tok].sentence && inScope(ev, scope, next) &&
                 has(*n.children[c], next);
            tok = next;
        }
        if (ok) {
            v.hits.push_back({start, tok});
            if (firstOnly) break;
        }
    }
    v.matched = !v.hits.empty();
    return v;
}

Value evalProximity(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope) {
    Value a = evalNode(*n.children[0], ev, scope), b = evalNode(*n.children[1], ev, scope);
    Value v;
    if (!a.matched || !b.matched) return v;
    std::vector<bool> usedA(a.hits.size()), usedB(b.hits.size());
    const auto& wo = ev.wordOrdinal;
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
        for (std::size_t j = 0; j < b.hits.size(); ++j) {
            const Hit &x = a.hits[i], &y = b.hits[j];
            bool ok = false;
            auto gap = [&](const Hit& left, const Hit& right) {  // words strictly between
                return static_cast<long>(wo[right.first]) - static_cast<long>(wo[left.last]) - 1;
            };
            if (x.last < y.first)
                ok = gap(x, y) <= n.distance;
            else if (n.kind == QueryNode::Kind::Near && y.last < x.first)
                ok = gap(y, x) <= n.distance;
            if (ok) usedA[i] = usedB[j] = true;
        }
    }
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
        if (usedA[i]) v.hits.push_back(a.hits[i]);
    }
    for (std::size_t j = 0; j < b.hits.size(); ++j) {
        if (usedB[j]) v.hits.push_back(b.hits[j]);
    }
    v.matched = !v.hits.empty();
    return v;
}

Value evalNode(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope) {
    switch (n.kind) {
        case QueryNode::Kind::Term:
            return evalTerm(n, ev, scope);
        case QueryNode::Kind::Phrase:
            return evalPhrase(n, ev, scope);
        case QueryNode::Kind::Field:
            return evalField(n, ev);
        case QueryNode::Kind::Not:
            return Value{!evalNode(*n.children[0], ev, scope).matched, {}};
        case QueryNode::Kind::And: {
            Value v{true, {}};
            for (const auto& c : n.children) {
                Value cv = evalNode(*c, ev, scope);
                if (!cv.matched) return Value{};
                v.hits.insert(v.hits.end(), cv.hits.begin(), cv.hits.end());
            }
            return v;
        }
        case QueryNode::Kind::Or: {
            Value v;
            for (const auto& c : n.children) {
                Value cv = evalNode(*c, ev, scope);
                v.matched |= cv.matched;
                v.hits.insert(v.hits.end(), cv.hits.begin(), cv.hits.end());
            }
            return v;
        }
        case QueryNode::Kind::Near:
        case QueryNode::Kind::Before:
            return evalProximity(n, ev, scope);
        case QueryNode::Kind::Sentence: {
            Value v;
            for (const Sentence& s : ev.input->tokens->sentences) {
                Scope inner = scope;
                inner.first = std::max(scope.first, s.firstToken);
                inner.end = std::min(scope.end, s.endToken);
                if (inner.first >= inner.end) continue;
                Value sv = evalNode(*n.children[0], ev, inner);
                v.matched |= sv.matched;
                if (sv.matched) v.hits.insert(v.hits.end(), sv.hits.begin(), sv.hits.end());
            }
            return v;
        }
        case QueryNode::Kind::Customer:
        case QueryNode::Kind::Agent: {
            Scope inner = scope;
            inner.speaker = n.kind == QueryNode::Kind::Agent ? 2 : 1;
            return evalNode(*n.children[0], ev, inner);
        }
        case QueryNode::Kind::Affirmed: {
            Scope inner = scope;
            inner.affirmed = true;
            return evalNode(*n.children[0], ev, inner);
        }
    }
    return Value{};
}

// evalProximity's verdict on two words, without collecting where.
bool termsClose(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope) {
    const auto& as = ev.positions[static_cast<std::size_t>(n.children[0]->termId)];
    const auto& bs = ev.positions[static_cast<std::size_t>(n.children[1]->termId)];
    const auto& wo = ev.wordOrdinal;
    for (std::size_t x : as) {
        if (!counts(ev, scope, x)) continue;
        for (std::size_t y : bs) {
            if (x == y || !counts(ev, scope, y)) continue;
            if (x < y && static_cast<long>(wo[y]) - static_cast<long>(wo[x]) - 1 <= n.distance) return true;
            if (y < x && n.kind == QueryNode::Kind::Near &&
                static_cast<long>(wo[x]) - static_cast<long>(wo[y]) - 1 <= n.distance)
                return true;
        }
    }
    return false;
}

// Whether `n` matches, without collecting where: stops at the first evidence either way. Most
// texts a rule is tested on hold one of its words but do not match, and so never need spans.
bool test(const QueryNode& n, const RuleSet::Evaluation& ev, const Scope& scope) {
    switch (n.kind) {
        case QueryNode::Kind::Term: {
            const auto& p = ev.positions[static_cast<std::size_t>(n.termId)];
            if (scope.speaker == 0 && !scope.affirmed && scope.first == 0 &&
                scope.end >= ev.input->tokens->tokens.size())
                return !p.empty();
            return std::any_of(p.begin(), p.end(), [&](std::size_t tok) { return counts(ev, scope, tok); });
        }
        case QueryNode::Kind::Phrase:
            return evalPhrase(n, ev, scope, true).matched;
        case QueryNode::Kind::Field:
            return evalField(n, ev).matched;
        case QueryNode::Kind::Not:
            return !test(*n.children[0], ev, scope);
        case QueryNode::Kind::And:
            return std::all_of(n.children.begin(), n.children.end(),
                               [&](const auto& c) { return test(*c, ev, scope); });
        case QueryNode::Kind::Or:
            return std::any_of(n.children.begin(), n.children.end(),
                               [&](const auto& c) { return test(*c, ev, scope); });
        case QueryNode::Kind::Near:
        case QueryNode::Kind::Before:
            if (!test(*n.children[0], ev, scope) || !test(*n.children[1], ev, scope)) return false;
            if (n.children[0]->kind == QueryNode::Kind::Term && n.children[1]->kind == QueryNode::Kind::Term)
                return termsClose(n, ev, scope);
            return evalProximity(n, ev, scope).matched;
        case QueryNode::Kind::Sentence: {
            for (const Sentence& s : ev.input->tokens->sentences) {
                Scope inner = scope;
                inner.first = std::max(scope.first, s.firstToken);
                inner.end = std::min(scope.end, s.endToken);
                if (inner.first < inner.end && test(*n.children[0], ev, inner)) return true;
            }
            return false;
        }
        case QueryNode::Kind::Customer:
        case QueryNode::Kind::Agent: {
            Scope inner = scope;
            inner.speaker = n.kind == QueryNode::Kind::Agent ? 2 : 1;
            return test(*n.children[0], ev, inner);
        }
        case QueryNode::Kind::Affirmed: {
            Scope inner = scope;
            inner.affirmed = true;
            return test(*n.children[0], ev, inner);
        }
    }
    return false;
}

}  // namespace

RuleSet::RuleSet() : terms_(std::make_unique<TermTable>()) {
    static std::atomic<std::uint64_t> next{1};
    terms_->identity = next++;
}
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

Status RuleSet::compileNode(QueryNode& n) {
    switch (n.kind) {
        case QueryNode::Kind::Term:
            n.termId = terms_->add(n);
            break;
        case QueryNode::Kind::Field:
            if (n.field == "date") {
                auto a = dateRange(n.value);
                if (!a) return fieldError(n, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '" + n.value + "'");
                n.from = a->first;
                n.to = a->second;
                if (n.op == "..") {
                    auto b = dateRange(n.valueTo);
                    if (!b)
                        return fieldError(
                            n, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD after '..', found '" + n.valueTo + "'");
                    n.to = b->second;
                    n.op = "=";
                }
            } else if (n.op == "..") {
                auto a = toNumber(n.value), b = toNumber(n.valueTo);
                if (!a || !b) return fieldError(n, "expected a numeric range such as 1..3 for '" + n.field + "'");
                // a..b is >= a AND <= b.
                auto comparison = [&](const char* op, double number) {
                    auto c = std::make_unique<QueryNode>();
                    c->kind = QueryNode::Kind::Field;
                    c->field = n.field;
                    c->value = n.value;
                    c->op = op;
                    c->number = number;
                    c->line = n.line;
                    c->column = n.column;
                    return c;
                };
                auto lower = comparison(">=", *a), upper = comparison("<=", *b);
                n.kind = QueryNode::Kind::And;
                n.children.clear();
                n.children.push_back(std::move(lower));
                n.children.push_back(std::move(upper));
            } else if (n.field == "rating" || n.field == "intensity" || n.field.starts_with("emotion.") ||
                       (n.field == "sentiment" && n.op != "=")) {
                auto v = toNumber(n.value);
                if (!v) return fieldError(n, "expected a number for '" + n.field + "', found '" + n.value + "'");
                n.number = *v;
            } else if (n.field == "sentiment" && !toNumber(n.value) && n.value != "positive" && n.value != "negative" &&
                       n.value != "neutral" && n.value != "mixed") {
                return fieldError(
                    n,
                    "expected positive, negative, neutral, mixed or a number for 'sentiment', found '" + n.value + "'");
            } else if (n.field.starts_with("attr.") && n.op != "=") {
                auto v = toNumber(n.value);
                if (!v) return fieldError(n, "expected a number after '" + n.op + "' for '" + n.field + "'");
                n.number = *v;
            }
            break;
        default:
            for (auto& c : n.children) {
                if (auto st = compileNode(*c); !st) return st;
            }
    }
    return Ok{};
}

Result<std::size_t> RuleSet::add(std::string_view rule) {
    auto parsed = parseQuery(rule);
    if (!parsed) return parsed.error();
    if (auto st = compileNode(*parsed.value()); !st) return st.error();
    const auto triggers = triggersOf(*parsed.value());
    needsTerm_.push_back(triggers.has_value());
    if (!triggers) alwaysTested_.push_back(static_cast<std::uint32_t>(rules_.size()));
    TermTable& t = *terms_;
    t.triggersOfTerm.resize(static_cast<std::size_t>(t.count));
    if (triggers) {
        for (const Conjunction& c : *triggers) {
            const auto trigger = static_cast<std::uint32_t>(t.triggerSize.size());
            t.triggerSize.push_back(static_cast<std::uint8_t>(c.size()));
            t.triggerRule.push_back(static_cast<std::uint32_t>(rules_.size()));
            for (Key k : c) {
                if (!isPair(k)) {
                    t.triggersOfTerm[static_cast<std::size_t>(k)].push_back(trigger);
                    continue;
                }
                const std::uint32_t pair = t.pairs.insert(k, static_cast<std::uint32_t>(t.triggersOfPair.size()));
                if (pair == t.triggersOfPair.size()) t.triggersOfPair.emplace_back();
                t.triggersOfPair[pair].push_back(trigger);
            }
        }
    }
    rules_.push_back(std::move(parsed.value()));
    return rules_.size() - 1;
}

std::shared_ptr<const RuleSet::Evaluation> RuleSet::evaluate(const RuleInput& input) const {
    // Evaluations are reused per thread once their last holder lets go: a verbatim's terms are
    // a few of a taxonomy's hundreds, and clearing those beats allocating all again.
    thread_local std::vector<std::shared_ptr<Evaluation>> cache;
    std::shared_ptr<Evaluation> ev;
    for (auto& e : cache) {
        if (e.use_count() == 1 && e->table == terms_->identity &&
            e->terms == static_cast<std::uint64_t>(terms_->count)) {
            ev = e;
            break;
        }
    }
    if (ev) {
        for (int id : ev->touched) ev->positions[static_cast<std::size_t>(id)].clear();
    } else {
        ev = std::make_shared<Evaluation>();
        ev->table = terms_->identity;
        ev->terms = static_cast<std::uint64_t>(terms_->count);
        ev->positions.assign(static_cast<std::size_t>(terms_->count), {});
        if (cache.size() < 8) cache.push_back(ev);
    }
    ev->touched.clear();
    ev->found = 0;
    ev->attributes.reset();
    ev->negationKnown = false;
    ev->input = &input;
    ev->possible.assign(rules_.size(), 0);
    ev->candidates.clear();
    ev->triggerFound.assign(terms_->triggerSize.size(), 0);
    ev->pairSeen.assign(terms_->triggersOfPair.size(), 0);
    ev->idsBefore.clear();
    auto complete = [&](const std::vector<std::uint32_t>& triggers) {
        for (std::uint32_t g : triggers) {
            if (++ev->triggerFound[g] != terms_->triggerSize[g]) continue;
            const std::uint32_t rule = terms_->triggerRule[g];
            if (!ev->possible[rule]) ev->candidates.push_back(rule);
            ev->possible[rule] = 1;
        }
    };
    const auto& tokens = input.tokens->tokens;
    ev->wordOrdinal.resize(tokens.size());
    ev->agent.assign(tokens.size(), 0);  // and only a call's agent turns set any
    const int stemLanguage = stemLanguageIndex(input.language);
    thread_local std::vector<std::unique_ptr<TermMemo>> memos;  // a few tables per thread
    TermMemo* memo = nullptr;
    for (auto& m : memos) memo = m->isFor(terms_->identity, static_cast<std::uint64_t>(terms_->count)) ? m.get() : memo;
    if (!memo) {
        if (memos.size() == 4) memos.erase(memos.begin());
        memo = memos.emplace_back(std::make_unique<TermMemo>(terms_->identity, terms_->count)).get();
    }
    const bool stems = terms_->stems[0].size() > 0;
    std::size_t words = 0, turn = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        ev->wordOrdinal[i] = words;
        words += isWordLike(t) ? 1 : 0;
        if (!input.agentTurns.empty()) {
            while (turn < input.agentTurns.size() && input.agentTurns[turn].second <= t.startCp) ++turn;
            ev->agent[i] = turn < input.agentTurns.size() && t.startCp >= input.agentTurns[turn].first;
        }
        const bool stemmed = stems && t.kind == Token::Kind::Word;
        const std::span<const int> ids =
            memo->termsOf(t.norm, t.hash, stemmed ? stemLanguage : -1, [&](std::vector<int>& out) {
                const bool ascii = std::all_of(t.norm.begin(), t.norm.end(),
                                               [](char c) { return static_cast<unsigned char>(c) < 0x80; });
                const std::string key = ascii ? std::string() : matchKey(t.norm);
                const std::string_view k = ascii ? std::string_view(t.norm) : std::string_view(key);
                auto add = [&](const std::vector<int>& found) { out.insert(out.end(), found.begin(), found.end()); };
                if (const auto* e = terms_->exact.find(k)) add(e->value);
                terms_->prefixes.forEachMatch(k, add);
                terms_->suffixes.forEachMatch(k, add);
                for (const auto& [pattern, id] : terms_->globs) {
                    if (globMatch(pattern, k)) out.push_back(id);
                }
                if (stemmed) {
                    if (const auto* s =
                            terms_->stems[static_cast<std::size_t>(stemLanguage)].find(stem(stemLanguage, k)))
                        add(s->value);
                }
            });
        ev->idsHere.clear();
        for (int id : ids) {
            auto& at = ev->positions[static_cast<std::size_t>(id)];
            if (at.empty()) {
                ev->touched.push_back(id);
                complete(terms_->triggersOfTerm[static_cast<std::size_t>(id)]);
            }
            at.push_back(i);
            ev->idsHere.push_back(id);
        }
        ev->found += ids.size();
        // Pairs: the terms of the tokens since the last word (it included), then this word's.
        if (terms_->pairs.empty()) continue;
        if (!isWordLike(t)) {
            ev->idsBefore.insert(ev->idsBefore.end(), ev->idsHere.begin(), ev->idsHere.end());
            continue;
        }
        for (int a : ev->idsBefore) {
            for (int b : ev->idsHere) {
                const std::uint32_t pair = terms_->pairs.find(pairKey(a, b));
                if (pair == PairIndex::kNone || ev->pairSeen[pair]) continue;
                ev->pairSeen[pair] = 1;
                complete(terms_->triggersOfPair[pair]);
            }
        }
        ev->idsBefore.swap(ev->idsHere);
    }
    for (int id : ev->touched) {
        auto& p = ev->positions[static_cast<std::size_t>(id)];
        p.erase(std::unique(p.begin(), p.end()), p.end());
    }
    ev->candidates.insert(ev->candidates.end(), alwaysTested_.begin(), alwaysTested_.end());
    std::sort(ev->candidates.begin(), ev->candidates.end());
    return ev;
}

const std::vector<std::uint32_t>& RuleSet::candidates(const Evaluation& evaluation) const {
    return evaluation.candidates;
}

RuleMatch RuleSet::match(std::size_t rule, const Evaluation& ev) const {
    if (needsTerm_[rule] && !ev.possible[rule]) return {};  // most texts hold none of a rule's terms
    const auto& tokens = ev.input->tokens->tokens;
    const Scope whole{0, tokens.size(), 0};
    if (!test(*rules_[rule], ev, whole)) return {};
    Value v = evalNode(*rules_[rule], ev, whole);
    RuleMatch m;
    m.matched = v.matched;
    for (const Hit& h : v.hits) m.spans.push_back({tokens[h.first].startCp, tokens[h.last].endCp});
    std::sort(m.spans.begin(), m.spans.end(), [](const MatchSpan& a, const MatchSpan& b) {
        return a.startCp != b.startCp ? a.startCp < b.startCp : a.endCp < b.endCp;
    });
    m.spans.erase(std::unique(m.spans.begin(), m.spans.end()), m.spans.end());
    return m;
}

RuleMatch RuleSet::match(std::size_t rule, const RuleInput& input) const { return match(rule, *evaluate(input)); }

}  // namespace tw::core
