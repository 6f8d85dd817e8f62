#include "analysis/sentiment_analyzer.h"

#include "text/language_id.h"
#include "text/tokenizer.h"
#include "util/embedded_resources.h"
#include "util/hash.h"
#include "util/hot_path.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace tw::core {

namespace {

constexpr double kBooster = 0.293;  // VADER's empirically derived increment
constexpr double kNegation = -0.74;
constexpr double kCapsEmphasis = 0.733;
constexpr double kElongation = 0.3;
constexpr double kExclamation = 0.292;
constexpr double kAlpha = 15.0;  // normalisation: x / sqrt(x^2 + alpha)
const char* kLanguages[] = {"en", "de", "fr", "es"};
// Bits a key in the filters of the lexicons and the language votes, asked about every token: with
// 64, about 1.5% of absent words get past them to a probe (5 to 9% with 8 bits a slot); 2 to 3%
// faster scoring for about 120 KB.
constexpr std::size_t kFilterBitsPerKey = 64;

double normalise(double x) { return x / std::sqrt(x * x + kAlpha); }
double sign(double x) { return x < 0 ? -1.0 : 1.0; }

struct Hit {
    std::size_t firstToken, endToken;  // tokens [first, end) the term covers
    std::string_view term;             // as stored in the lexicon
    const LexiconEntry* entry;
};

// "soo" (from "sooooo") not in the lexicon: try it with single letters ("so").
std::optional<Hit> matchElongated(const Lexicon& lex, const Token& t, std::size_t i) {
    if (!t.elongated) return std::nullopt;
    std::string single;
    for (char c : t.norm) {
        if (single.empty() || single.back() != c) single += c;
    }
    const Lexicon::Found* f = lex.lookup(single);
    if (f && f->value.isEntry) return Hit{i, i + 1, f->key, &f->value.entry};
    return std::nullopt;
}

bool isWordLike(const Token& t) { return t.kind == Token::Kind::Word || t.kind == Token::Kind::Number; }

// The lexicon's entry for a hashtag's word ("#awful" -> "awful"), or null: words of three letters
// or more only ("#ff", "#nf" are Twitter conventions, not words).
const Lexicon::Found* hashtagWord(const Lexicon& lex, const Token& t) {
    if (t.norm.size() < 4) return nullptr;
    const Lexicon::Found* f = lex.lookup(t.norm.substr(1));
    return f && f->value.isEntry && f->value.entry.kind == TermKind::Sentiment ? f : nullptr;
}

// Longest lexicon match starting at token i (multi-word over consecutive word tokens, or words
// joined by a hyphen: "rip-off" reads as the phrase "rip off"), given what the lexicon holds
// under token i's own form (`first`, null when nothing), in the text's `tokens`.
std::optional<Hit> match(const Lexicon& lex, const Lexicon::Found* first, const Token* tokens, std::size_t i,
                         std::size_t end) {
    if (!first) return tokens[i].elongated ? matchElongated(lex, tokens[i], i) : std::nullopt;
    const std::size_t longest = isWordLike(tokens[i]) ? first->value.longestFrom : 1;
    // The end of the word at token k, or after a hyphen joining it to the word before ("rip-off"
    // reads "rip off"); 0 when no word follows there.
    auto wordEndAt = [&](std::size_t k) -> std::size_t {
        if (k >= end) return 0;
        if (isWordLike(tokens[k])) return k + 1;
        if (tokens[k].text == "-" && k + 1 < end && isWordLike(tokens[k + 1]) &&
            tokens[k].startCp == tokens[k - 1].endCp && tokens[k + 1].startCp == tokens[k].endCp)
            return k + 2;
        return 0;
    };
    // Most first words of phrases are followed by a word that continues none: that is asked first.
    if (const std::size_t second = longest > 1 ? wordEndAt(i + 1) : 0;
        second != 0 && lex.mayContinue(tokens[i].hash, tokens[second - 1].hash)) {
        thread_local std::vector<std::size_t> wordEnds;  // the token after each word of the phrase
        wordEnds.assign(1, i + 1);
        for (std::size_t k = i + 1; wordEnds.size() < longest;) {
            const std::size_t after = wordEndAt(k);
            if (after == 0) break;
            wordEnds.push_back(after);
            k = after;
        }
        // The words joined by spaces, written once: the phrase of the first n words is a prefix.
        // On the stack as a rule; a longer run of words in a reused string.
        std::size_t bytes = tokens[i].norm.size();
        for (std::size_t w = 1; w < wordEnds.size(); ++w) bytes += 1 + tokens[wordEnds[w] - 1].norm.size();
        char onStack[128];
        thread_local std::string longer;
        char* phrase = onStack;
        if (bytes > sizeof onStack) {
            longer.resize(bytes);
            phrase = longer.data();
        }
        thread_local std::vector<std::size_t> prefixEnds;  // the bytes of the first n + 1 words
        prefixEnds.clear();
        std::size_t used = 0;
        for (std::size_t w = 0; w < wordEnds.size(); ++w) {
            const std::string_view word = tokens[wordEnds[w] - 1].norm;
            if (w > 0) phrase[used++] = ' ';
            std::memcpy(phrase + used, word.data(), word.size());
            used += word.size();
            prefixEnds.push_back(used);
        }
        for (std::size_t n = wordEnds.size(); n > 1; --n) {
            if (const Lexicon::Found* f = lex.lookup(std::string_view(phrase, prefixEnds[n - 1]));
                f && f->value.isEntry)
                return Hit{i, wordEnds[n - 1], f->key, &f->value.entry};
        }
    }
    if (first->value.isEntry) return Hit{i, i + 1, first->key, &first->value.entry};
    return tokens[i].elongated ? matchElongated(lex, tokens[i], i) : std::nullopt;
}

}  // namespace

