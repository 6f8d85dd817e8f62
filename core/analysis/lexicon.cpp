#include "analysis/lexicon.h"
#include "analysis/agreement_forms.h"
#include "analysis/english_forms.h"

#include "text/normalize.h"
#include "util/embedded_resources.h"
#include "util/text_lines.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <vector>

namespace tw::core {

namespace {

std::vector<std::string_view> splitTabs(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return out;
}

std::optional<double> number(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    double d = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return d;
}

std::optional<std::uint8_t> parseTags(std::string_view s, std::string& bad) {
    std::uint8_t tags = 0;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t comma = s.find(',', start);
        std::string_view t = s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!t.empty() && (t.back() == '\r' || t.back() == ' ')) t.remove_suffix(1);
        if (t == "anger")
            tags |= kTagAnger;
        else if (t == "fear")
            tags |= kTagFear;
        else if (t == "sadness")
            tags |= kTagSadness;
        else if (t == "joy")
            tags |= kTagJoy;
        else if (t == "effort")
            tags |= kTagEffort;
        else if (t == "urgency")
            tags |= kTagUrgency;
        else if (!t.empty()) {
            bad = std::string(t);
            return std::nullopt;
        }
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return tags;
}

}  // namespace

void Lexicon::set(const std::string& term, const LexiconEntry& entry) {
    Slot& slot = slots_[term];
    entries_ += slot.isEntry ? 0 : 1;
    slot.entry = entry;
    slot.isEntry = true;
    slot.generated = false;
    std::uint32_t words = 1;
    for (char c : term) words += c == ' ';
    maxWords_ = std::max<std::size_t>(maxWords_, words);
    if (words > 1) {
        const std::size_t space = term.find(' ');
        Slot& first = slots_[term.substr(0, space)];
        first.longestFrom = std::max(first.longestFrom, words);
        const std::string_view rest = std::string_view(term).substr(space + 1);
        const std::size_t bit = pairBit(termHash(term.substr(0, space)), termHash(rest.substr(0, rest.find(' '))));
        pairs_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
}

Status Lexicon::load(std::string_view content, const std::string& source) {
    Status status = Ok{};
    forEachDataLine(content, [&](std::string_view line, std::size_t lineNo) {
        auto where = source + ": line " + std::to_string(lineNo);
        auto fail = [&](const std::string& why) {
            status = makeError(why, where);
            return false;
        };
        auto f = splitTabs(line);
        if (f.size() < 2 || f[0].empty()) return fail("expected TERM<TAB>VALUE[<TAB>TAGS]");
        // Folded as the tokenizer folds words, so that "großartig" meets "GROSSARTIG"; a hyphen
        // between two letters joins words ("rip-off" is the phrase "rip off", which the analyzer
        // also meets written with the hyphen).
        std::string term = foldCase(f[0]);
        for (std::size_t k = 1; k + 1 < term.size(); ++k) {
            auto wordByte = [](char c) {
                const auto b = static_cast<unsigned char>(c);
                return std::isalnum(b) || b >= 0x80;
            };
            if (term[k] == '-' && wordByte(term[k - 1]) && wordByte(term[k + 1])) term[k] = ' ';
        }
        LexiconEntry e;
        std::string_view v = f[1];
        if (v == "negator")
            e.kind = TermKind::Negator;
        else if (v == "booster")
            e.kind = TermKind::Booster;
        else if (v == "diminisher")
            e.kind = TermKind::Diminisher;
        else if (v == "contrast")
            e.kind = TermKind::Contrast;
        else if (v == "hypothetical")
            e.kind = TermKind::Hypothetical;
        else {
            auto d = number(v);
            if (!d) return fail("'" + std::string(v) + "' is neither a valence nor a modifier kind");
            // VADER: word, mean, sd, [ratings]; AFINN: word, integer -5..5 (two fields only).
            bool afinn = f.size() == 2 && *d == static_cast<int>(*d) &&
                         (*d > 4 || *d < -4 || source.find("AFINN") != std::string::npos ||
                          source.find("afinn") != std::string::npos);
            e.valence = afinn ? *d * 0.8 : *d;
            if (e.valence < -4.0 || e.valence > 4.0) return fail("valence " + std::string(v) + " is outside -4..4");
            bool vader = f.size() == 4 && f[3].find('[') != std::string_view::npos;
            if (f.size() >= 3 && !vader) {
                std::string bad;
                auto tags = parseTags(f[2], bad);
                if (!tags) return fail("unknown tag '" + bad + "' (anger, fear, sadness, joy, effort, urgency)");
                e.tags = *tags;
            }
        }
        set(term, e);
        return true;
    });
    return status;
}

void Lexicon::addRegularForms(std::string_view language, std::string_view classes) {
    // The classes a word inflects as, where the team listed them; all three otherwise.
    std::map<std::string, std::vector<WordClass>, std::less<>> listed;
    forEachDataLine(classes, [&](std::string_view line, std::size_t) {
        const auto f = splitTabs(line);
        if (f.size() < 2) return;
        auto& list = listed[std::string(f[0])];
        for (std::string_view name : {"adj", "verb", "noun", "forms"}) {
            if (f[1].find(name) == std::string_view::npos) continue;
            list.push_back(name == "adj" ? WordClass::Adjective : name == "verb" ? WordClass::Verb : WordClass::Noun);
        }
    });
    std::vector<std::string> words;  // sorted, so that a form two words make goes to the same one
    slots_.forEach([&](const std::string& key, const Slot& slot) {
        if (slot.isEntry && !slot.generated && slot.entry.kind == TermKind::Sentiment &&
            key.find(' ') == std::string::npos)
            words.push_back(key);
    });
    std::sort(words.begin(), words.end());
    std::vector<std::pair<std::string, LexiconEntry>> forms;
    for (const std::string& word : words) {
        const auto it = listed.find(word);
        if (language != "en") {  // one set of forms, unless the word is listed with none
            if (it != listed.end() && it->second.empty()) continue;
            for (std::string& form : agreementForms(word, language)) forms.emplace_back(std::move(form), *find(word));
            continue;
        }
        const std::vector<WordClass> all{WordClass::Adjective, WordClass::Verb, WordClass::Noun};
        for (WordClass c : it == listed.end() ? all : it->second) {
            for (std::string& form : regularForms(word, c)) forms.emplace_back(std::move(form), *find(word));
        }
    }
    for (const auto& [form, entry] : forms) {  // a form written in a file is that file's entry
        if (const Found* f = slots_.find(form); f && f->value.isEntry && !f->value.generated) continue;
        set(form, entry);
        slots_[form].generated = true;
    }
}

Status Lexicon::loadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("cannot read the lexicon file", path);
    std::stringstream ss;
    ss << in.rdbuf();
    return load(ss.str(), path);
}

bool hasRegularForms(std::string_view language) {
    return language == "en" || language == "de" || language == "fr" || language == "es";
}

bool hasBuiltinLexicon(const std::string& language) { return !embeddedResource(language + ".tsv").empty(); }

const Lexicon& builtinLexicon(const std::string& language) {
    static std::mutex mutex;
    static std::map<std::string, Lexicon> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(language);
    if (it != cache.end()) return it->second;
    Lexicon lex;
    // The compiled-in files are ours and tested; a failure here is a programmer error.
    [[maybe_unused]] auto common = lex.load(embeddedResource("common.tsv"), "common.tsv");
    assert(common.ok());
    if (auto own = embeddedResource(language + ".tsv"); !own.empty()) {
        [[maybe_unused]] auto st = lex.load(own, language + ".tsv");
        assert(st.ok());
    }
    if (hasRegularForms(language)) lex.addRegularForms(language, embeddedResource(language + "_forms.tsv"));
    return cache.emplace(language, std::move(lex)).first->second;
}

}  // namespace tw::core
