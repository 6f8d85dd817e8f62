// Sensitive categories (the default taxonomy's "Sensitive topics": health, financial distress,
// religion, politics and unions) as filters, search fields and chart segments: refused to the
// roles whose policy does not allow them; allowed to a legal reviewer only with a stated purpose,
// which the audit trail keeps.
#include "store/sensitive_segments.h"
#include "ingest/importer.h"
#include "jobs/categorize_job.h"
#include "store/audit_repository.h"
#include "store/role_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace tw::core;

namespace {

struct Segments {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("s.tw")).value());
    Segments() {
        const std::string rows =
            "id,channel,text\n"
            "1,email,\"I am pregnant and the delivery driver would not carry the box upstairs.\"\n"
            "2,email,\"I lost my job and cannot afford the late fee.\"\n"
            "3,chat,\"The parcel was late again.\"\n";
        EXPECT_TRUE(importFile(store, dir.write("s.csv", rows), {}).ok());
        EXPECT_TRUE(categorizeStore(store, 1).ok());
    }
    RoleReader as(Role role, std::string purpose = {}) {
        auto r = RoleReader::open(store, AccessContext::of("u", role, Policies::defaults(), std::move(purpose)));
        EXPECT_TRUE(r.ok());
        return std::move(r.value());
    }
    static bool hasPath(const std::vector<CategoryCount>& counts, const std::string& prefix) {
        return std::any_of(counts.begin(), counts.end(),
                           [&](const CategoryCount& c) { return c.path.starts_with(prefix); });
    }
};

}  // namespace

TEST(SensitiveSegments, ACategoryFilterReachesASensitiveOneThroughItsAncestorsAndDescendants) {
    const std::vector<std::string> sensitive{"Sensitive topics/Health"};
    EXPECT_TRUE(reachesSensitive("sensitive topics/health", sensitive));
    EXPECT_TRUE(reachesSensitive("Sensitive topics", sensitive)) << "a parent segment includes it";
    EXPECT_TRUE(reachesSensitive("Sensitive topics/Health/Pregnancy", sensitive));
    EXPECT_FALSE(reachesSensitive("Delivery", sensitive));
    EXPECT_FALSE(reachesSensitive("Sensitive", sensitive)) << "whole path segments only";
    EXPECT_EQ(categoryFilters("late AND (category:\"Sensitive topics/Health\" OR channel:email)"),
              (std::vector<std::string>{"Sensitive topics/Health"}));
}

TEST(SensitiveSegments, RolesWithoutThePolicyCannotFilterSearchOrCountByThem) {
    Segments s;
    for (Role role : {Role::Analyst, Role::Manager, Role::Admin}) {
        RoleReader reader = s.as(role, "curiosity");
        BrowseFilter health;
        health.category = "Sensitive topics/Health";
        auto idx = reader.index(health, 50);
        ASSERT_FALSE(idx.ok()) << roleName(role);
        EXPECT_NE(idx.error().message.find("is a sensitive category"), std::string::npos) << idx.error().message;
        EXPECT_FALSE(reader.page(health, {INT64_MAX, INT64_MAX}, 10).ok());
        EXPECT_FALSE(reader.search("category:\"sensitive topics\" AND late", 10).ok());
        BrowseFilter viaRule;
        viaRule.search = "category:\"Sensitive topics/Financial distress\"";
        EXPECT_FALSE(reader.count(viaRule).ok());
        auto counts = reader.categoryCounts({});
        ASSERT_TRUE(counts.ok());
        EXPECT_FALSE(Segments::hasPath(*counts, "Sensitive topics")) << roleName(role);
        EXPECT_TRUE(Segments::hasPath(*counts, "Delivery"));
    }
    EXPECT_TRUE(AuditRepository(s.store).list({std::nullopt, "sensitive_segment"})->empty());
}

TEST(SensitiveSegments, ALegalReviewerSegmentsByThemWithAStatedPurposeThatIsAudited) {
    Segments s;
    BrowseFilter health;
    health.category = "Sensitive topics/Health";
    RoleReader noPurpose = s.as(Role::LegalReviewer);
    auto refused = noPurpose.index(health, 50);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("state the purpose"), std::string::npos);
    EXPECT_FALSE(Segments::hasPath(noPurpose.categoryCounts({}).value(), "Sensitive topics"));

    RoleReader legal = s.as(Role::LegalReviewer, "pregnancy discrimination complaint, case 2026-114");
    auto idx = legal.index(health, 50);
    ASSERT_TRUE(idx.ok()) << idx.error().describe();
    EXPECT_EQ(idx->total, 1);
    auto counts = legal.categoryCounts({});
    ASSERT_TRUE(counts.ok());
    EXPECT_TRUE(Segments::hasPath(*counts, "Sensitive topics/Health"));
    auto audited = AuditRepository(s.store).list({std::nullopt, "sensitive_segment"});
    ASSERT_TRUE(audited.ok());
    ASSERT_GE(audited->size(), 2u);
    EXPECT_EQ(audited->front().target, "category Sensitive topics/Health");
    EXPECT_EQ(audited->front().detail, "pregnancy discrimination complaint, case 2026-114");
}
