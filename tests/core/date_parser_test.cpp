// Dates in the formats feedback exports use, stored as unix seconds UTC.
#include "ingest/date_parser.h"
#include "util/civil_time.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {
std::string iso(std::string_view s, DateOrder o = DateOrder::MDY) {
    auto t = parseDate(s, o);
    return t ? formatIsoUtc(*t) : "none";
}
}  // namespace

struct DateCase {
    const char* input;
    DateOrder order;
    const char* expected;
};

class DateFormats : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateFormats, ParsesToUtc) {
    EXPECT_EQ(iso(GetParam().input, GetParam().order), GetParam().expected) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Formats, DateFormats,
    ::testing::Values(
        DateCase{"2026-01-15", DateOrder::MDY, "2026-01-15T00:00:00Z"},
        DateCase{"2026-01-15T10:20:30Z", DateOrder::MDY, "2026-01-15T10:20:30Z"},
        DateCase{"2026-01-15T10:20:30.123+02:00", DateOrder::MDY, "2026-01-15T08:20:30Z"},
        DateCase{"2015-02-24 11:35:52 -0800", DateOrder::MDY, "2015-02-24T19:35:52Z"},
        DateCase{"Tue Oct 31 22:10:47 +0000 2017", DateOrder::MDY, "2017-10-31T22:10:47Z"},
        DateCase{"Tue, 31 Oct 2017 22:10:47 +0100", DateOrder::MDY, "2017-10-31T21:10:47Z"},
        DateCase{"Oct 31, 2017", DateOrder::MDY, "2017-10-31T00:00:00Z"},
        DateCase{"31 October 2017 9:05 pm", DateOrder::MDY, "2017-10-31T21:05:00Z"},
        DateCase{"03/04/2026", DateOrder::MDY, "2026-03-04T00:00:00Z"},
        DateCase{"03/04/2026", DateOrder::DMY, "2026-04-03T00:00:00Z"},
        DateCase{"31/01/2026", DateOrder::MDY, "2026-01-31T00:00:00Z"},  // unambiguous: day first
        DateCase{"01/31/2026", DateOrder::DMY, "2026-01-31T00:00:00Z"},  // unambiguous: month first
        DateCase{"15.01.26", DateOrder::DMY, "2026-01-15T00:00:00Z"},
        DateCase{"1700000000", DateOrder::MDY, "2023-11-14T22:13:20Z"},
        DateCase{"1700000000123", DateOrder::MDY, "2023-11-14T22:13:20Z"},
        DateCase{"2026/02/29", DateOrder::MDY, "none"},  // not a leap year
        DateCase{"yesterday", DateOrder::MDY, "none"},
        DateCase{"13/13/2026", DateOrder::MDY, "none"},
        DateCase{"2026-01-15 25:00", DateOrder::MDY, "none"}));

TEST(DateOrder, FollowsTheIcuLocale) {
    EXPECT_EQ(dateOrderForLocale("en_US"), DateOrder::MDY);
    EXPECT_EQ(dateOrderForLocale("de_DE"), DateOrder::DMY);
    EXPECT_EQ(dateOrderForLocale("en_GB"), DateOrder::DMY);
    EXPECT_EQ(dateOrderForLocale("ja_JP"), DateOrder::YMD);
}
