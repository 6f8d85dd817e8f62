// Sentiment rules, emotions and explanations, one behaviour per test.
#include "analysis/agreement_forms.h"
#include "analysis/english_forms.h"
#include "analysis/sentiment_analyzer.h"
#include "test_support.h"
#include "text/normalize.h"
#include "text/tokenizer.h"
#include "util/embedded_resources.h"

#include <gtest/gtest.h>

#include <cstring>

#include <algorithm>
#include <set>

using namespace tw::core;

namespace {
const SentimentAnalyzer& analyzer() {
    static SentimentAnalyzer a = std::move(SentimentAnalyzer::create().value());
    return a;
}
double score(const std::string& text, const char* lang = "en") {
    return analyzer().analyze(text, std::string(lang)).score;
}
}  // namespace

TEST(Sentiment, PolarityAndNeutral) {
    EXPECT_GT(score("The staff were friendly and helpful."), 0.5);
    EXPECT_LT(score("The delivery was late and the box was damaged."), -0.5);
    EXPECT_EQ(analyzer().analyze("The parcel arrived on Tuesday.", std::string("en")).label, "neutral");
}

TEST(Sentiment, NegationFlipsWithinItsScope) {
    EXPECT_LT(score("The staff were not helpful."), 0.0);
    EXPECT_GT(score("The food was not bad at all."), 0.0);
    // Beyond three words the negator no longer applies.
    EXPECT_GT(score("I did not expect that the staff would be so helpful"), 0.0);
}

TEST(Sentiment, NegationAndBoostersEndWithTheirClause) {
    EXPECT_LT(score("Not what I ordered, awful quality"), -0.3);
    EXPECT_LT(score("This isn't easy. :( I'm so exhausted!"), -0.3);
    EXPECT_LT(score("Not great: slow and rude"), -0.3);
    EXPECT_LT(score("It was not good"), 0.0);  // within the clause it still applies
    EXPECT_DOUBLE_EQ(score("Very much so, good"), score("good"));
}

TEST(Sentiment, AHashtagsWordCountsAsTheWord) {
    EXPECT_GT(score("New phone arrived today #love"), 0.3);
    EXPECT_LT(score("Stuck at the gate again #awful"), -0.3);
    EXPECT_DOUBLE_EQ(score("Stuck at the gate again #ff"), score("Stuck at the gate again"));
    const auto a = analyzer().analyze("Stuck at the gate #awful", std::string("en"));
    ASSERT_FALSE(a.contributions.empty());
    EXPECT_EQ(a.contributions.back().term, "awful");
    EXPECT_EQ(a.contributions.back().startCp, 18u);  // the hashtag's span
    EXPECT_EQ(a.contributions.back().endCp, 24u);
}

// `score` without --explain builds no explanation; the scores do not change.
TEST(Sentiment, WithoutTheExplanationsTextTheScoresAreTheSame) {
    for (const std::string text : {"The staff were NOT helpful, but the food was sooo good!!",
                                   "I waited two hours. Not happy at all :(", "Der Service war leider nicht gut"}) {
        TokenizedText a, b;
        const TextAnalysis full = analyzer().analyze(text, std::nullopt, {}, a, true);
        const TextAnalysis plain = analyzer().analyze(text, std::nullopt, {}, b, false);
        EXPECT_EQ(full.score, plain.score) << text;
        EXPECT_EQ(full.label, plain.label);
        EXPECT_EQ(full.language, plain.language);
        EXPECT_EQ(full.emotions, plain.emotions);
        EXPECT_EQ(full.intensity, plain.intensity);
        EXPECT_EQ(full.effort, plain.effort);
        EXPECT_TRUE(plain.contributions.empty() && plain.sentences.empty());
        bool anyRule = false;
        for (const Contribution& c : full.contributions) anyRule |= !c.rules.empty();
        EXPECT_TRUE(anyRule) << text;
    }
}

