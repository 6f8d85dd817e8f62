// Personal data recognised by what is written around it rather than by its shape: names after
// "my name is", salutations, titles and sign-offs, or given names from the team's list before a
// family name; street addresses around a street type; dates of birth and account numbers after
// their cues. The cue lists are data: resources/risk/pii_cues.tsv and first_names.txt.
#include "risk/pii_scanners.h"
#include "util/embedded_resources.h"
#include "util/flat_string_map.h"
#include "util/term_hash.h"
#include "util/text_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace tw::core {

struct PiiDetector::Cues {
    enum Kind : std::uint8_t {
        NameIntro,
        NameGreeting,
        NameBefore,
        NameSignoff,
        Dob,
        Account,
        AccountWord,
        AddressIntro,
        StreetAfter,
        StreetBefore,
        NotName,
        KindCount
    };
    struct Cue {
        std::vector<std::string> words;
        Kind kind;
        std::vector<std::uint64_t> hashes;  // termHash of each word: most tokens differ in it
    };
    std::vector<Cue> cues;                              // longest first within each first word
    FlatStringMap<std::vector<std::uint32_t>> byFirst;  // a cue's first word -> its indices
    FlatStringMap<std::uint16_t> single;                // a word -> bit per Kind of one-word cues
    FlatStringMap<bool> firstNames;
    std::vector<std::string> streetSuffixes;  // street types of three letters or more

    Cues();
    [[nodiscard]] bool is(const Token& t, Kind k) const {
        const auto* e = single.find(t.norm, t.hash);
        return e && (e->value >> k) & 1u;
    }
};

namespace {

using Cues = PiiDetector::Cues;

std::optional<Cues::Kind> kindFromName(std::string_view name) {
    static constexpr std::array<std::string_view, Cues::KindCount> kNames{
        "name_intro",   "name_greeting", "name_before",  "name_signoff",  "dob",     "account",
        "account_word", "address_intro", "street_after", "street_before", "not_name"};
    for (std::size_t k = 0; k < kNames.size(); ++k) {
        if (kNames[k] == name) return static_cast<Cues::Kind>(k);
    }
    return std::nullopt;
}

bool isWord(const Token& t) { return t.kind == Token::Kind::Word; }

// Starts with a capital letter (any script).
bool capitalised(const Token& t) {
    if (t.text.empty()) return false;
    const auto first = static_cast<unsigned char>(t.text[0]);
    if (first < 0x80) return first >= 'A' && first <= 'Z';
    const auto* p = reinterpret_cast<const std::uint8_t*>(t.text.data());
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(t.text.size()), c);
    return c >= 0 && u_isupper(c);
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

PiiDetector::Cues::Cues() {
    forEachDataLine(embeddedResource("pii_cues.tsv"), [&](std::string_view line, std::size_t) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) return;
        auto kind = kindFromName(line.substr(0, tab));
        if (!kind) return;
        // Cue words are split as texts are, so that "d.o.b" and "m'appelle" compare as tokens.
        Cue cue{{}, *kind, {}};
        for (const Token& t : tokenize(line.substr(tab + 1)).tokens) {
            if (t.kind == Token::Kind::Word || t.kind == Token::Kind::Number) cue.words.emplace_back(t.norm);
        }
        if (cue.words.empty()) return;
        for (const std::string& w : cue.words) cue.hashes.push_back(termHash(w));
        if (cue.words.size() == 1) single[cue.words[0]] |= static_cast<std::uint16_t>(1u << *kind);
        if (cue.words.size() == 1 && *kind == StreetAfter && cue.words[0].size() >= 3)
            streetSuffixes.push_back(cue.words[0]);
        // Words that only qualify others ("the" is no name, "no." may follow an account cue) are
        // asked for through `single`; a cue scan that started at each of them (a quarter of
        // a text's words) would find nothing to start.
        if (*kind != NotName && *kind != AccountWord)
            byFirst[cue.words[0]].push_back(static_cast<std::uint32_t>(cues.size()));
        cues.push_back(std::move(cue));
    });
    // Longest cues first, so that "best regards" wins over "best".
    std::vector<std::string> firstWords;
    byFirst.forEach([&](const std::string& k, const std::vector<std::uint32_t>&) { firstWords.push_back(k); });
    for (const auto& key : firstWords) {
        auto& list = byFirst[key];
        std::stable_sort(list.begin(), list.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return cues[a].words.size() > cues[b].words.size(); });
    }
    forEachDataLine(embeddedResource("first_names.txt"), [&](std::string_view line, std::size_t) {
        for (const Token& t : tokenize(line).tokens) {
            if (t.kind == Token::Kind::Word) firstNames[t.norm] = true;
        }
    });
}

