// The rule and search language: each operator, scope and field filter, the spans a match
// explains itself with, parse errors with their line:column, and patterns that cannot hang.
#include "rules/affix_index.h"
#include "rules/matcher.h"
#include "rules/query_parser.h"
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace tw::core;

namespace {

struct Doc {
    std::string text;
    TokenizedText tokens;
    RuleInput input;
    explicit Doc(std::string t, std::string_view lang = "en") : text(std::move(t)), tokens(tokenize(text)) {
        input.text = text;
        input.tokens = &tokens;
        input.language = lang;
        input.channel = "survey";
    }
};

RuleMatch run(std::string_view rule, const RuleInput& input) {
    RuleSet set;
    auto id = set.add(rule);
    EXPECT_TRUE(id.ok()) << rule << ": " << (id.ok() ? "" : id.error().describe());
    if (!id.ok()) return {};
    return set.match(id.value(), input);
}

bool matches(std::string_view rule, const Doc& d) { return run(rule, d.input).matched; }

std::string spanText(const Doc& d, const MatchSpan& s) {
    // ASCII test texts: code points are bytes.
    return d.text.substr(s.startCp, s.endCp - s.startCp);
}

}  // namespace

TEST(Rules, WordsPhrasesWildcardsAndStems) {
    Doc d("I was charged twice for my order and asked for a refund. Cancelled it.");
    EXPECT_TRUE(matches("refund", d));
    EXPECT_FALSE(matches("refunds", d));
    EXPECT_TRUE(matches("refund*", d));
    EXPECT_TRUE(matches("ref?nd", d));
    EXPECT_TRUE(matches("\"charged twice\"", d));
    EXPECT_FALSE(matches("\"twice charged\"", d));
    EXPECT_TRUE(matches("~cancel", d));  // "Cancelled" by the English stemmer
    EXPECT_TRUE(matches("CHARGED", d));  // case-insensitive
    auto m = run("\"charged twice\" refund*", d.input);
    ASSERT_EQ(m.spans.size(), 2u);
    EXPECT_EQ(spanText(d, m.spans[0]), "charged twice");
    EXPECT_EQ(spanText(d, m.spans[1]), "refund");
}

TEST(Rules, AccentInsensitiveAndOtherLanguagesStems) {
    Doc fr("Le café était froid et la livraison annulée.", "fr");
    EXPECT_TRUE(matches("cafe", fr));
    EXPECT_TRUE(matches("CAFÉ", fr));
    EXPECT_TRUE(matches("annulee", fr));
    Doc de("Ich habe die Bestellungen storniert.", "de");
    EXPECT_TRUE(matches("~Bestellung", de));  // German stemmer: bestellungen -> bestell
    EXPECT_FALSE(matches("Bestellung", de));
}

TEST(Rules, BooleanOperatorsAndParentheses) {
    Doc d("The delivery was late and the box was damaged");
    EXPECT_TRUE(matches("late AND damaged", d));
    EXPECT_TRUE(matches("late damaged", d));  // implicit AND
    EXPECT_FALSE(matches("late AND missing", d));
    EXPECT_TRUE(matches("missing OR damaged", d));
    EXPECT_TRUE(matches("late NOT missing", d));
    EXPECT_FALSE(matches("late -damaged", d));
    EXPECT_TRUE(matches("(missing OR late) AND (box OR parcel)", d));
    EXPECT_FALSE(matches("(missing OR stolen) AND box", d));
    // NOT contributes no spans; the others do.
    auto m = run("late NOT missing", d.input);
    ASSERT_EQ(m.spans.size(), 1u);
    EXPECT_EQ(spanText(d, m.spans[0]), "late");
}

TEST(Rules, NearBeforeAndSentenceScope) {
    Doc d("The app crashed again when I tried to pay. Support was friendly.");
    EXPECT_TRUE(matches("app NEAR/2 again", d));
    EXPECT_TRUE(matches("again NEAR/2 app", d));  // either order
    EXPECT_FALSE(matches("app NEAR/1 tried", d));
    EXPECT_TRUE(matches("app BEFORE/5 tried", d));
    EXPECT_FALSE(matches("tried BEFORE/5 app", d));
    EXPECT_TRUE(matches("SENT(crashed AND pay)", d));
    EXPECT_FALSE(matches("SENT(crashed AND friendly)", d));
    EXPECT_TRUE(matches("crashed AND friendly", d));
    auto m = run("app NEAR/3 crashed", d.input);
    ASSERT_EQ(m.spans.size(), 2u);
    EXPECT_EQ(spanText(d, m.spans[0]), "app");
    EXPECT_EQ(spanText(d, m.spans[1]), "crashed");
}

