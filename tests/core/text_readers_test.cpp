// JSON Lines, JSON array and plain-text readers.
#include "ingest/json_reader.h"
#include "ingest/speaker_turns.h"
#include "ingest/text_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {
template <class Reader, class... Args>
std::vector<SourceRecord> readAll(const std::string& bytes, Args... args) {
    tw::test::TempDir dir;
    auto stream = DecodedStream::open(dir.write("in", bytes));
    Reader reader(**stream, args...);
    std::vector<SourceRecord> out;
    SourceRecord rec;
    while (reader.next(rec)) out.push_back(rec);
    return out;
}
}  // namespace

TEST(JsonLinesReader, OneRecordPerNonBlankLineWithLineNumbers) {
    auto r = readAll<JsonLinesReader>("{\"a\":1}\r\n\n{\"a\":2}\n", std::size_t{1 << 20});
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].payload, "{\"a\":1}");
    EXPECT_EQ(r[1].line, 3u);
}

TEST(JsonArrayReader, FramesElementsIgnoringBracketsInStrings) {
    auto r = readAll<JsonArrayReader>("[{\"t\":\"a ] } ,\"}, {\"t\":[1,{\"x\":2}]}\n,{\"t\":\"\\\"q\"}]", std::size_t{1 << 20});
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].payload, "{\"t\":\"a ] } ,\"}");
    EXPECT_EQ(r[1].payload, "{\"t\":[1,{\"x\":2}]}");
    EXPECT_EQ(r[2].payload, "{\"t\":\"\\\"q\"}");
    EXPECT_EQ(r[2].line, 2u);
}

TEST(JsonArrayReader, NotAnArrayIsReportedOnce) {
    auto r = readAll<JsonArrayReader>("{\"a\":1}", std::size_t{1 << 20});
    ASSERT_EQ(r.size(), 1u);
    EXPECT_NE(r[0].error.find("not a JSON array"), std::string::npos);
}

TEST(JsonArrayReader, TruncatedArrayKeepsCompleteElements) {
    auto r = readAll<JsonArrayReader>("[{\"a\":1},{\"a\":", std::size_t{1 << 20});
    ASSERT_EQ(r.size(), 2u);
    EXPECT_TRUE(r[0].error.empty());
    EXPECT_FALSE(r[1].error.empty());
}

TEST(TextReader, LineAndParagraphModes) {
    EXPECT_EQ(sniffTextMode("a\nb\nc\n"), TextMode::Line);
    EXPECT_EQ(sniffTextMode("a\n\nb\n"), TextMode::Line);
    EXPECT_EQ(sniffTextMode("a\nstill a\n\nb\n"), TextMode::Paragraph);
    auto lines = readAll<TextReader>("one\n\ntwo\r\nthree", TextMode::Line, std::size_t{1 << 20});
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[1].payload, "two");
    EXPECT_EQ(lines[2].line, 4u);
    auto paras = readAll<TextReader>("a1\na2\n\n\nb1\n", TextMode::Paragraph, std::size_t{1 << 20});
    ASSERT_EQ(paras.size(), 2u);
    EXPECT_EQ(paras[0].payload, "a1\na2");
    EXPECT_EQ(paras[1].line, 5u);
}

TEST(SpeakerTurns, LabelledLinesBecomeTurnsWithCodePointSpans) {
    std::string t = "Agent: Grüße, how can I help?\nCustomer: Charged twice.\nstill me\nAgent: Sorry.";
    auto turns = splitSpeakerTurns(t);
    ASSERT_EQ(turns.size(), 3u);
    EXPECT_EQ(turns[0].speaker, "agent");
    EXPECT_EQ(turns[0].startCp, 7u);
    EXPECT_EQ(turns[1].speaker, "customer");
    // the customer's turn runs to the end of the continuation line
    EXPECT_EQ(turns[1].endCp, turns[2].startCp - 8);
    EXPECT_TRUE(splitSpeakerTurns("Note: only one label here").empty());
}