TEST(Sentiment, FacesWrittenWithAnEqualsSignOrRepeatedCount) {
    for (const char* sad : {"Lost my keys =(((", "Lost my keys :((((", "Lost my keys </3", "Lost my keys ;("})
        EXPECT_LT(score(sad), score("Lost my keys")) << sad;
    EXPECT_GT(score("Got the job =D"), 0.3);
    const TokenizedText tt = tokenize("so sad =((( today");
    ASSERT_GE(tt.tokens.size(), 3u);
    EXPECT_EQ(tt.tokens[2].kind, Token::Kind::Emoticon);
    EXPECT_EQ(tt.tokens[2].text, "=(");
}

TEST(Sentiment, FacesAreNotNegated) {
    EXPECT_LT(score("not today :("), 0.0);
    EXPECT_GT(score("no worries :)"), 0.0);
    EXPECT_LT(score("It was not good"), 0.0);  // words still are
}

TEST(Sentiment, TheVerbMeanIsNotTheUnkindMean) {
    EXPECT_DOUBLE_EQ(score("I mean, this can only mean one thing"), 0.0);
    EXPECT_LT(score("the agent was so mean to me"), -0.3);
    EXPECT_LT(score("the meanest support team"), -0.3);
}

TEST(Sentiment, BoostersCapitalsElongationAndExclamationsIntensify) {
    double plain = score("The service was good");
    EXPECT_GT(score("The service was very good"), plain);
    EXPECT_GT(score("The service was GOOD"), plain);
    EXPECT_GT(score("The service was goooood"), plain);
    // Drawn out past its doubled form ("baad" is no entry either): read with single letters.
    EXPECT_LT(score("The food was baaaaad"), score("The food was bad"));
    EXPECT_LT(score("I haaaate this app"), score("I hate this app"));
    EXPECT_GT(score("Sooo niiiice"), score("So nice"));
    EXPECT_GT(score("The service was good!!!"), plain);
    EXPECT_LT(score("The service was slightly good"), plain);
}

TEST(Sentiment, ContrastWeighsTheClauseAfterBut) {
    EXPECT_LT(score("The product is great but the delivery was terrible"), 0.0);
    EXPECT_GT(score("The delivery was terrible but the product is great"), 0.0);
    EXPECT_LT(score("Das Produkt ist gut, aber der Versand war schrecklich", "de"), 0.0);
    EXPECT_LT(score("Le produit est bien mais la livraison était horrible", "fr"), 0.0);
    EXPECT_LT(score("El producto es bueno pero la entrega fue horrible", "es"), 0.0);
}

TEST(Sentiment, CustomerExperiencePhrasesWithoutSentimentWords) {
    for (const char* t : {"I was on hold for an hour", "Still waiting for my refund", "I was charged twice",
                          "Never again", "What a waste of money", "This is the third time I call",
                          "WHAT A WASTE OF MONEY", "I was ON HOLD for an hour"}) {
        EXPECT_LT(score(t), -0.2) << t;
    }
    auto a = analyzer().analyze("I was on hold for an hour and then transferred", std::string("en"));
    EXPECT_TRUE(a.effort);
    EXPECT_GT(a.emotions[kAnger], 0.0);
}

// A store's phrase of long words (past the bytes the phrase is built in on the stack) is found
// as a phrase, and so are the built-in ones after it.
TEST(Sentiment, LongPhrasesOfAStoresLexiconAreFound) {
    std::string a, b, c;  // fifty letters each, none drawn out
    for (int k = 0; k < 5; ++k) {
        a += "abcdefghij";
        b += "klmnopqrst";
        c += "uvwxyzabcd";
    }
    auto custom = SentimentAnalyzer::create({}, a + " " + b + " " + c + "\t3.0\n");
    ASSERT_TRUE(custom.ok()) << custom.error().message;
    const auto found = custom->analyze("the " + a + " " + b + " " + c + " today", std::string("en"));
    ASSERT_EQ(found.contributions.size(), 1u);
    EXPECT_EQ(found.contributions[0].term, a + " " + b + " " + c);
    EXPECT_GT(found.score, 0.5);
    EXPECT_EQ(custom->analyze(a + " " + b + " then", std::string("en")).contributions.size(), 0u);
    EXPECT_LT(custom->analyze("What a waste of money", std::string("en")).score, -0.2);
}