PiiDetector::PiiDetector() : cues_(std::make_unique<Cues>()) {}
PiiDetector::~PiiDetector() = default;

namespace {

// A date written after a date-of-birth cue, starting at byte `i`: 12/03/1985, 1985-03-12,
// 12.03.1985, March 12, 1985, 12 March 1985, 12. März 1985, 12 de marzo de 1985. Returns the end.
std::size_t dateAt(std::string_view s, std::size_t i) {
    auto digitsAt = [&](std::size_t k, std::size_t& end) {
        end = k;
        while (end < s.size() && s[end] >= '0' && s[end] <= '9' && end - k < 4) ++end;
        return end - k;
    };
    std::size_t e1 = 0;
    const std::size_t n1 = digitsAt(i, e1);
    if (n1 > 0 && e1 < s.size() && (s[e1] == '/' || s[e1] == '.' || s[e1] == '-')) {  // numeric
        const char sep = s[e1];
        std::size_t e2 = 0, e3 = 0;
        const std::size_t n2 = digitsAt(e1 + 1, e2);
        if (n2 >= 1 && n2 <= 2 && e2 < s.size() && s[e2] == sep && digitsAt(e2 + 1, e3) >= 2) return e3;
        if (n1 == 4 && n2 == 2 && e2 < s.size() && s[e2] == sep && digitsAt(e2 + 1, e3) == 2) return e3;
    }
    // Written months: a word of letters between a day and a year, in either order.
    std::size_t k = i, numbers = 0, words = 0, end = i;
    while (k < s.size() && numbers + words < 6) {
        while (k < s.size() && (s[k] == ' ' || s[k] == ',' || s[k] == '.')) ++k;
        std::size_t e = 0;
        if (const std::size_t n = digitsAt(k, e); n > 0) {
            if (n == 3) break;
            ++numbers;
            end = e;
            k = e;
            if (n == 4) break;  // the year ends the date
            if (k + 1 < s.size() &&
                (s.substr(k, 2) == "st" || s.substr(k, 2) == "nd" || s.substr(k, 2) == "rd" || s.substr(k, 2) == "th"))
                k += 2;
            continue;
        }
        std::size_t w = k;
        while (w < s.size() &&
               (static_cast<unsigned char>(s[w]) >= 0x80 || ((s[w] | 0x20) >= 'a' && (s[w] | 0x20) <= 'z')))
            ++w;
        if (w == k) break;
        std::string_view word = s.substr(k, w - k);
        if (word != "de" && word != "of") ++words;
        if (words > 1) break;
        k = w;
    }
    return numbers >= 2 && words == 1 ? end : 0;
}

struct CueScan {
    const Cues& cues;
    std::string_view text;
    const std::vector<Token>& tokens;
    std::vector<PiiFinding>& out;

    [[nodiscard]] std::size_t byteOf(const Token& t) const {
        return static_cast<std::size_t>(t.text.data() - text.data());
    }
    [[nodiscard]] std::size_t endByteOf(const Token& t) const { return byteOf(t) + t.text.size(); }
    [[nodiscard]] bool isPunct(std::size_t i, std::string_view chars) const {
        return i < tokens.size() && tokens[i].kind == Token::Kind::Punct &&
               chars.find(tokens[i].text) != std::string_view::npos;
    }
    [[nodiscard]] bool lineBreakBetween(std::size_t a, std::size_t b) const {
        return text.substr(endByteOf(tokens[a]), byteOf(tokens[b]) - endByteOf(tokens[a])).find('\n') !=
               std::string_view::npos;
    }
    void add(PiiType type, std::size_t firstToken, std::size_t endToken, std::string why) {
        PiiFinding f;
        f.type = type;
        f.startByte = byteOf(tokens[firstToken]);
        f.endByte = endByteOf(tokens[endToken - 1]);
        f.why = std::move(why);
        out.push_back(std::move(f));
    }