TEST(Rules, SpeakerScopesOnCallTranscripts) {
    Doc d("I want to cancel my contract. I understand, let me check your refund options.");
    d.input.agentTurns = {{30, d.text.size()}};  // the agent's turn starts at "I understand"
    EXPECT_TRUE(matches("CUSTOMER(cancel)", d));
    EXPECT_FALSE(matches("AGENT(cancel)", d));
    EXPECT_TRUE(matches("AGENT(refund)", d));
    EXPECT_FALSE(matches("CUSTOMER(refund)", d));
}

// AFFIRMED(...): its words and phrases count where no negator of the text's language stands
// among the three words before them in the same clause.
TEST(Rules, AffirmedLeavesOutNegatedWords) {
    EXPECT_FALSE(matches("AFFIRMED(helpful)", Doc("The staff were NOT helpful")));
    EXPECT_TRUE(matches("helpful", Doc("The staff were NOT helpful")));  // the word alone still finds it
    EXPECT_TRUE(matches("AFFIRMED(helpful)", Doc("The staff were helpful")));
    EXPECT_FALSE(matches("AFFIRMED(helpful)", Doc("Nobody was really helpful")));
    EXPECT_FALSE(matches("AFFIRMED(helpful)", Doc("They weren't very helpful")));
    // Three words reach; a clause end or "but" closes the scope.
    EXPECT_TRUE(matches("AFFIRMED(helpful)", Doc("Not that I expected much from them, staff were helpful")));
    EXPECT_TRUE(matches("AFFIRMED(helpful)", Doc("I did not expect the staff to be helpful")));
    EXPECT_TRUE(matches("AFFIRMED(helpful)", Doc("Not cheap but helpful")));
    EXPECT_TRUE(matches("AFFIRMED(helpful)", Doc("No problem. The agent was helpful")));
    // A phrase is negated by what precedes it, not by a negator of its own.
    EXPECT_TRUE(matches("AFFIRMED(\"not worth the price\")", Doc("Honestly not worth the price")));
    EXPECT_FALSE(matches("AFFIRMED(\"hidden fees\")", Doc("There were no hidden fees")));
    // Inside NEAR and SENT, both sides must be affirmed.
    const std::string rule = "AFFIRMED(SENT(staff NEAR/5 (helpful OR friendly)))";
    EXPECT_TRUE(matches(rule, Doc("The staff in Leeds were friendly")));
    EXPECT_FALSE(matches(rule, Doc("The staff in Leeds were not friendly")));
    EXPECT_FALSE(matches(rule, Doc("No staff were friendly")));
    Doc later("Not at first. Then the staff were friendly");
    auto m = run(rule, later.input);
    ASSERT_EQ(m.spans.size(), 2u);
    EXPECT_EQ(spanText(later, m.spans[0]), "staff");
    EXPECT_EQ(spanText(later, m.spans[1]), "friendly");
    // The negators of the text's language.
    EXPECT_FALSE(matches("AFFIRMED(freundlich)", Doc("Das Personal war nicht freundlich", "de")));
    EXPECT_TRUE(matches("AFFIRMED(freundlich)", Doc("Das Personal war freundlich", "de")));
    EXPECT_FALSE(matches("AFFIRMED(aimable)", Doc("Le personnel n'était pas aimable", "fr")));
    EXPECT_FALSE(matches("AFFIRMED(amable)", Doc("El personal no fue amable", "es")));
    EXPECT_TRUE(matches("AFFIRMED(amable)", Doc("El personal fue muy amable", "es")));
}