// Phones and word processors write the apostrophe as a typographic quote ("don’t"): it negates
// as the ASCII one does, in every language, and the explanation names the word as the lexicon has it.
TEST(Sentiment, TypographicApostrophesNegateAsAsciiOnes) {
    const std::pair<const char*, const char*> pairs[] = {
        {"I don\u2019t like it", "en"},          {"The staff weren\u2019t helpful at all", "en"},
        {"It isn\u2019t good \U0001F615", "en"}, {"Ce n\u2019est pas bon du tout", "fr"},
        {"I don\u02BCt like it", "en"},
    };
    for (const auto& [curly, lang] : pairs) {
        std::string ascii = curly;
        for (const char* quote : {"\u2019", "\u02BC"}) {
            for (std::size_t at; (at = ascii.find(quote)) != std::string::npos;)
                ascii.replace(at, std::strlen(quote), "'");
        }
        EXPECT_DOUBLE_EQ(score(curly, lang), score(ascii, lang)) << curly;
    }
    EXPECT_LT(score("I don\u2019t like it"), 0.0);
    const auto a = analyzer().analyze("I don\u2019t like it", std::string("en"));
    ASSERT_EQ(a.contributions.size(), 1u);
    EXPECT_EQ(a.contributions[0].rules, (std::vector<std::string>{"negated by 'don't'"}));
}

TEST(Sentiment, EmojiAndEmoticonsCount) {
    EXPECT_GT(score("arrived today 😍"), 0.3);
    EXPECT_LT(score("arrived today :("), -0.3);
    // Emoticons are case-folded like their lexicon entries (":D" and ":d", "XD" and "xd").
    EXPECT_GT(score("arrived today :D"), 0.3);
    EXPECT_GT(score("arrived today XD"), 0.3);
}

TEST(Sentiment, LexiconEntriesMeetTheirWordsInAnyCase) {
    // Full case folding on both sides: "großartig" in the lexicon, "GROSSARTIG" in the text.
    EXPECT_GT(score("Der Service war großartig.", "de"), 0.3);
    EXPECT_GT(score("Der Service war GROSSARTIG.", "de"), 0.3);
    EXPECT_GT(score("Der Service war Großartig.", "de"), 0.3);
}

TEST(Sentiment, MixedWhenStrongSentencesDisagree) {
    auto a = analyzer().analyze("The staff were absolutely wonderful. The app is a horrible, useless mess.",
                                std::string("en"));
    EXPECT_EQ(a.label, "mixed");
    ASSERT_EQ(a.sentences.size(), 2u);
    EXPECT_GT(a.sentences[0].score, 0.5);
    EXPECT_LT(a.sentences[1].score, -0.5);
}

TEST(Sentiment, EmotionsFollowTheirWords) {
    auto angry = analyzer().analyze("I am furious, this is outrageous", std::string("en"));
    EXPECT_GT(angry.emotions[kAnger], 0.5);
    EXPECT_EQ(angry.emotions[kJoy], 0.0);
    auto happy = analyzer().analyze("So happy, I love it", std::string("en"));
    EXPECT_GT(happy.emotions[kJoy], 0.5);
    auto notHappy = analyzer().analyze("I am not happy", std::string("en"));
    EXPECT_EQ(notHappy.emotions[kJoy], 0.0);
    EXPECT_GT(notHappy.emotions[kSadness], 0.0);
    EXPECT_GT(analyzer().analyze("Ich bin wütend", std::string("de")).emotions[kAnger], 0.3);
}

