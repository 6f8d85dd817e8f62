// Column mapping: guessed from names, overridden by --map.
#include "ingest/column_mapping.h"

#include <gtest/gtest.h>

using namespace tw::core;

TEST(ColumnMapping, GuessesCommonExportHeaders) {
    auto m = guessMapping({"tweet_id", "airline_sentiment", "airline", "name", "text", "tweet_created"});
    EXPECT_EQ(*m.column(Field::Text), "text");
    EXPECT_EQ(*m.column(Field::Id), "tweet_id");
    EXPECT_EQ(*m.column(Field::Date), "tweet_created");
    auto cfpb = guessMapping({"Date received", "Product", "Consumer complaint narrative", "Submitted via", "Complaint ID"});
    EXPECT_EQ(*cfpb.column(Field::Text), "Consumer complaint narrative");
    EXPECT_EQ(*cfpb.column(Field::Date), "Date received");
    EXPECT_EQ(*cfpb.column(Field::Channel), "Submitted via");
    EXPECT_EQ(*cfpb.column(Field::Id), "Complaint ID");
    auto reviews = guessMapping({"Stars", "Review Text", "Author"});
    EXPECT_EQ(*reviews.column(Field::Text), "Review Text");
    EXPECT_EQ(*reviews.column(Field::Rating), "Stars");
    EXPECT_EQ(*reviews.column(Field::Customer), "Author");
}

TEST(ColumnMapping, MapSpecOverridesAndUnmaps) {
    auto m = guessMapping({"text", "summary", "date"});
    auto r = applyMapSpec(m, "text=summary,date=", {"text", "summary", "date"}, true);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r->column(Field::Text), "summary");
    EXPECT_EQ(r->column(Field::Date), nullptr);
}

TEST(ColumnMapping, MapSpecErrorsNameTheProblem) {
    auto bad = applyMapSpec({}, "text=nope", {"a", "b"}, true);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("no column 'nope' (columns: a, b)"), std::string::npos);
    EXPECT_EQ(bad.error().location, "--map");
    EXPECT_FALSE(applyMapSpec({}, "colour=a", {"a"}, true).ok());
    EXPECT_FALSE(applyMapSpec({}, "text", {"a"}, true).ok());
}