    // A possible name word: capitalised (or, after "my name is", any word), not a cue or a stop.
    [[nodiscard]] bool nameWord(std::size_t i, bool lowerOk) const {
        if (i >= tokens.size() || !isWord(tokens[i]) || cues.is(tokens[i], Cues::NotName)) return false;
        return capitalised(tokens[i]) || (lowerOk && tokens[i].norm.size() > 1);
    }
    // Up to three name words from token i; returns the end token (i when none).
    [[nodiscard]] std::size_t nameFrom(std::size_t i, bool lowerOk) const {
        std::size_t k = i;
        while (k < tokens.size() && k - i < 3 && nameWord(k, lowerOk && k - i < 2)) {
            if (k > i && lineBreakBetween(k - 1, k)) break;
            ++k;
        }
        return k;
    }
    // Titles and punctuation between a cue and the name ("Dear Mr. Smith").
    [[nodiscard]] std::size_t skipTitles(std::size_t i) const {
        while (i < tokens.size() && (isPunct(i, ".:") || (isWord(tokens[i]) && cues.is(tokens[i], Cues::NameBefore) &&
                                                          i + 1 < tokens.size() && capitalised(tokens[i])))) {
            ++i;
        }
        return i;
    }

    // The cue starting at token i, if any: its kind and the token after it.
    [[nodiscard]] std::optional<std::pair<Cues::Kind, std::size_t>> cueAt(std::size_t i) const {
        const auto* list = cues.byFirst.find(tokens[i].norm, tokens[i].hash);
        if (!list) return std::nullopt;
        for (std::uint32_t c : list->value) {
            const auto& words = cues.cues[c].words;
            const auto& hashes = cues.cues[c].hashes;
            if (i + words.size() > tokens.size()) continue;
            bool all = true;
            for (std::size_t k = 1; k < words.size() && all; ++k)
                all = tokens[i + k].hash == hashes[k] && tokens[i + k].norm == words[k];
            if (all) return std::make_pair(cues.cues[c].kind, i + words.size());
        }
        return std::nullopt;
    }

    // Returns the token to continue from.
    std::size_t person(Cues::Kind kind, std::size_t cueStart, std::size_t after) {
        const std::string cue = "'" +
                                std::string(text.substr(byteOf(tokens[cueStart]),
                                                        endByteOf(tokens[after - 1]) - byteOf(tokens[cueStart]))) +
                                "'";
        if (kind == Cues::NameIntro) {
            std::size_t from = after;
            while (isPunct(from, ":,")) ++from;
            const std::size_t end = nameFrom(from, true);
            if (end > from) add(PiiType::Person, from, end, "a name after " + cue);
            return std::max(end, after);
        }
        if (kind == Cues::NameBefore || kind == Cues::NameGreeting) {
            const std::size_t from = skipTitles(after);
            const std::size_t end = nameFrom(from, false);
            if (end > from) add(PiiType::Person, from, end, "a name after " + cue);
            return std::max(end, after);
        }
        // Sign-off: "Thanks, John" or "Regards\nJohn Smith" ending the text or its line.
        std::size_t from = after;
        while (isPunct(from, ",!-")) ++from;
        if (from == after && !(from < tokens.size() && lineBreakBetween(after - 1, from))) return after;
        const std::size_t end = nameFrom(from, false);
        const bool lastOnLine = end == tokens.size() || lineBreakBetween(end - 1, end) || isPunct(end, ".!");
        if (end > from && lastOnLine) add(PiiType::Person, from, end, "a name signing off after " + cue);
        return std::max(end, after);
    }

