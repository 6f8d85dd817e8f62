#include "jobs/text_scorer.h"

#include "util/json_text.h"

#include <cmath>

namespace tw::core {

namespace {

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

// A small writer of one JSON object: keys in the order written, values appended by hand.
struct Json {
    std::string& out;
    bool first = true;  // no comma before the next member or element

    void key(std::string_view k) {
        if (!first) out += ',';
        first = false;
        appendJsonString(out, k);
        out += ':';
    }
    void open(char bracket) {
        out += bracket;
        first = true;
    }
    void close(char bracket) {
        out += bracket;
        first = false;
    }
    void element() {
        if (!first) out += ',';
        first = false;
    }
    void number(std::string_view k, double x) {
        key(k);
        appendJsonNumber(out, round3(x));
    }
    void count(std::string_view k, std::size_t n) {
        key(k);
        appendJsonNumber(out, static_cast<std::uint64_t>(n));
    }
    void string(std::string_view k, std::string_view s) {
        key(k);
        appendJsonString(out, s);
    }
    void boolean(std::string_view k, bool b) {
        key(k);
        out += b ? "true" : "false";
    }
    void span(std::size_t start, std::size_t end) {  // [start,end] as an array element
        element();
        out += '[';
        appendJsonNumber(out, static_cast<std::uint64_t>(start));
        out += ',';
        appendJsonNumber(out, static_cast<std::uint64_t>(end));
        out += ']';
    }
};

void writeExplanation(Json& j, const TextAnalysis& a, const Taxonomy& taxonomy,
                      const std::vector<CategoryAssignment>& categories) {
    j.key("explain");
    j.open('[');
    for (const Contribution& c : a.contributions) {
        j.element();
        j.open('{');
        j.count("start", c.startCp);
        j.count("end", c.endCp);
        j.string("term", c.term);
        j.number("valence", c.valence);
        j.number("weight", c.weight);
        j.key("rules");
        j.open('[');
        for (const std::string& r : c.rules) {
            j.element();
            appendJsonString(j.out, r);
        }
        j.close(']');
        j.count("sentence", c.sentence);
        j.close('}');
    }
    j.close(']');
    j.key("sentences");
    j.open('[');
    for (const SentenceSentiment& s : a.sentences) {
        j.element();
        j.open('{');
        j.count("start", s.startCp);
        j.count("end", s.endCp);
        j.number("score", s.score);
        j.close('}');
    }
    j.close(']');
    j.number("lang_confidence", a.languageConfidence);
    j.boolean("urgency", a.urgency);
    j.key("categories_explain");
    j.open('[');
    for (const CategoryAssignment& c : categories) {
        j.element();
        j.open('{');
        j.string("category", taxonomy.categories()[static_cast<std::size_t>(c.category)].path);
        j.key("spans");
        j.open('[');
        for (const MatchSpan& s : c.spans) j.span(s.startCp, s.endCp);
        j.close(']');
        j.close('}');
    }
    j.close(']');
}

}  // namespace

TextScorer::TextScorer(const SentimentAnalyzer& analyzer, const Taxonomy& taxonomy, const EscalationDetector& flags,
                       bool explain)
    : analyzer_(analyzer), taxonomy_(taxonomy), flags_(flags), explain_(explain) {}

void TextScorer::appendRecord(std::string& out, std::string_view idJson, std::string_view text,
                              const std::optional<std::string>& language, bool detectRisk) {
    const TextAnalysis a = analyzer_.analyze(text, language, {}, tokens_, explain_);
    RuleInput input;
    input.text = text;
    input.tokens = &tokens_;
    input.language = a.language;
    input.analysed = true;
    input.label = a.label;
    input.sentiment = a.score;
    input.intensity = a.intensity;
    input.emotions = a.emotions;
    input.effort = a.effort;
    const std::vector<CategoryAssignment> categories = taxonomy_.categorize(input);
    std::vector<PiiFinding> pii;
    std::vector<Flag> flags;
    if (detectRisk) {
        pii = PiiDetector::builtin().find(text, tokens_, a.language);
        flags = flags_.detect(input);
    }

    Json j{out};
    j.open('{');
    j.key("id");
    out += idJson;
    j.string("lang", a.language);
    j.key("sentiment");
    j.open('{');
    j.number("score", a.score);
    j.string("label", a.label);
    j.close('}');
    j.key("emotions");
    j.open('{');
    for (int e = 0; e < kEmotionCount; ++e)
        j.number(emotionName(static_cast<Emotion>(e)), a.emotions[static_cast<std::size_t>(e)]);
    j.close('}');
    j.number("intensity", a.intensity);
    j.boolean("effort", a.effort);
    j.key("categories");
    j.open('[');
    for (const CategoryAssignment& c : categories) {
        j.element();
        appendJsonString(out, taxonomy_.categories()[static_cast<std::size_t>(c.category)].path);
    }
    j.close(']');
    j.key("pii");
    j.open('[');
    for (const PiiFinding& f : pii) {
        j.element();
        j.open('{');
        j.string("type", piiTypeName(f.type));
        j.count("start", f.startCp);
        j.count("end", f.endCp);
        if (f.masked) j.boolean("masked", true);
        if (explain_) j.string("why", f.why);
        j.close('}');
    }
    j.close(']');
    j.key("flags");
    j.open('[');
    for (const Flag& f : flags) {
        j.element();
        j.open('{');
        j.string("type", f.type);
        j.string("severity", severityName(f.severity));
        j.key("evidence");
        j.open('[');
        for (const MatchSpan& e : f.evidence) j.span(e.startCp, e.endCp);
        j.close(']');
        j.string("why", f.why);
        j.close('}');
    }
    j.close(']');
    if (explain_) writeExplanation(j, a, taxonomy_, categories);
    j.close('}');
}

}  // namespace tw::core