// A hyphenated entry is the phrase of its words, met with the hyphen or without; a hyphen with
// spaces around it joins nothing.
TEST(Sentiment, HyphenatedEntriesMeetTheirWordsJoinedOrApart) {
    for (const char* text : {"That was a rip-off.", "That was a rip off."}) {
        auto a = analyzer().analyze(text, std::string("en"));
        ASSERT_EQ(a.contributions.size(), 1u) << text;
        EXPECT_EQ(a.contributions[0].term, "rip off") << text;
        EXPECT_EQ(a.contributions[0].startCp, 11u) << text;
        EXPECT_EQ(a.contributions[0].endCp, 18u) << text;
        EXPECT_LT(a.score, -0.3) << text;
    }
    EXPECT_GT(score("A well-crafted, must-see film."), 0.5);
    EXPECT_TRUE(analyzer().analyze("rip - off", std::string("en")).contributions.empty());
    Lexicon extra;
    ASSERT_TRUE(extra.load("top-notch\t3.0\n", "extra.tsv").ok());
    ASSERT_NE(extra.lookup("top notch"), nullptr);
}

TEST(Sentiment, ExplanationsNameSpansWeightsAndRules) {
    std::string text = "Grüße! The staff were not very helpful";
    auto a = analyzer().analyze(text, std::string("en"));
    ASSERT_EQ(a.contributions.size(), 1u);
    const auto& c = a.contributions[0];
    EXPECT_EQ(c.term, "helpful");
    EXPECT_EQ(c.startCp, 31u);  // code points, not bytes ("ü" and "ß" are one each)
    EXPECT_EQ(c.endCp, 38u);
    EXPECT_LT(c.weight, 0.0);
    EXPECT_EQ(c.rules, (std::vector<std::string>{"boosted by 'very'", "negated by 'not'"}));
}

TEST(Sentiment, LanguageIsIdentifiedWhenNotGiven) {
    auto a = analyzer().analyze("Der Kundenservice war wirklich hervorragend und sehr freundlich, vielen Dank!");
    EXPECT_EQ(a.language, "de");
    EXPECT_GT(a.score, 0.5);
}

// A text without words to go on (numbers, punctuation, a face) is read as English, the language
// of most feedback here, and says it is not sure.
TEST(Sentiment, TextWithoutWordsIsReadAsEnglish) {
    for (const char* text : {"12345 !!!", ":)", "?", "", "   ", "\xE2\x80\xA6"}) {
        const auto a = analyzer().analyze(text);
        EXPECT_EQ(a.language, "en") << text;
        EXPECT_LT(a.languageConfidence, 0.5) << text;
    }
    EXPECT_GT(analyzer().analyze(":)").score, 0.3);
}

TEST(Lexicon, LoadsTidewatchVaderAndAfinnFormatsAndReportsErrors) {
    Lexicon lex;
    ASSERT_TRUE(lex.load("# comment\nfab\t2.5\tjoy\nsort of\tdiminisher\n", "mine.tsv").ok());
    EXPECT_EQ(lex.find("fab")->valence, 2.5);
    EXPECT_EQ(lex.find("fab")->tags, kTagJoy);
    EXPECT_EQ(lex.find("sort of")->kind, TermKind::Diminisher);
    EXPECT_EQ(lex.maxPhraseWords(), 2u);
    ASSERT_TRUE(lex.load("splendid\t2.8\t0.6\t[3, 3, 2, 3]\n", "vader_lexicon.txt").ok());
    EXPECT_DOUBLE_EQ(lex.find("splendid")->valence, 2.8);
    ASSERT_TRUE(lex.load("abysmal\t-5\n", "AFINN-165.txt").ok());
    EXPECT_DOUBLE_EQ(lex.find("abysmal")->valence, -4.0);
    auto bad = lex.load("ok\t1\nbroken line\n", "x.tsv");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().location, "x.tsv: line 2");
    // Windows line ends, comments and blank lines count as lines; nothing after an error is loaded.
    auto crlf = lex.load("# mine\r\n\r\nsuperb\t3.1\r\nhalf line\r\nlater\t1\r\n", "crlf.tsv");
    ASSERT_FALSE(crlf.ok());
    EXPECT_EQ(crlf.error().location, "crlf.tsv: line 4");
    EXPECT_DOUBLE_EQ(lex.find("superb")->valence, 3.1);
    EXPECT_EQ(lex.find("later"), nullptr);
    EXPECT_FALSE(lex.load("w\t9\n", "x.tsv").ok());
    EXPECT_FALSE(lex.load("w\t1\trage\n", "x.tsv").ok());
}