    std::size_t birthDate(std::size_t cueStart, std::size_t after) {
        for (std::size_t k = after; k < tokens.size() && k < after + 4; ++k) {
            if (tokens[k].kind != Token::Kind::Number && !isWord(tokens[k])) continue;
            if (const std::size_t end = dateAt(text, byteOf(tokens[k]))) {
                PiiFinding f;
                f.type = PiiType::DateOfBirth;
                f.startByte = byteOf(tokens[k]);
                f.endByte = end;
                f.why = "a date after '" + std::string(tokens[cueStart].norm) + "'";
                out.push_back(std::move(f));
                return k + 1;
            }
        }
        return after;
    }

    std::size_t accountNumber(std::size_t cueStart, std::size_t after) {
        std::size_t k = after;
        while (k < tokens.size() && k < after + 4 &&
               (isPunct(k, ":#.-") || (isWord(tokens[k]) && cues.is(tokens[k], Cues::AccountWord)))) {
            ++k;
        }
        if (k >= tokens.size()) return after;
        std::size_t from = byteOf(tokens[k]);
        if (from < text.size() && text[from] == '#') ++from;
        std::size_t end = from, digits = 0;
        auto part = [](char c) {
            return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-' || c == '/';
        };
        for (; end < text.size() && part(text[end]); ++end) digits += text[end] >= '0' && text[end] <= '9';
        while (end > from && (text[end - 1] == '-' || text[end - 1] == '/')) --end;
        if (digits < 3 || end - from < 4) return after;
        PiiFinding f;
        f.type = PiiType::AccountNumber;
        f.startByte = from;
        f.endByte = end;
        f.why = "a number after '" + std::string(tokens[cueStart].norm) + "'";
        out.push_back(std::move(f));
        std::size_t next = k;
        while (next < tokens.size() && byteOf(tokens[next]) < end) ++next;
        return next;
    }

    // After "my address is", "lives at": from the next number (or a name just before one) to the
    // end of the sentence or line, at most 14 tokens: "PSC 0413, Box 8144", "450 Præstevænget 15".
    std::size_t addressAfterCue(std::size_t cueStart, std::size_t after) {
        std::size_t from = after;
        while (from < tokens.size() && from < after + 4 &&
               (isPunct(from, ":,-") || (isWord(tokens[from]) && !capitalised(tokens[from]) &&
                                         tokens[from].kind != Token::Kind::Number && tokens[from].norm.size() <= 6)))
            ++from;                  // ":", "is", "the corner of"
        if (from < tokens.size()) {  // a street address the patterns know ends where they say
            const std::size_t size = out.size();
            if (const std::size_t end = address(from); end > from) return end;
            out.resize(size);
        }
        std::size_t end = from, numbers = 0;
        const std::size_t sentence = from < tokens.size() ? tokens[from].sentence : 0;
        while (end < tokens.size() && end - from < 14 && tokens[end].sentence == sentence &&
               (end == from || !lineBreakBetween(end - 1, end)) && !isPunct(end, "?!;") &&
               !(isWord(tokens[end]) && !capitalised(tokens[end]) && cues.is(tokens[end], Cues::NotName))) {
            numbers += tokens[end].kind == Token::Kind::Number;
            ++end;
        }
        while (end > from && tokens[end - 1].kind == Token::Kind::Punct) --end;
        const bool startsWell =
            from < tokens.size() && (tokens[from].kind == Token::Kind::Number || capitalised(tokens[from]));
        if (numbers == 0 || !startsWell || end <= from) return after;
        add(PiiType::Address, from, end,
            "an address after '" +
                std::string(
                    text.substr(byteOf(tokens[cueStart]), endByteOf(tokens[after - 1]) - byteOf(tokens[cueStart]))) +
                "'");
        return end;
    }

    // "123 Main Street", "Hauptstraße 5", "12 rue de la Paix", "Calle Mayor 3": a street type
    // with a house number and name words around it; a postcode and town after it join the span.
    // Whether one of the `n` tokens from `from` is a number or starts with a digit ("12a").
    [[nodiscard]] bool numberWithin(std::size_t from, std::size_t n) const {
        for (std::size_t k = from; k < tokens.size() && k < from + n; ++k) {
            if (tokens[k].kind == Token::Kind::Number ||
                (!tokens[k].norm.empty() && allDigits(tokens[k].norm.substr(0, 1))))
                return true;
        }
        return false;
    }