TEST(Rules, FieldFilters) {
    Doc d("Waited an hour on the phone");
    d.input.channel = "call";
    d.input.language = "en";
    d.input.createdAt = 1771000000;  // 2026-02-13
    d.input.rating = 2;
    d.input.analysed = true;
    d.input.label = "negative";
    d.input.sentiment = -0.6;
    d.input.emotions = {0.7, 0.0, 0.2, 0.0};
    d.input.attributes = R"({"store": "Berlin Mitte", "visits": 3})";
    std::vector<std::string> categories{"Wait times/Phone queue"};
    d.input.categories = &categories;
    EXPECT_TRUE(matches("channel:call", d));
    EXPECT_FALSE(matches("channel:email", d));
    EXPECT_TRUE(matches("channel:ca*", d));
    EXPECT_TRUE(matches("lang:en", d));
    EXPECT_TRUE(matches("date:2026-01..2026-03", d));
    EXPECT_TRUE(matches("date:2026-02", d));
    EXPECT_FALSE(matches("date:2026-03..2026-04", d));
    EXPECT_TRUE(matches("date:>=2026-02-13", d));
    EXPECT_FALSE(matches("date:<2026-02-13", d));
    EXPECT_TRUE(matches("rating:<=2", d));
    EXPECT_FALSE(matches("rating:>2", d));
    EXPECT_TRUE(matches("rating:1..3", d));
    EXPECT_TRUE(matches("sentiment:negative", d));
    EXPECT_TRUE(matches("sentiment:<-0.5", d));
    EXPECT_TRUE(matches("emotion.anger:>0.6", d));
    EXPECT_FALSE(matches("emotion.fear:>0.6", d));
    EXPECT_TRUE(matches("attr.store:\"Berlin Mitte\"", d));
    EXPECT_TRUE(matches("attr.store:berlin*", d));
    EXPECT_TRUE(matches("attr.visits:>=3", d));
    EXPECT_FALSE(matches("attr.missing:x", d));
    EXPECT_TRUE(matches("category:\"Wait times\"", d));
    EXPECT_TRUE(matches("phone AND channel:call AND rating:<=2", d));
}

TEST(Rules, ParseErrorsSayWhereAndWhy) {
    struct Case {
        const char* rule;
        const char* location;
        const char* says;
    };
    const Case cases[] = {
        {"refund AND", "1:11", "expected a word"},
        {"(late OR missing", "1:17", "expected ')' to close the '(' at 1:1"},
        {"late)", "1:5", "closes no '('"},
        {"\"charged twice", "1:1", "no closing"},
        {"late NEAR/x box", "1:6", "number of words"},
        {"late\n  AND colour:red", "2:7", "unknown field 'colour'"},
        {"date:2026-13", "1:1", "expected a date"},
        {"rating:<=high", "1:1", "expected a number"},
        {"sentiment:angry", "1:1", "positive, negative, neutral, mixed"},
        {"", "1:1", "empty"},
        {"SENT()", "1:6", "inside the parentheses"},
    };
    for (const auto& c : cases) {
        RuleSet set;
        auto r = set.add(c.rule);
        ASSERT_FALSE(r.ok()) << c.rule;
        EXPECT_EQ(r.error().location, c.location) << c.rule << ": " << r.error().message;
        EXPECT_NE(r.error().message.find(c.says), std::string::npos) << c.rule << ": " << r.error().message;
    }
    std::string deep(200, '(');
    RuleSet set;
    EXPECT_FALSE(set.add(deep + "x" + std::string(200, ')')).ok());
}