// A term written twice in a built-in lexicon is a slip: the later line silently wins.
TEST(Lexicon, BuiltInLexiconsWriteEachTermOnce) {
    for (const char* name : {"common.tsv", "en.tsv", "de.tsv", "fr.tsv", "es.tsv"}) {
        std::set<std::string> seen;
        std::string_view text = embeddedResource(name);
        ASSERT_FALSE(text.empty()) << name;
        std::size_t lineNo = 0;
        while (!text.empty()) {
            const std::size_t end = text.find('\n');
            const std::string_view line = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            ++lineNo;
            if (line.empty() || line.front() == '#') continue;
            const std::string term = foldCase(line.substr(0, line.find('\t')));
            EXPECT_TRUE(seen.insert(term).second) << name << ": line " << lineNo << " writes '" << term << "' again";
        }
    }
}

TEST(Lexicon, ExtraLexiconOverridesTheBuiltIn) {
    tw::test::TempDir dir;
    auto path = dir.write("business.tsv", "sick\t3.0\tjoy\n");  // "sick" is praise in this business
    auto a = SentimentAnalyzer::create({path});
    ASSERT_TRUE(a.ok());
    EXPECT_GT(a->analyze("that board is sick", std::string("en")).score, 0.3);
    EXPECT_LT(score("that board is sick"), 0.0);
    // The forms of a word the business re-rated follow it.
    EXPECT_GT(a->analyze("the sickest board in the shop", std::string("en")).score, 0.3);
    EXPECT_LT(score("the sickest board in the shop"), 0.0);
    EXPECT_FALSE(SentimentAnalyzer::create({dir.file("missing.tsv")}).ok());
}

namespace {
bool has(const std::vector<std::string>& forms, const std::string& form) {
    return std::find(forms.begin(), forms.end(), form) != forms.end();
}
}  // namespace

TEST(EnglishForms, FollowTheSpellingRules) {
    auto adj = [](const char* w) { return regularForms(w, WordClass::Adjective); };
    auto verb = [](const char* w) { return regularForms(w, WordClass::Verb); };
    EXPECT_TRUE(has(adj("sad"), "sadder") && has(adj("sad"), "saddest"));
    EXPECT_TRUE(has(adj("happy"), "happier") && has(adj("happy"), "happiest"));
    EXPECT_TRUE(has(adj("nice"), "nicer") && has(adj("nice"), "nicest"));
    EXPECT_TRUE(has(adj("great"), "greatest"));
    EXPECT_EQ(verb("annoy"), (std::vector<std::string>{"annoys", "annoyed", "annoying"}));
    EXPECT_EQ(verb("cry"), (std::vector<std::string>{"cries", "cried", "crying"}));
    EXPECT_EQ(verb("die"), (std::vector<std::string>{"dies", "died", "dying"}));
    EXPECT_EQ(verb("love"), (std::vector<std::string>{"loves", "loved", "loving"}));
    EXPECT_EQ(verb("fix"), (std::vector<std::string>{"fixes", "fixed", "fixing"}));
    EXPECT_TRUE(has(verb("upset"), "upsetting"));
    EXPECT_EQ(regularForms("wish", WordClass::Noun), (std::vector<std::string>{"wishes"}));
    EXPECT_TRUE(regularForms("rip-off", WordClass::Verb).empty());
    EXPECT_TRUE(regularForms("ok", WordClass::Adjective).empty());
}