    std::size_t address(std::size_t i) {
        const Token& t = tokens[i];
        std::size_t first = i, last = 0;  // tokens [first, last)
        if (t.kind == Token::Kind::Number && t.norm.size() <= 5) {
            std::size_t k = i + 1;
            if (k < tokens.size() && isWord(tokens[k]) && (tokens[k].norm == "bis" || tokens[k].norm == "ter")) ++k;
            if (k < tokens.size() && isPunct(k, ",")) ++k;
            if (k < tokens.size() && isWord(tokens[k]) &&
                cues.is(tokens[k], Cues::StreetBefore)) {  // 12 rue de la Paix
                std::size_t e = k + 1, named = 0;
                while (e < tokens.size() && e - k <= 5 && isWord(tokens[e]) && !lineBreakBetween(e - 1, e) &&
                       (capitalised(tokens[e]) || tokens[e].norm.size() <= 3)) {
                    named += capitalised(tokens[e]);
                    ++e;
                }
                while (e > k + 1 && !capitalised(tokens[e - 1])) --e;
                if (named > 0) last = e;
            } else {  // 123 Main Street
                std::size_t e = k;
                while (e < tokens.size() && e - k < 4 && isWord(tokens[e]) && capitalised(tokens[e]) &&
                       !cues.is(tokens[e], Cues::StreetAfter))
                    ++e;
                if (e > k && e < tokens.size() && isWord(tokens[e]) && cues.is(tokens[e], Cues::StreetAfter) &&
                    capitalised(tokens[e]))
                    last = e + 1;
            }
        } else if (isWord(t) && capitalised(t) && numberWithin(i + 1, 8)) {
            std::size_t e = i;
            if (cues.is(t, Cues::StreetBefore)) {  // Calle Mayor 3
                ++e;
                std::size_t named = 0;
                while (e < tokens.size() && e - i <= 5 && isWord(tokens[e]) &&
                       (capitalised(tokens[e]) || tokens[e].norm.size() <= 3)) {
                    named += capitalised(tokens[e]);
                    ++e;
                }
                if (isPunct(e, ",")) ++e;
                if (named > 0 && e < tokens.size() && tokens[e].kind == Token::Kind::Number &&
                    tokens[e].norm.size() <= 4)
                    last = e + 1;
            } else {  // Hauptstraße 5, Berliner Straße 12a
                // A street type on its own or closing a compound ("Hauptstraße", "Goetheweg").
                const bool streetWord =
                    cues.is(t, Cues::StreetAfter) ||
                    std::any_of(cues.streetSuffixes.begin(), cues.streetSuffixes.end(), [&](const std::string& suffix) {
                        return t.norm.size() > suffix.size() + 2 && t.norm.ends_with(suffix);
                    });
                ++e;
                if (streetWord && isPunct(e, ".")) ++e;
                if (streetWord && e < tokens.size() && tokens[e].kind != Token::Kind::Punct &&
                    (tokens[e].kind == Token::Kind::Number || allDigits(tokens[e].norm.substr(0, 1))) &&
                    tokens[e].norm.size() <= 4) {
                    last = e + 1;
                    if (i > 0 && isWord(tokens[i - 1]) && capitalised(tokens[i - 1]) && cues.is(t, Cues::StreetAfter))
                        first = i - 1;
                }
            }
        }
        if (last == 0) return i;
        // ", 10115 Berlin", ", Springfield, IL 62704", ", 75002 Paris"
        std::size_t e = last;
        if (isPunct(e, ",")) {
            std::size_t k = e + 1;
            while (
                k < tokens.size() && k - e <= 6 &&
                ((isWord(tokens[k]) && capitalised(tokens[k])) || isPunct(k, ",") ||
                 (tokens[k].kind == Token::Kind::Number && tokens[k].norm.size() >= 4 && tokens[k].norm.size() <= 5))) {
                ++k;
                if (tokens[k - 1].kind == Token::Kind::Number) {
                    e = k;
                    if (k < tokens.size() && isWord(tokens[k]) && capitalised(tokens[k])) e = ++k;
                    break;
                }
            }
        }
        add(PiiType::Address, first, std::max(e, last), "a street address: house number, name and street type");
        return std::max(e, last);
    }
};

}  // namespace

