// CSV parser edge cases, one by one.
#include "ingest/csv_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

struct Parsed {
    std::vector<std::string> header;
    std::vector<SourceRecord> records;
};

Parsed parse(const std::string& bytes, std::optional<char> delim = std::nullopt, std::size_t maxBytes = 1 << 20) {
    tw::test::TempDir dir;
    auto path = dir.write("in.csv", bytes);
    auto stream = DecodedStream::open(path);
    EXPECT_TRUE(stream.ok());
    auto dialect = sniffCsvDialect(bytes, delim);
    auto reader = CsvReader::open(**stream, dialect, maxBytes);
    EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().describe());
    Parsed p;
    if (!reader) return p;
    p.header = (*reader)->header();
    SourceRecord rec;
    while ((*reader)->next(rec)) p.records.push_back(rec);
    return p;
}

}  // namespace

TEST(CsvReader, QuotedFieldsDoubledQuotesAndEmbeddedNewlines) {
    auto p = parse("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",z\n");
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_EQ(p.records[0].fields, (std::vector<std::string>{"x, y", "he said \"hi\""}));
    EXPECT_EQ(p.records[1].fields[0], "multi\nline");
    EXPECT_EQ(p.records[1].line, 3u);
}

TEST(CsvReader, CrlfLfAndBareCrLineEnds) {
    EXPECT_EQ(parse("a,b\r\n1,2\r\n3,4\r\n").records.size(), 2u);
    EXPECT_EQ(parse("a,b\n1,2\n3,4").records.size(), 2u);
    auto mac = parse("a,b\r1,2\r3,4\r");
    ASSERT_EQ(mac.records.size(), 2u);
    EXPECT_EQ(mac.records[1].fields[1], "4");
    EXPECT_EQ(mac.records[1].line, 3u);
}

TEST(CsvReader, BareCrInsideAnLfFileIsTextNotARecordEnd) {
    auto p = parse("id,text\n1,one\rstill one\n2,two\n");
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_EQ(p.records[0].fields[1], "one\nstill one");
    EXPECT_TRUE(p.records[0].error.empty());
}

TEST(CsvReader, SniffsSemicolonTabAndPipe) {
    EXPECT_EQ(sniffCsvDialect("a;b;c\n1;2,5;3\n4;5;6\n").delimiter, ';');
    EXPECT_EQ(sniffCsvDialect("a\tb\n1\t2\n").delimiter, '\t');
    EXPECT_EQ(sniffCsvDialect("a|b|c\n1|2|3\n").delimiter, '|');
    EXPECT_EQ(sniffCsvDialect("name,comment\nx,\"a; b; c\"\n").delimiter, ',');
}

TEST(CsvReader, RaggedRowIsAnErrorButTrailingEmptyFieldIsNot) {
    auto p = parse("a,b\n1,2,3\n4,5,\n6\n");
    ASSERT_EQ(p.records.size(), 3u);
    EXPECT_NE(p.records[0].error.find("ragged row: 3 fields"), std::string::npos);
    EXPECT_TRUE(p.records[1].error.empty());
    EXPECT_NE(p.records[2].error.find("ragged row: 1 fields"), std::string::npos);
}

TEST(CsvReader, UnterminatedQuoteLosesOnlyItsOwnLine) {
    auto p = parse("a,b\n1,\"open\n2,two\n3,three\n");
    ASSERT_EQ(p.records.size(), 3u);
    EXPECT_NE(p.records[0].error.find("unterminated quote"), std::string::npos);
    EXPECT_EQ(p.records[0].raw, "1,\"open");
    EXPECT_EQ(p.records[1].fields, (std::vector<std::string>{"2", "two"}));
    EXPECT_EQ(p.records[1].line, 3u);
    EXPECT_EQ(p.records[2].fields[1], "three");
}

TEST(CsvReader, QuoteInsideUnquotedFieldIsLiteral) {
    auto p = parse("a,b\n5\" screen,ok\n");
    ASSERT_EQ(p.records.size(), 1u);
    EXPECT_EQ(p.records[0].fields[0], "5\" screen");
}

TEST(CsvReader, OversizedRecordIsQuarantinedAndParsingContinues) {
    std::string big(5000, 'x');
    auto p = parse("a,b\n1,\"" + big + "\"\n2,small\n", std::nullopt, 1000);
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_NE(p.records[0].error.find("larger than"), std::string::npos);
    EXPECT_EQ(p.records[1].fields[1], "small");
}

TEST(CsvReader, DuplicateAndEmptyHeaderNamesAreMadeUnique) {
    auto p = parse("text,text,\n1,2,3\n");
    EXPECT_EQ(p.header, (std::vector<std::string>{"text", "text_2", "column_3"}));
}

TEST(CsvReader, BlankLinesAreSkippedAndLineNumbersStayTrue) {
    auto p = parse("a,b\n\n1,2\n\n\n3,4\n");
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_EQ(p.records[0].line, 3u);
    EXPECT_EQ(p.records[1].line, 6u);
}

TEST(CsvReader, SeekResumesAtARecordBoundary) {
    tw::test::TempDir dir;
    auto path = dir.write("in.csv", "a,b\n1,x\n2,y\n3,z\n");
    auto stream = DecodedStream::open(path);
    auto reader = CsvReader::open(**stream, {}, 1 << 20);
    SourceRecord rec;
    ASSERT_TRUE((*reader)->next(rec));
    ReaderPosition pos = (*reader)->position();
    auto stream2 = DecodedStream::open(path);
    auto reader2 = CsvReader::open(**stream2, {}, 1 << 20);
    ASSERT_TRUE((*reader2)->seek(pos).ok());
    ASSERT_TRUE((*reader2)->next(rec));
    EXPECT_EQ(rec.fields[0], "2");
    EXPECT_EQ(rec.recordNo, 2u);
    EXPECT_EQ(rec.line, 3u);
}