TEST(AgreementForms, FollowEachLanguagesSpellingRules) {
    auto forms = [](const char* w, const char* lang) { return agreementForms(w, lang); };
    for (const char* f : {"schlechte", "schlechten", "schlechter", "schlechtes", "schlechtem", "schlechteste"})
        EXPECT_TRUE(has(forms("schlecht", "de"), f)) << f;
    EXPECT_TRUE(has(forms("müde", "de"), "müden"));
    EXPECT_TRUE(has(forms("teuer", "de"), "teure"));
    EXPECT_TRUE(has(forms("dunkel", "de"), "dunkle"));
    EXPECT_EQ(forms("déçu", "fr"), (std::vector<std::string>{"déçue", "déçus", "déçues"}));
    EXPECT_TRUE(has(forms("bon", "fr"), "bonne") && has(forms("bon", "fr"), "bons"));
    EXPECT_TRUE(has(forms("heureux", "fr"), "heureuse"));
    EXPECT_TRUE(has(forms("génial", "fr"), "géniaux"));
    EXPECT_TRUE(has(forms("agressif", "fr"), "agressive"));
    EXPECT_TRUE(has(forms("fier", "fr"), "fière"));
    EXPECT_EQ(forms("malo", "es"), (std::vector<std::string>{"mala", "malos", "malas"}));
    EXPECT_EQ(forms("feliz", "es"), (std::vector<std::string>{"felices"}));
    EXPECT_EQ(forms("decepción", "es"), (std::vector<std::string>{"decepciones"}));
    EXPECT_EQ(forms("fatal", "es"), (std::vector<std::string>{"fatales"}));
    EXPECT_TRUE(forms("malo", "en").empty());
    EXPECT_TRUE(forms("rip-off", "fr").empty());
}

TEST(Sentiment, GermanFrenchAndSpanishWordsAreMetInTheirAgreeingForms) {
    EXPECT_GT(score("Das war ein guter Service", "de"), 0.3);
    EXPECT_LT(score("Eine schlechte Erfahrung", "de"), -0.3);
    EXPECT_LT(score("Les plats étaient froids et les serveurs déçus", "fr"), -0.3);
    EXPECT_GT(score("Des vendeuses très gentilles et heureuses", "fr"), 0.3);
    EXPECT_LT(score("Los platos eran malos", "es"), -0.3);
    EXPECT_GT(score("Clientes muy felices", "es"), 0.3);
    // Customer-feedback words of each language.
    EXPECT_GT(score("Die Abwicklung war reibungslos", "de"), 0.3);
    EXPECT_LT(score("Die Ware kam fehlerhaft an, totaler Schrott", "de"), -0.3);
    EXPECT_GT(score("Un service irréprochable", "fr"), 0.3);
    EXPECT_LT(score("Une boutique à fuir", "fr"), -0.3);
    EXPECT_LT(score("Pas terrible", "fr"), 0.0);  // not the negated "terrible"
    EXPECT_LT(score("Una chapuza de reparación", "es"), -0.3);
    EXPECT_GT(score("La comida, de lujo", "es"), 0.3);
    // Forms of another meaning are listed in <language>_forms.tsv and not made.
    EXPECT_EQ(builtinLexicon("de").find("lieber"), nullptr);
    EXPECT_EQ(builtinLexicon("fr").find("biens"), nullptr);
    EXPECT_EQ(builtinLexicon("es").find("caras"), nullptr);
}

