// Mutation fuzzing of the import path: every file of the malformed corpus, mutated thousands of
// times with a fixed seed (byte flips, stray quotes, braces, delimiters and line ends, cuts and
// repeats), under every format. Whatever the input: no crash, no hang, and when the import
// succeeds every record is accounted for (read = stored + duplicates + quarantined).
#include "analysis/explanation_codec.h"
#include "analysis/sentiment_analyzer.h"
#include "ingest/importer.h"
#include "test_support.h"
#include "text/utf8.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

using namespace tw::core;

namespace {

class Mutator {
public:
    explicit Mutator(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        s_ ^= s_ << 13;
        s_ ^= s_ >> 7;
        s_ ^= s_ << 17;
        return s_;
    }
    std::string mutate(std::string in) {
        static const char* tokens[] = {"\"",
                                       "\"\"",
                                       ",",
                                       ";",
                                       "\t",
                                       "\n",
                                       "\r",
                                       "\r\n",
                                       "{",
                                       "}",
                                       "[",
                                       "]",
                                       ":",
                                       "\\",
                                       "\xff",
                                       "\xc3",
                                       std::string("\0", 1).c_str(),
                                       "\xef\xbb\xbf",
                                       "\n\n"};
        int edits = 1 + static_cast<int>(next() % 6);
        for (int e = 0; e < edits; ++e) {
            std::size_t pos = in.empty() ? 0 : next() % (in.size() + 1);
            switch (next() % 6) {
                case 0:
                    if (!in.empty() && pos < in.size()) in[pos] = static_cast<char>(next());
                    break;
                case 1:
                    in.insert(pos, tokens[next() % (sizeof tokens / sizeof *tokens)]);
                    break;
                case 2:
                    if (pos < in.size()) in.erase(pos, 1 + next() % 8);
                    break;
                case 3:
                    in.resize(pos);
                    break;  // truncation
                case 4:
                    if (pos < in.size()) in.insert(pos, in.substr(pos, 1 + next() % 40));
                    break;
                case 5:
                    in.insert(pos, std::string(1, '\0'));
                    break;
            }
        }
        return in;
    }

private:
    std::uint64_t s_;
};

}  // namespace

TEST(ParserFuzz, MutatedInputsNeverCrashAndAlwaysBalance) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("fuzz.tw"));
    ASSERT_TRUE(store.ok());
    std::vector<std::string> seeds;
    for (const auto& entry : std::filesystem::directory_iterator(tw::test::testData("malformed"))) {
        if (entry.path().filename() != "expected.json") seeds.push_back(tw::test::readFile(entry.path().string()));
    }
    ASSERT_GT(seeds.size(), 10u);
    const char* formats[] = {"auto", "csv", "tsv", "jsonl", "json", "text"};
    Mutator m(0x5eed);
    int imported = 0, refused = 0;
    std::set<std::string> reasons;
    for (int i = 0; i < 5000; ++i) {
        std::string input = m.mutate(seeds[m.next() % seeds.size()]);
        auto path = dir.write("in" + std::to_string(i % 7) + ".dat", input);
        ImportOptions o;
        o.format = formats[m.next() % 6];
        o.maxRecordBytes = 4096;
        auto r = importFile(*store, path, o);
        if (!r) {
            ++refused;
            EXPECT_FALSE(r.error().message.empty());
            reasons.insert(r.error().message.substr(0, r.error().message.find_first_of(":(")));
            continue;
        }
        ++imported;
        const auto& c = r->counters;
        ASSERT_EQ(c.read, c.stored + c.duplicates + c.quarantined) << "input #" << i << " as " << o.format;
    }
    EXPECT_GT(imported, 2000);
    auto check = store->db().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.string(0), "ok");
    std::printf("fuzz: %d imported, %d refused with a message\n", imported, refused);
    for (const auto& r : reasons) std::printf("  refused: %s...\n", r.c_str());
}

TEST(AnalyzerFuzz, AnyTextGivesScoresInRangeAndSpansInsideTheText) {
    auto analyzer = SentimentAnalyzer::create();
    ASSERT_TRUE(analyzer.ok());
    Mutator m(0xfeed);
    const char* pieces[] = {"not ",    "very ",         "good",   "BAD",         "!!!", "?", " but ",  "😡",
                            ":)",      "@x ",           "#y ",    "http://a.b ", "ü",   "ß", "日本",   "\n",
                            "on hold", "charged twice", "sooooo", " ",           ".",   "'", "\u200d", "é"};
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        int n = static_cast<int>(m.next() % 30);
        for (int k = 0; k < n; ++k) text += pieces[m.next() % (sizeof pieces / sizeof *pieces)];
        if (m.next() % 4 == 0) {
            Utf8Repair r;
            text = repairUtf8(m.mutate(text), r);  // byte-level damage, then repaired as import does
        }
        auto a = analyzer->analyze(text, m.next() % 2 ? std::optional<std::string>("en") : std::nullopt);
        ASSERT_GE(a.score, -1.0);
        ASSERT_LE(a.score, 1.0);
        for (double e : a.emotions) ASSERT_TRUE(e >= 0.0 && e <= 1.0);
        std::size_t length = codePointCount(text);
        for (const auto& c : a.contributions) {
            ASSERT_LE(c.startCp, c.endCp);
            ASSERT_LE(c.endCp, length) << text;
        }
    }
}

// The store's explanation records (analysis/explanation_codec.h), mutated as files are: cut,
// flipped, repeated, spliced. Whatever the bytes: no crash, and either no contributions or a JSON
// array with well-formed spans.
TEST(ExplanationFuzz, MutatedRecordsReadAsNothingOrAsJson) {
    const auto analyzer = SentimentAnalyzer::create().value();
    std::vector<std::string> records;
    for (const char* text : {"The staff were not very helpful, but the food was AMAZING!!! 😍",
                             "I was on hold for an hour, still waiting. Never again. Waste of money :(",
                             "Der Service war nicht gut, aber das Essen war sehr lecker.", "ok"})
        records.push_back(encodeExplanation(analyzer.analyze(text).contributions));
    Mutator m(99);
    int read = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string damaged = m.mutate(records[static_cast<std::size_t>(round) % records.size()]);
        if (round % 7 == 0 && !damaged.empty()) damaged[0] = '\x01';  // keep it a record more often
        const std::string json = storedExplanationJson(damaged);
        if (damaged.empty() || damaged[0] != '\x01') continue;  // not a record: returned as it is
        const auto parsed = nlohmann::json::parse(json, nullptr, false);
        ASSERT_TRUE(parsed.is_array()) << round << ": " << json;
        for (const auto& c : parsed) ASSERT_LE(c["start"].get<std::uint64_t>(), c["end"].get<std::uint64_t>());
        read += parsed.empty() ? 0 : 1;
    }
    EXPECT_GT(read, 100);  // some mutations leave a readable record (a changed weight, say)
}