void findByCues(const Cues& cues, std::string_view text, const TextBytes& bytes, const TokenizedText& tt,
                std::vector<PiiFinding>& out) {
    CueScan scan{cues, text, tt.tokens, out};
    const auto& tokens = tt.tokens;
    // Every street address found without a cue has a house number: a text without a digit has none.
    const bool digits = bytes.digits > 0;
    // The tokens something may start at, listed first without a branch a token: a cue's first
    // word (as far as the cue table's filter can tell), a capitalised word (names, streets; any
    // word not in ASCII, which capitalised() decides), a number when the text has digits. Most
    // words are none of these, and the scan below visits only the listed ones.
    thread_local std::vector<std::size_t> starts;
    starts.resize(tokens.size());
    std::size_t listed = 0;
    const auto cueStarts = cues.byFirst.filter();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        const unsigned first = t.text.empty() ? 0u : static_cast<unsigned char>(t.text[0]);
        const bool number = t.kind == Token::Kind::Number;
        const bool maybe = cueStarts.mayHold(t.hash) | (first - 'A' < 26u) | (first >= 0x80) | (digits & number);
        starts[listed] = k;
        listed += ((t.kind == Token::Kind::Word) | number) & maybe;
    }
    std::size_t at = 0;  // the next of the listed tokens
    for (std::size_t i = 0;;) {
        while (at < listed && starts[at] < i) ++at;
        if (at == listed) break;
        i = starts[at];
        const Token& t = tokens[i];
        if (t.kind != Token::Kind::Word && t.kind != Token::Kind::Number) {
            ++i;
            continue;
        }
        if (auto cue = scan.cueAt(i)) {
            const auto [kind, after] = *cue;
            std::size_t next = after;
            switch (kind) {
                case Cues::NameIntro:
                case Cues::NameSignoff:
                    next = scan.person(kind, i, after);
                    break;
                case Cues::NameBefore:
                    next = scan.person(kind, i, after);
                    break;
                case Cues::NameGreeting:  // "Hi John," opens a sentence; "say hi Sunday" does not
                    if (i == tt.sentences[t.sentence].firstToken) next = scan.person(kind, i, after);
                    break;
                case Cues::Dob:
                    next = scan.birthDate(i, after);
                    break;
                case Cues::Account:
                    next = scan.accountNumber(i, after);
                    break;
                case Cues::AddressIntro:
                    next = scan.addressAfterCue(i, after);
                    break;
                default:
                    next = i;
                    break;
            }
            if (next > i) {
                i = next;
                continue;
            }
        }
        if (const std::size_t end = digits ? scan.address(i) : i; end > i) {
            i = end;
            continue;
        }
        // "Faina D. Yefremova", "Ravil G Yefimov": a name, an initial, a family name.
        // (The one-letter word after it first: a table lookup for every capitalised word costs more.)
        if (isWord(t) && capitalised(t) && i + 2 < tokens.size() && t.norm.size() > 1 && isWord(tokens[i + 1]) &&
            tokens[i + 1].text.size() == 1 && !cues.is(t, Cues::NotName)) {
            const Token& initial = tokens[i + 1];
            std::size_t last = i + 2 + (isWord(tokens[i + 2]) ? 0 : 1);
            if (capitalised(initial) && last < tokens.size() && (last == i + 2 || scan.isPunct(i + 2, ".")) &&
                scan.nameWord(last, false) && tokens[last].norm.size() > 1) {
                scan.add(PiiType::Person, i, last + 1, "a name with a middle initial");
                i = last + 1;
                continue;
            }
        }
        // A given name from the list, capitalised, with a capitalised family name or alone.
        if (isWord(t) && capitalised(t) && cues.firstNames.find(t.norm, t.hash)) {
            std::size_t end = i + 1;
            if (scan.nameWord(end, false) && !scan.lineBreakBetween(i, end) && !cues.is(tokens[end], Cues::StreetAfter))
                ++end;
            scan.add(PiiType::Person, i, end, "a given name on the team's list");
            i = end;
            continue;
        }
        ++i;
    }
}

}  // namespace tw::core