TEST(Lexicon, OneWordEntriesAreMetInTheirRegularForms) {
    const Lexicon& en = builtinLexicon("en");
    ASSERT_NE(en.find("saddest"), nullptr);
    EXPECT_EQ(en.find("saddest")->valence, en.find("sad")->valence);
    EXPECT_EQ(en.find("saddest")->tags, en.find("sad")->tags);
    EXPECT_NE(en.find("meanest"), nullptr);
    // Forms of another meaning are listed in en_forms.tsv and not made.
    for (const char* other : {"wells", "means", "meaning", "later", "goods", "patients", "issued", "killer"})
        EXPECT_EQ(en.find(other), nullptr) << other;
    EXPECT_DOUBLE_EQ(en.find("hates")->valence, -2.4);  // written in en.tsv: its own entry wins
    EXPECT_LT(score("the saddest, ugliest parcel I ever received"), -0.4);

    Lexicon own;
    ASSERT_TRUE(own.load("annoy\t-2\nannoys\t-1\n", "own.tsv").ok());
    own.addRegularForms("en", "");
    EXPECT_DOUBLE_EQ(own.find("annoying")->valence, -2.0);
    EXPECT_DOUBLE_EQ(own.find("annoys")->valence, -1.0);
    Lexicon listed;
    ASSERT_TRUE(listed.load("annoy\t-2\n", "own.tsv").ok());
    listed.addRegularForms("en", "annoy\tnone\n");
    EXPECT_EQ(listed.find("annoying"), nullptr);
}

TEST(Sentiment, CursingIsNegativeAndBoostersStillBoost) {
    EXPECT_LT(score("Damn it, the app crashed again"), score("the app crashed again"));
    EXPECT_GT(score("damn good service"), score("good service"));
    EXPECT_LT(score("Screw you and your fees"), -0.3);
    EXPECT_LT(score("what a douchebag"), -0.3);
    EXPECT_GT(score("Woo hoo, my refund came through!"), 0.3);
    EXPECT_GT(score("your agent made my day"), 0.3);
    EXPECT_GT(score("that new feature is badass"), 0.3);  // slang praise, not "bad"
    EXPECT_GT(score("the support team is bad ass"), 0.3);
}

struct LanguageCase {
    const char* lang;
    const char* positive;
    const char* negated;  // the same praise, negated: must turn negative
    const char* boosted;  // the same praise, intensified: must score higher
};

class SentimentPerLanguage : public ::testing::TestWithParam<LanguageCase> {};

TEST_P(SentimentPerLanguage, NegationAndIntensifiers) {
    const auto& c = GetParam();
    double pos = score(c.positive, c.lang);
    EXPECT_GT(pos, 0.2) << c.positive;
    EXPECT_LT(score(c.negated, c.lang), 0.0) << c.negated;
    EXPECT_GT(score(c.boosted, c.lang), pos) << c.boosted;
}

INSTANTIATE_TEST_SUITE_P(
    Languages, SentimentPerLanguage,
    ::testing::Values(
        LanguageCase{"en", "The agent was helpful", "The agent was not helpful", "The agent was very helpful"},
        LanguageCase{"de", "Der Service war gut", "Der Service war nicht gut", "Der Service war sehr gut"},
        LanguageCase{"fr", "Le service était bon", "Le service n'était pas bon", "Le service était très bon"},
        LanguageCase{"es", "El servicio fue bueno", "El servicio no fue bueno", "El servicio fue muy bueno"}),
    [](const auto& info) { return std::string(info.param.lang); });

TEST(SentimentPerLanguage, CustomerExperiencePhrases) {
    EXPECT_LT(score("Ich hänge seit einer Stunde in der Warteschleife", "de"), -0.2);
    EXPECT_LT(score("On m'a débité deux fois", "fr"), -0.2);
    EXPECT_LT(score("Me han cobrado dos veces, nunca más", "es"), -0.2);
    EXPECT_LT(score("Zum dritten Mal angerufen, keine Antwort", "de"), -0.2);
}

TEST(Sentiment, PricingComplaintsWithoutSentimentWords) {
    EXPECT_LT(score("Prices went up again, the kettle is now $20 more than last month."), -0.2);
    EXPECT_LT(score("Found the same kettle cheaper elsewhere."), -0.2);
    EXPECT_LT(score("They added hidden fees at checkout"), -0.2);
}