TEST(Rules, HostilePatternsFinishQuickly) {
    // A pattern that backtracking matchers take exponential time on.
    std::string word;
    for (int i = 0; i < 2500; ++i) word += "ab";
    Doc d(word + " " + word);
    auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(matches("a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c", d));
    EXPECT_TRUE(matches("a*b*a*b*a*b*a*b*a*b*a*b*a*b*a*b*a*b*a*b*", d));
    // Generous bound: exponential behaviour would take years, linear takes microseconds.
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(Rules, ManyRulesShareOneEvaluation) {
    RuleSet set;
    auto a = set.add("refund*");
    auto b = set.add("\"on hold\" OR waited");
    auto c = set.add("SENT(app NEAR/3 crash*)");
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    Doc d("I waited on hold for an hour. The app keeps crashing. No refund yet.");
    auto ev = set.evaluate(d.input);
    EXPECT_TRUE(set.match(*a, *ev).matched);
    auto hold = set.match(*b, *ev);
    EXPECT_TRUE(hold.matched);
    EXPECT_EQ(hold.spans.size(), 2u);
    EXPECT_TRUE(set.match(*c, *ev).matched);
}

TEST(AffixIndex, FindsEveryPrefixAndSuffixAWordCarries) {
    using tw::core::AffixIndex;
    AffixIndex prefixes(AffixIndex::End::Prefix), suffixes(AffixIndex::End::Suffix);
    const std::string longPrefix(70, 'x');
    int term = 0;
    for (const std::string& p :
         std::vector<std::string>{"r", "re", "ref", "refu", "refund", "rex", "cancel", longPrefix})
        prefixes.add(p, term++);
    for (const std::string& s : std::vector<std::string>{"s", "in", "cin", "mycin", "azole"}) suffixes.add(s, term++);
    auto found = [](const AffixIndex& index, std::string_view word) {
        std::vector<int> terms;
        index.forEachMatch(word,
                           [&](const std::vector<int>& ids) { terms.insert(terms.end(), ids.begin(), ids.end()); });
        std::sort(terms.begin(), terms.end());
        return terms;
    };
    EXPECT_EQ(found(prefixes, "refunded"), (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(found(prefixes, "refund"), (std::vector<int>{0, 1, 2, 3, 4}));  // a prefix may be the word
    EXPECT_EQ(found(prefixes, "rexa"), (std::vector<int>{0, 1, 5}));
    EXPECT_EQ(found(prefixes, "cancellation"), (std::vector<int>{6}));
    EXPECT_EQ(found(prefixes, "delivery"), (std::vector<int>{}));
    EXPECT_EQ(found(prefixes, longPrefix + "yz"), (std::vector<int>{7}));
    EXPECT_EQ(found(prefixes, std::string(69, 'x')), (std::vector<int>{}));
    EXPECT_EQ(found(suffixes, "erythromycin"), (std::vector<int>{9, 10, 11}));
    EXPECT_EQ(found(suffixes, "mycin"), (std::vector<int>{9, 10}));  // a suffix may not be the word
    EXPECT_EQ(found(suffixes, "fluconazoles"), (std::vector<int>{8}));
    EXPECT_EQ(found(suffixes, "s"), (std::vector<int>{}));
}

// A rule is only looked at when all the words of one of its alternatives are in the text; rules
// sharing words in one set must each be woken by their own: every verdict here is the same in a
// set of all the rules as alone, and each rule matches exactly the texts marked.
TEST(Rules, RulesSharingWordsInOneSetKeepTheirOwnVerdicts) {
    struct Case {
        std::string rule;
        std::vector<bool> expected;  // per text below
    };
    const std::vector<std::string> texts = {
        "the parcel came late",                 // 0
        "slow package, late again",             // 1
        "Late. The new parcel was fine",        // 2
        "very very late parcel",                // 3
        "parcel late late late",                // 4
        "nothing to report",                    // 5
        "the parcel came late but was broken",  // 6
    };
    const std::vector<Case> cases = {
        {"(late OR slow) AND (parcel OR package)", {true, true, true, true, true, false, true}},
        {"\"parcel came late\"", {true, false, false, false, false, false, true}},
        {"\"very very late\"", {false, false, false, true, false, false, false}},
        {"\"late parcel\"", {false, false, false, true, false, false, false}},
        {"SENT(late NEAR/3 parcel)", {true, false, false, true, true, false, true}},
        {"late BEFORE/1 parcel", {false, false, false, true, false, false, false}},
        {"parcel AND late AND NOT broken", {true, false, true, true, true, false, false}},
        {"NOT late", {false, false, false, false, false, true, false}},
        {"(a OR b OR c OR d OR e OR f OR g OR h OR late) AND (i OR j OR k OR l OR m OR n OR o OR p OR parcel)",
         {true, false, true, true, true, false, true}},
        {"\"late late late\" OR (slow AND package AND again)", {false, true, false, false, true, false, false}},
    };
    RuleSet all;
    std::vector<std::size_t> ids;
    for (const Case& c : cases) {
        auto id = all.add(c.rule);
        ASSERT_TRUE(id.ok()) << c.rule;
        ids.push_back(*id);
    }
    for (std::size_t t = 0; t < texts.size(); ++t) {
        Doc d(texts[t]);
        auto ev = all.evaluate(d.input);
        for (std::size_t r = 0; r < cases.size(); ++r) {
            const RuleMatch shared = all.match(ids[r], *ev);
            EXPECT_EQ(shared.matched, cases[r].expected[t]) << cases[r].rule << " on \"" << texts[t] << '"';
            EXPECT_EQ(run(cases[r].rule, d.input).matched, shared.matched) << cases[r].rule << " alone";
            EXPECT_EQ(shared.matched && cases[r].rule.rfind("NOT", 0) != 0, !shared.spans.empty()) << cases[r].rule;
        }
    }
}

// What a word is to a rule set (the terms it carries) is remembered per thread; what is
// remembered never answers for another set, for another language's stems, or for the set as it
// was before a rule was added to it.
TEST(Rules, RememberedWordsAnswerOnlyForTheirSetLanguageAndRules) {
    RuleSet stems, wild;
    auto cancel = stems.add("~cancel");
    auto drugs = wild.add("refund* OR *mycin");
    ASSERT_TRUE(cancel.ok() && drugs.ok());
    for (int round = 0; round < 2; ++round) {  // the second round reads what the first remembered
        for (const char* lang : {"en", "de", "fr"}) {
            for (const char* text : {"I cancelled it", "refunded the azithromycin", "cancel refund", "Kündigung"}) {
                Doc d(text, lang);
                EXPECT_EQ(stems.match(*cancel, d.input).matched, run("~cancel", d.input).matched)
                    << text << ", " << lang;
                EXPECT_EQ(wild.match(*drugs, d.input).matched, run("refund* OR *mycin", d.input).matched) << text;
            }
        }
    }
    EXPECT_TRUE(stems.match(*cancel, Doc("I cancelled it").input).matched);
    EXPECT_TRUE(wild.match(*drugs, Doc("azithromycin").input).matched);
    RuleSet grows;
    const Doc late("the parcel came late");
    auto parcel = grows.add("parcel");
    ASSERT_TRUE(parcel.ok());
    EXPECT_TRUE(grows.match(*parcel, late.input).matched);
    auto added = grows.add("late");
    ASSERT_TRUE(added.ok());
    EXPECT_TRUE(grows.match(*added, late.input).matched) << "a rule added after its word was remembered";
    // Words too long to be kept in a slot, and words whose slot another word took since, still
    // answer right: "refundabilityassessmentsprocedures" (34 letters) and a thousand words more.
    const Doc longWord("refundabilityassessmentsprocedures");
    for (int round = 0; round < 2; ++round) EXPECT_TRUE(wild.match(*drugs, longWord.input).matched);
    std::string many;
    for (int k = 0; k < 40000; ++k) many += "w" + std::to_string(k) + " ";
    EXPECT_FALSE(wild.match(*drugs, Doc(many).input).matched);
    EXPECT_TRUE(wild.match(*drugs, Doc("azithromycin").input).matched);
}

// A phrase is woken by its words side by side, as it reads them: across punctuation, through
// wildcards and stems, a word repeated, and not by the same words apart or the other way round.
TEST(Rules, PhrasesAreWokenByTheirWordsSideBySide) {
    RuleSet set;
    auto late = set.add("\"late parcel\"");
    auto wild = set.add("\"late parc*\"");
    auto again = set.add("\"late late\"");
    auto three = set.add("\"my late parcel\"");
    auto stemmed = set.add("\"~cancel order\"");
    ASSERT_TRUE(late.ok() && wild.ok() && again.ok() && three.ok() && stemmed.ok());
    auto verdicts = [&](const std::string& text) {
        Doc d(text);
        auto ev = set.evaluate(d.input);
        std::string out;
        for (std::size_t r : {*late, *wild, *again, *three, *stemmed}) out += set.match(r, *ev).matched ? '1' : '0';
        return out;
    };
    EXPECT_EQ(verdicts("my late parcel"), "11010");
    EXPECT_EQ(verdicts("my late, parcels"), "01000");  // punctuation between words of a phrase
    EXPECT_EQ(verdicts("parcel late"), "00000");
    EXPECT_EQ(verdicts("late the parcel"), "00000");
    EXPECT_EQ(verdicts("late late parcel"), "11100");
    EXPECT_EQ(verdicts("my late late parcel"), "11100");
    EXPECT_EQ(verdicts("They cancelled my order, then cancelling order again"), "00001");
    EXPECT_EQ(verdicts("cancelled the order"), "00000");
}