const char* emotionName(Emotion e) {
    switch (e) {
        case kAnger:
            return "anger";
        case kFear:
            return "fear";
        case kSadness:
            return "sadness";
        case kJoy:
            return "joy";
        default:
            return "?";
    }
}

Result<SentimentAnalyzer> SentimentAnalyzer::create(const std::vector<std::string>& extra,
                                                    const std::string& overrides) {
    SentimentAnalyzer a;
    Hasher fingerprint;
    for (const char* name : {"common.tsv", "en.tsv", "en_forms.tsv", "de.tsv", "de_forms.tsv", "fr.tsv", "fr_forms.tsv",
                             "es.tsv", "es_forms.tsv"})
        fingerprint.add(embeddedResource(name));
    for (const auto& path : extra) {
        std::ifstream in(path, std::ios::binary);
        if (!in) return makeError("cannot read the lexicon file", path);
        std::stringstream ss;
        ss << in.rdbuf();
        fingerprint.add(ss.str());
    }
    fingerprint.add(overrides);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fingerprint.digest()));
    a.version_ = std::string("sentiment-1:") + hex;
    auto withExtras = [&](const std::string& lang) -> Result<Lexicon> {
        Lexicon lex = builtinLexicon(lang);
        for (const auto& path : extra) {
            if (auto st = lex.loadFile(path); !st) return st.error();
        }
        if (auto st = lex.load(overrides, "the store's lexicon"); !st) return st.error();
        // The forms of the words added: "sickest" follows a business's "sick".
        if (hasRegularForms(lang) && (!extra.empty() || !overrides.empty()))
            lex.addRegularForms(lang, embeddedResource(std::string(lang) + "_forms.tsv"));
        lex.widenFilter(kFilterBitsPerKey);
        return lex;
    };
    for (const char* lang : kLanguages) {
        auto lex = withExtras(lang);
        if (!lex) return lex.error();
        a.lexicons_.emplace_back(lang, std::move(lex.value()));
    }
    auto fb = withExtras("und");
    if (!fb) return fb.error();
    a.fallback_ = std::move(fb.value());
    // The bits of a word's function-word languages in the low byte, of its lexicons in the high.
    FlatStringMap<std::uint16_t> bits;
    functionWords().forEach([&](const std::string& word, std::uint8_t b) { bits[word] = b; });
    for (std::size_t l = 0; l < a.lexicons_.size(); ++l) {
        const Lexicon& lex = a.lexicons_[l].second;
        lex.forEachKey([&](const std::string& key) {
            // Written words only: forms made by rule are often shared between languages
            // (Spanish and Portuguese "tristes", "problemas") or are no words at all.
            if (lex.isWritten(key)) bits[key] = static_cast<std::uint16_t>(bits[key] | (0x100u << l));
        });
    }
    // And common words of a language that are no words of the others, as weak as lexicon words.
    contentWords().forEach([&](const std::string& word, std::uint8_t b) {
        bits[word] = static_cast<std::uint16_t>(bits[word] | (b << 8));
    });
    std::vector<std::pair<std::string_view, std::uint64_t>> votes;
    bits.forEach(
        [&](const std::string& word, std::uint16_t b) { votes.emplace_back(word, packedVotes(b & 0xFFu, b >> 8)); });
    a.votes_ = TermValues(votes, kFilterBitsPerKey);
    return a;
}

