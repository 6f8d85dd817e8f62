#include "risk/escalation_detector.h"

#include "util/embedded_resources.h"
#include "util/hash.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdio>

namespace tw::core {

namespace {

using nlohmann::json;

constexpr std::array<const char*, 4> kSeverityNames{"low", "medium", "high", "critical"};

// Words that open a new clause: a negation before them does not reach the trigger
// ("if you don't refund me I will sue").
bool opensClause(std::string_view w) {
    for (std::string_view c :
         {"i",   "we",   "you",  "they", "he",   "she", "and",  "but",   "or", "then",     "so", "ich", "wir",
          "und", "aber", "dann", "je",   "nous", "et",  "mais", "alors", "yo", "nosotros", "y",  "pero"}) {
        if (w == c) return true;
    }
    return false;
}

bool contains(const std::vector<std::pair<std::string, std::vector<std::string>>>& lists, std::string_view language,
              std::string_view word) {
    std::string straight;  // "don’t" is written "don't" in the lists
    if (word.find("\xE2\x80\x99") != std::string_view::npos) {
        straight = std::string(word);
        for (std::size_t p; (p = straight.find("\xE2\x80\x99")) != std::string::npos;) straight.replace(p, 3, "'");
        word = straight;
    }
    for (const auto& [lang, words] : lists) {
        if (lang != "en" && lang != language) continue;
        if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    }
    return false;
}

Status readWordLists(const json& doc, const char* key, const std::string& source,
                     std::vector<std::pair<std::string, std::vector<std::string>>>& out) {
    if (!doc.contains(key)) return Ok{};
    if (!doc[key].is_object())
        return makeError(std::string("\"") + key + "\" must map languages to word lists", source);
    for (const auto& [lang, list] : doc[key].items()) {
        if (!list.is_array())
            return makeError(std::string("\"") + key + "." + lang + "\" must be a list of words", source);
        std::vector<std::string> words;
        for (const auto& w : list) {
            if (!w.is_string()) return makeError(std::string("\"") + key + "." + lang + "\" must hold strings", source);
            // Compared as tokens are: case-folded, and "don't" is one token.
            const auto& word = w.get_ref<const std::string&>();  // tokens point into it
            for (const Token& t : tokenize(word).tokens) words.emplace_back(t.norm);
        }
        out.emplace_back(lang, std::move(words));
    }
    return Ok{};
}

}  // namespace

const char* severityName(Severity s) { return kSeverityNames[static_cast<std::size_t>(s)]; }

std::optional<Severity> severityFromName(std::string_view name) {
    for (std::size_t k = 0; k < kSeverityNames.size(); ++k) {
        if (name == kSeverityNames[k]) return static_cast<Severity>(k);
    }
    return std::nullopt;
}

Result<EscalationDetector> EscalationDetector::fromJson(std::string_view text, const std::string& source) {
    try {
        return fromJsonChecked(text, source);
    } catch (const json::exception& e) {
        // A field of the wrong type ("due_days": "five"): nlohmann names the expected type.
        return makeError(std::string("a field has the wrong type (") + e.what() + ")", source);
    }
}

Result<EscalationDetector> EscalationDetector::fromJsonChecked(std::string_view text, const std::string& source) {
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) return makeError("this is not valid JSON", source);
    if (!doc.is_object() || !doc.contains("format") || doc["format"] != "tidewatch-escalation-rules")
        return makeError("expected a tidewatch-escalation-rules document (\"format\": \"tidewatch-escalation-rules\")",
                         source);
    EscalationDetector d;
    if (!doc.contains("types") || !doc["types"].is_object() || doc["types"].empty())
        return makeError("\"types\" must name at least one escalation type", source);
    for (const auto& [name, t] : doc["types"].items()) {
        EscalationType type;
        type.name = name;
        if (!t.is_object()) return makeError("each type must be an object", source + ": types." + name);
        auto sev = severityFromName(t.value("severity", "medium"));
        if (!sev) return makeError("severity must be low, medium, high or critical", source + ": types." + name);
        type.severity = *sev;
        type.dueDays = t.value("due_days", 7);
        if (type.dueDays < 0) return makeError("due_days cannot be negative", source + ": types." + name);
        type.restricted = t.value("restricted", true);
        type.hypotheticalsCount = t.value("hypotheticals_count", true);
        type.questionsCount = t.value("questions_count", true);
        type.recallFirst = t.value("recall_first", false);
        d.types_.push_back(type);
    }
    if (auto st = readWordLists(doc, "negations", source, d.negations_); !st) return st.error();
    if (auto st = readWordLists(doc, "hypotheticals", source, d.hypotheticals_); !st) return st.error();
    if (!doc.contains("rules") || !doc["rules"].is_array()) return makeError("\"rules\" must be a list", source);
    std::size_t index = 0;
    for (const auto& r : doc["rules"]) {
        const std::string where = source + ": rule " + std::to_string(++index);
        if (!r.is_object() || !r.contains("type") || !r["type"].is_string() || !r.contains("rule") ||
            !r["rule"].is_string())
            return makeError("each rule needs a \"type\" and a \"rule\" string", where);
        Rule rule;
        const std::string typeName = r["type"];
        auto it = std::find_if(d.types_.begin(), d.types_.end(), [&](const auto& t) { return t.name == typeName; });
        if (it == d.types_.end()) return makeError("unknown type '" + typeName + "'", where);
        rule.type = static_cast<std::size_t>(it - d.types_.begin());
        if (r.contains("severity")) {
            rule.severity = severityFromName(r.value("severity", ""));
            if (!rule.severity) return makeError("severity must be low, medium, high or critical", where);
        }
        rule.why = r.value("why", typeName);
        auto compiled = d.compiled_.add(r["rule"].get<std::string>());
        if (!compiled)
            return makeError(compiled.error().message, where + " (" + typeName + ") at " + compiled.error().location);
        rule.compiled = *compiled;
        assert(rule.compiled == d.rules_.size());  // detect() relies on it
        d.rules_.push_back(std::move(rule));
    }
    Hasher h;
    h.add(text);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h.digest()));
    d.version_ = std::string("escalation-1:") + hex;
    return d;
}

