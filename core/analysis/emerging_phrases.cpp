#include "analysis/emerging_phrases.h"

#include "util/embedded_resources.h"
#include "util/text_lines.h"

#include <algorithm>
#include <cmath>

namespace tw::core {

namespace {

struct StopWords {
    FlatStringMap<bool> words;
    StopWords() {
        for (const char* file : {"function_words.tsv", "stop_words.tsv"}) {
            forEachDataLine(embeddedResource(file),
                            [&](std::string_view line, std::size_t) { words[line.substr(0, line.find('\t'))] = true; });
        }
    }
};

bool isLetterWord(const Token& t) {
    if (t.kind != Token::Kind::Word || t.norm.size() < 2) return false;
    // Words with digits ("3rd", "a1b2") are identifiers more than topics.
    return std::none_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; });
}

double xlogx(double x) { return x > 0 ? x * std::log(x) : 0.0; }

}  // namespace

bool PhraseCounter::isStopWord(std::string_view folded) {
    static const StopWords stop;
    return stop.words.find(folded) != nullptr;
}

double logLikelihoodRatio(std::int64_t a, std::int64_t n1, std::int64_t b, std::int64_t n2) {
    const double k11 = static_cast<double>(a), k12 = static_cast<double>(n1 - a);
    const double k21 = static_cast<double>(b), k22 = static_cast<double>(n2 - b);
    const double n = k11 + k12 + k21 + k22;
    if (n <= 0) return 0.0;
    // G² = 2 (sum k log k - row sums - column sums + n log n)
    const double g = xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) - xlogx(k11 + k12) - xlogx(k21 + k22) -
                     xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(n);
    return std::max(0.0, 2.0 * g);
}

void PhraseCounter::add(std::string_view text, Window window, std::string_view channel) {
    const bool recent = window == Window::Recent;
    (recent ? recentDocs_ : baselineDocs_) += 1;
    tokenize(text, tokens_);
    seen_.clear();
    const auto& toks = tokens_.tokens;
    for (const Sentence& s : tokens_.sentences) {
        for (std::size_t i = s.firstToken; i < s.endToken; ++i) {
            if (!isLetterWord(toks[i]) || isStopWord(toks[i].norm)) continue;
            std::string phrase;
            for (std::size_t n = 0; n < 3 && i + n < s.endToken; ++n) {
                const Token& t = toks[i + n];
                if (!isLetterWord(t)) break;
                if (n > 0) phrase += ' ';
                phrase += t.norm;
                if (!isStopWord(t.norm)) seen_.push_back(phrase);
            }
        }
    }
    std::sort(seen_.begin(), seen_.end());
    seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
    for (const std::string& p : seen_) {
        Counts& c = counts_[p];
        if (recent) {
            ++c.recent;
            ++c.channels[std::string(channel)];
        } else {
            ++c.baseline;
        }
    }
}

std::vector<EmergingPhrase> PhraseCounter::emerging(const PhraseOptions& options) const {
    std::vector<EmergingPhrase> out;
    const double n1 = static_cast<double>(std::max<std::int64_t>(recentDocs_, 1));
    const double n2 = static_cast<double>(std::max<std::int64_t>(baselineDocs_, 1));
    counts_.forEach([&](const std::string& phrase, const Counts& c) {
        if (c.recent < options.minSupport) return;
        if (static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1 > options.maxWords) return;
        const double p1 = static_cast<double>(c.recent) / n1, p2 = static_cast<double>(c.baseline) / n2;
        if (p1 <= p2) return;  // only what rises
        const double llr = logLikelihoodRatio(c.recent, recentDocs_, c.baseline, baselineDocs_);
        if (llr < options.minLlr) return;
        EmergingPhrase e;
        e.phrase = phrase;
        e.recent = c.recent;
        e.baseline = c.baseline;
        e.recentShare = p1;
        e.baselineShare = p2;
        e.lift = (static_cast<double>(c.recent) + 0.5) / n1 / ((static_cast<double>(c.baseline) + 0.5) / n2);
        e.llr = llr;
        e.channels = c.channels;
        out.push_back(std::move(e));
    });
    // Longer phrases first, so that a shorter one can see whether a longer one covers it.
    std::sort(out.begin(), out.end(), [](const EmergingPhrase& a, const EmergingPhrase& b) {
        const auto wa = std::count(a.phrase.begin(), a.phrase.end(), ' '),
                   wb = std::count(b.phrase.begin(), b.phrase.end(), ' ');
        return wa != wb ? wa > wb : a.llr > b.llr;
    });
    std::vector<EmergingPhrase> kept;
    for (EmergingPhrase& e : out) {
        const std::string padded = " " + e.phrase + " ";
        const bool covered = std::any_of(kept.begin(), kept.end(), [&](const EmergingPhrase& longer) {
            return (" " + longer.phrase + " ").find(padded) != std::string::npos &&
                   static_cast<double>(longer.recent) >= 0.8 * static_cast<double>(e.recent);
        });
        if (!covered) kept.push_back(std::move(e));
    }
    std::sort(kept.begin(), kept.end(), [](const EmergingPhrase& a, const EmergingPhrase& b) {
        return a.llr != b.llr ? a.llr > b.llr : a.phrase < b.phrase;
    });
    if (kept.size() > options.limit) kept.resize(options.limit);
    return kept;
}

}  // namespace tw::core