std::size_t SentimentAnalyzer::lexiconIndex(std::string_view language) const {
    // Once a text: compared a byte at a time, without a call to compare two letters.
    for (std::size_t l = 0; l < lexicons_.size(); ++l) {
        const std::string& code = lexicons_[l].first;
        bool same = code.size() == language.size();
        for (std::size_t k = 0; same && k < code.size(); ++k) same = code[k] == language[k];
        if (same) return l;
    }
    return lexicons_.size();
}

const Lexicon& SentimentAnalyzer::lexicon(std::size_t index) const {
    return index < lexicons_.size() ? lexicons_[index].second : fallback_;
}

TextAnalysis SentimentAnalyzer::analyze(std::string_view text, const std::optional<std::string>& language,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& ignored) const {
    thread_local TokenizedText tt;  // reused: its tokens keep their storage between texts
    return analyze(text, language, ignored, tt);
}

TW_HOT TextAnalysis SentimentAnalyzer::analyze(std::string_view text, const std::optional<std::string>& language,
                                               const std::vector<std::pair<std::size_t, std::size_t>>& ignored,
                                               TokenizedText& tt, bool explain) const {
    auto isIgnored = [&](std::size_t cp) {
        for (const auto& [from, to] : ignored) {
            if (cp >= from && cp < to) return true;
        }
        return false;
    };
    TextAnalysis out;
    tokenize(text, tt);
    // The tokens through a plain pointer, which the loops below keep in a register.
    const Token* const tokens = tt.tokens.data();
    const std::size_t tokenCount = tt.tokens.size();
    LanguageVotes votes;
    if (!language) {
        // One lookup per word counts both votes: function words, then our lexicons' words. Every
        // token's hash is checked against the table's filter first, without a branch on the
        // answer; then the words that may be in it are looked up (see util/term_values.h).
        votes.countedMoreWords = true;
        thread_local std::vector<std::size_t> wordList;
        if (wordList.size() < tokenCount) wordList.resize(tokenCount);  // only ever grown: no call a text
        std::size_t* const words = wordList.data();
        std::size_t candidates = 0;
        const HashFilter voters = votes_.filter();
        for (std::size_t i = 0; i < tokenCount; ++i) {
            const Token& t = tokens[i];
            words[candidates] = i;
            candidates += (t.kind == Token::Kind::Word) & voters.mayHold(t.hash);
        }
        // Each word's votes are added packed, and unpacked every kPackedVoteWords words.
        std::uint64_t packed = 0;
        std::size_t room = kPackedVoteWords;
        for (std::size_t c = 0; c < candidates; ++c) {
            const Token& t = tokens[words[c]];
            packed += votes_.find(t.hash, t.norm.size());
            if (--room == 0) {
                unpackVotes(packed, votes);
                packed = 0;
                room = kPackedVoteWords;
            }
        }
        unpackVotes(packed, votes);
    }
    if (language) {
        out.language = *language;
        out.languageConfidence = 1.0;
    } else {
        // Undecided by function words: each word of one of our lexicons votes for its languages.
        LanguageGuess g = decideLanguage(text, votes, tt.tokens);
        out.language = std::move(g.code);
        out.languageConfidence = g.confidence;
        // Nothing to go on (no letters, or too short): customer feedback here is mostly English.
        if (out.language == std::string_view("und")) out.language = "en";
    }
    const std::string_view code = out.language;
    const Lexicon& lex = lexicon(lexiconIndex(code == "und" ? std::string_view("en") : code));

    // Every contribution's start and weight, worked out in a reused buffer; with the
    // explanation, `out.contributions` holds the same ones in full (and `out.sentences` the
    // sentences' spans), without it neither is made: the caller prints neither.
    struct Weighed {
        std::size_t startCp;
        double weight;
    };
    thread_local std::vector<Weighed> weighed;
    weighed.clear();
    if (explain) {
        out.sentences.reserve(tt.sentences.size());
        out.contributions.reserve(8);
    }
    // Every token's hash checked against the lexicon's filter first, without a branch on the
    // answer (FlatStringMap::mayHold); then only the tokens that may matter are looked at, in
    // order: those the lexicon may hold, words drawn out (matched with single letters),
    // hashtags and punctuation.
    thread_local std::vector<std::size_t> interestingList;
    if (interestingList.size() < tokenCount) interestingList.resize(tokenCount);
    std::size_t* const interesting = interestingList.data();
    std::size_t kept = 0;
    const auto inLexicon = lex.filter();
    for (std::size_t i = 0; i < tokenCount; ++i) {
        const Token& t = tokens[i];
        interesting[kept] = i;
        kept +=
            inLexicon.mayHold(t.hash) | t.elongated | (t.kind == Token::Kind::Punct) | (t.kind == Token::Kind::Hashtag);
    }
    std::size_t next = 0;  // the next of the `kept` first of `interesting` to look at

    double total = 0.0, maxSentence = -1.0, minSentence = 1.0, absSum = 0.0;
    std::array<double, kEmotionCount> emotionRaw{};
    for (std::size_t s = 0; s < tt.sentences.size(); ++s) {
        const Sentence& sen = tt.sentences[s];
        bool sentenceShouting = true;
        int words = 0;
        for (std::size_t i = sen.firstToken; i < sen.endToken; ++i) {  // without a branch a token
            const bool word = tokens[i].kind == Token::Kind::Word;
            words += word;
            sentenceShouting &= !word | tokens[i].allCaps;
        }
        sentenceShouting = sentenceShouting && words > 1;

        const std::size_t firstContribution = weighed.size();
        thread_local std::vector<std::size_t> contrastAt;  // token index of each contrast word
        // Modifiers seen so far in this sentence, by the token they start at.
        thread_local std::vector<std::pair<std::size_t, Hit>> modifiers;
        contrastAt.clear();
        modifiers.clear();
        int exclamations = 0, questions = 0;
        for (; next < kept && interesting[next] < sen.firstToken; ++next) {
        }
        while (next < kept && interesting[next] < sen.endToken) {
            const std::size_t i = interesting[next++];
            const Token& t = tokens[i];
            if (t.kind == Token::Kind::Punct) {
                const char p = t.text.size() == 1 ? t.text[0] : '\0';
                exclamations += p == '!';
                questions += p == '?';
                // A clause ends at these: a negator or booster before it does not reach past
                // ("This isn't easy. :(" — the frown is not negated).
                if (p == '.' || p == '!' || p == '?' || p == ';' || p == ':' || p == ',') modifiers.clear();
                continue;
            }
            if (t.kind == Token::Kind::Url || t.kind == Token::Kind::Handle ||
                (!ignored.empty() && isIgnored(t.startCp)))
                continue;
            // A hashtag's word counts as the word ("#awful", "#win"), as one word only.
            const Lexicon::Found* found =
                t.kind == Token::Kind::Hashtag ? hashtagWord(lex, t) : lex.lookup(t.norm, t.hash);
            auto hit = match(lex, found, tokens, i, sen.endToken);
            if (!hit) continue;
            // The tokens a phrase covers are not looked at again.
            for (; next < kept && interesting[next] < hit->endToken; ++next) {
            }
            const LexiconEntry& e = *hit->entry;
            if (e.kind == TermKind::Contrast) contrastAt.push_back(i);
            if (e.kind != TermKind::Sentiment) {
                modifiers.emplace_back(i, *hit);
                continue;
            }
            Contribution* c = explain ? &out.contributions.emplace_back() : nullptr;
            if (c) {
                c->startCp = tokens[hit->firstToken].startCp;
                c->endCp = tokens[hit->endToken - 1].endCp;
                c->sentence = s;
                c->term = std::string(hit->term);
                c->valence = e.valence;
            }
            double v = e.valence;
            if (v != 0.0) {
                if (t.allCaps && !sentenceShouting) {
                    v += sign(v) * kCapsEmphasis;
                    if (c) c->rules.push_back("CAPITALS");
                }
                if (t.elongated) {
                    v += sign(v) * kElongation;
                    if (c) c->rules.push_back("elongated");
                }
                // Modifiers among the three words before the term.
                bool negated = false;
                for (auto it = modifiers.rbegin(); it != modifiers.rend(); ++it) {
                    std::size_t distance = 0;
                    for (std::size_t k = it->second.endToken; k < hit->firstToken; ++k) {
                        distance += tokens[k].kind == Token::Kind::Word ? 1 : 0;
                    }
                    if (distance > kModifierReachWords) break;
                    const double decay = distance <= 1 ? 1.0 : distance == 2 ? 0.95 : 0.9;
                    auto quoted = [&] { return "'" + std::string(it->second.term) + "'"; };
                    switch (it->second.entry->kind) {
                        case TermKind::Booster:
                            if (!negated) {
                                v += sign(v) * kBooster * decay;
                                if (c) c->rules.push_back("boosted by " + quoted());
                            }
                            break;
                        case TermKind::Diminisher:
                            v -= sign(v) * kBooster * decay;
                            if (c) c->rules.push_back("softened by " + quoted());
                            break;
                        case TermKind::Negator:
                            // A face is not negated: "NOT :)" and "no wifi :(" both mean what the
                            // face shows.
                            if (!negated && t.kind != Token::Kind::Emoji && t.kind != Token::Kind::Emoticon) {
                                v *= kNegation;
                                negated = true;
                                if (c) c->rules.push_back("negated by " + quoted());
                            }
                            break;
                        default:
                            break;
                    }
                    if (it->second.entry->kind == TermKind::Contrast) break;  // scope ends at "but"
                }
                // Tags count when the term keeps its sense; a negated joy word reads as sadness.
                bool flipped = sign(v) != sign(e.valence);
                if (!flipped) {
                    if (e.tags & kTagAnger) emotionRaw[kAnger] += std::fabs(v);
                    if (e.tags & kTagFear) emotionRaw[kFear] += std::fabs(v);
                    if (e.tags & kTagSadness) emotionRaw[kSadness] += std::fabs(v);
                    if (e.tags & kTagJoy) emotionRaw[kJoy] += std::fabs(v);
                    if (e.tags & kTagEffort) {
                        out.effort = true;
                        emotionRaw[kAnger] += 0.5 * std::fabs(v);  // effort breeds frustration
                    }
                    if (e.tags & kTagUrgency) out.urgency = true;
                } else if (e.tags & kTagJoy) {
                    emotionRaw[kSadness] += 0.5 * std::fabs(v);
                }
            } else {
                if (e.tags & kTagUrgency) out.urgency = true;
                if (e.tags & kTagEffort) out.effort = true;
            }
            if (c) c->weight = v;
            weighed.push_back({tokens[hit->firstToken].startCp, v});
        }
        // Contrast: what comes after the last "but" weighs more than what comes before.
        if (!contrastAt.empty()) {
            std::size_t cut = tokens[contrastAt.back()].startCp;
            const std::string word = explain ? "'" + std::string(tokens[contrastAt.back()].norm) + "'" : std::string();
            for (std::size_t k = firstContribution; k < weighed.size(); ++k) {
                const bool before = weighed[k].startCp < cut;
                weighed[k].weight *= before ? 0.5 : 1.5;
                if (explain) {
                    out.contributions[k].weight = weighed[k].weight;
                    out.contributions[k].rules.push_back((before ? "before " : "after ") + word +
                                                         (before ? " (x0.5)" : " (x1.5)"));
                }
            }
        }
        double sum = 0.0;
        for (std::size_t k = firstContribution; k < weighed.size(); ++k) {
            sum += weighed[k].weight;
            absSum += std::fabs(weighed[k].weight);
        }
        if (sum != 0.0) {
            sum += sign(sum) * kExclamation * std::min(exclamations, 4);
            if (questions > 1) sum += sign(sum) * 0.18 * std::min(questions, 3);
        }
        double sentenceScore = normalise(sum);
        if (explain) out.sentences.push_back({sen.startCp, sen.endCp, sentenceScore});
        total += sum;
        maxSentence = std::max(maxSentence, sentenceScore);
        minSentence = std::min(minSentence, sentenceScore);
    }
    out.score = normalise(total);
    if (maxSentence >= 0.5 && minSentence <= -0.5)
        out.label = "mixed";
    else if (out.score >= 0.05)
        out.label = "positive";
    else if (out.score <= -0.05)
        out.label = "negative";
    else
        out.label = "neutral";
    // 1 - e^(-x/k), and exactly 0 for nothing (most emotions of most texts) without calling exp.
    auto saturate = [](double x, double k) { return x == 0.0 ? 0.0 : 1.0 - std::exp(-x / k); };
    for (std::size_t e = 0; e < kEmotionCount; ++e) out.emotions[e] = saturate(emotionRaw[e], 3.0);
    out.intensity = saturate(absSum, 6.0);
    return out;
}

}  // namespace tw::core