const EscalationDetector& EscalationDetector::builtin() {
    static const EscalationDetector detector = [] {
        auto d = fromJson(embeddedResource("escalation_rules.json"), "escalation_rules.json");
        if (!d) {
            std::fprintf(stderr, "tidewatch: the built-in escalation rules do not load: %s\n",
                         d.error().describe().c_str());
            std::abort();
        }
        return std::move(d.value());
    }();
    return detector;
}

const EscalationType* EscalationDetector::type(std::string_view name) const {
    for (const auto& t : types_) {
        if (t.name == name) return &t;
    }
    return nullptr;
}

std::vector<Flag> EscalationDetector::detect(const RuleInput& input) const {
    std::vector<Flag> flags;
    if (!input.tokens || input.tokens->tokens.empty()) return flags;
    const auto& tokens = input.tokens->tokens;
    const auto evaluation = compiled_.evaluate(input);
    auto tokenAt = [&](std::size_t cp) {
        auto it = std::lower_bound(tokens.begin(), tokens.end(), cp,
                                   [](const Token& t, std::size_t c) { return t.startCp < c; });
        return static_cast<std::size_t>(it - tokens.begin());
    };
    auto byAgent = [&](const MatchSpan& s) {
        for (const auto& [from, to] : input.agentTurns) {
            if (s.startCp >= from && s.startCp < to) return true;
        }
        return false;
    };
    // What weakens the trigger at token `i`, or empty: negated, hypothetical, a question.
    auto weakened = [&](std::size_t i, const EscalationType& type) -> std::string {
        if (i >= tokens.size()) return {};
        const std::size_t sentence = tokens[i].sentence;
        const Sentence& sen = input.tokens->sentences[sentence];
        int words = 0;
        for (std::size_t k = i; k-- > sen.firstToken && words < 3;) {
            const Token& t = tokens[k];
            if (t.kind == Token::Kind::Punct && t.text != "'") break;
            if (t.kind != Token::Kind::Word) continue;
            if (contains(negations_, input.language, t.norm)) return "negated by '" + std::string(t.norm) + "'";
            if (opensClause(t.norm)) break;
            ++words;
        }
        if (!type.hypotheticalsCount) {
            for (std::size_t k = i; k-- > sen.firstToken && i - k <= 12;) {
                if (tokens[k].kind == Token::Kind::Word && contains(hypotheticals_, input.language, tokens[k].norm))
                    return "hypothetical ('" + std::string(tokens[k].norm) + "')";
            }
        }
        if (!type.questionsCount) {
            for (std::size_t k = sen.firstToken; k < sen.endToken; ++k) {
                if (tokens[k].kind == Token::Kind::Punct && tokens[k].text == "?") return "asked as a question";
            }
        }
        return {};
    };
    std::vector<int> flagOfType;  // filled when a rule first matches (most texts match none)
    // Each rule is compiled in turn: compiled rule k is rules_[k].
    for (const std::uint32_t k : compiled_.candidates(*evaluation)) {
        const Rule& rule = rules_[k];
        RuleMatch m = compiled_.match(rule.compiled, *evaluation);
        if (!m.matched) continue;
        std::vector<MatchSpan> spans;
        for (const MatchSpan& s : m.spans) {
            if (!byAgent(s)) spans.push_back(s);
        }
        if (spans.empty()) continue;
        const EscalationType& type = types_[rule.type];
        Severity severity = rule.severity.value_or(type.severity);
        std::string weak;
        for (const MatchSpan& s : spans) {
            weak = weakened(tokenAt(s.startCp), type);
            if (!weak.empty()) break;
        }
        std::string why = rule.why;
        if (!weak.empty()) {
            if (!type.recallFirst) continue;
            severity = static_cast<Severity>(std::max(0, static_cast<int>(severity) - 1));
            why += " (" + weak + "; kept: this type is recall-first)";
        }
        if (flagOfType.empty()) flagOfType.assign(types_.size(), -1);
        int& at = flagOfType[rule.type];
        if (at < 0) {
            at = static_cast<int>(flags.size());
            flags.push_back(Flag{type.name, severity, {}, why});
        } else {
            Flag& f = flags[static_cast<std::size_t>(at)];
            f.severity = std::max(f.severity, severity);
            if (f.why.find(why) == std::string::npos) f.why += "; " + why;
        }
        auto& evidence = flags[static_cast<std::size_t>(at)].evidence;
        evidence.insert(evidence.end(), spans.begin(), spans.end());
    }
    for (Flag& f : flags) {
        std::sort(f.evidence.begin(), f.evidence.end(),
                  [](const MatchSpan& a, const MatchSpan& b) { return a.startCp < b.startCp; });
        f.evidence.erase(std::unique(f.evidence.begin(), f.evidence.end()), f.evidence.end());
    }
    std::sort(flags.begin(), flags.end(), [&](const Flag& a, const Flag& b) {
        return type(a.type) - types_.data() < type(b.type) - types_.data();
    });
    return flags;
}

}  // namespace tw::core
