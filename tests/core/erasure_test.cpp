// Erasure and retention: everything about a customer leaves the store and its files (the raw
// bytes of the store and its WAL are searched for planted words), except that a verbatim under
// escalation keeps its row with the text blanked; retention purges old verbatims per channel and
// keeps those on legal hold; the audit records that it happened, not whose data it was.
#include "store/erasure.h"
#include "ingest/importer.h"
#include "jobs/risk_job.h"
#include "store/audit_repository.h"
#include "store/escalation_repository.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;  // 2026-09-21

std::string fileBytes(const std::string& path) { return tw::test::readFile(path) + tw::test::readFile(path + "-wal"); }

struct Fixture {
    tw::test::TempDir dir;
    std::string path = dir.file("e.tw");
    Store store = std::move(Store::create(path).value());
    Fixture() {
        const std::string rows =
            "id,date,channel,customer,text\n"
            "1,2026-09-01,email,C-77,The Quixotrandomword blender broke on day two\n"
            "2,2026-09-02,email,C-77,I will sue you over the Quixheldword blender and my lawyer agrees\n"
            "3,2026-09-03,email,C-12,The Plainkeptword kettle works fine\n"
            "4,2026-05-01,email,C-12,Old Oldpurgedword message about delivery\n"
            "5,2026-05-01,email,C-12,Old Oldheldword message: I will sue you and my lawyer agrees\n"
            "6,2026-05-01,chat,C-12,Old Chatkeptword message in another channel\n";
        EXPECT_TRUE(importFile(store, dir.write("e.csv", rows), {}).ok());
        EXPECT_TRUE(scanRisks(store, 1, {}, nullptr, kNow).ok());
        store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
};

}  // namespace

TEST(Erasure, EverythingAboutACustomerLeavesTheStoreFile) {
    Fixture f;
    // A note typed into the held escalation's history that quotes the customer.
    const std::int64_t held = tw::test::scalar(
        f.store, "SELECT e.id FROM escalation e JOIN verbatim v ON v.id = e.verbatim_id WHERE v.external_id = '2'");
    ASSERT_TRUE(EscalationRepository(f.store)
                    .move(held, {EscalationState::Triaged, {}, "Quixnoteword rang twice", {}}, "max", kNow)
                    .ok());
    f.store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    ASSERT_NE(fileBytes(f.path).find("Quixnoteword"), std::string::npos);
    ASSERT_NE(fileBytes(f.path).find("Quixotrandomword"), std::string::npos) << "the test plants its words";
    auto r = eraseCustomer(f.store, "C-77", "dpo", kNow);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->removed, 1);
    EXPECT_EQ(r->held, 1);  // the threat to sue is under escalation: its row stays, blanked
    EXPECT_EQ(tw::test::scalar(f.store, "SELECT count(*) FROM verbatim WHERE customer = 'C-77'"), 0);
    EXPECT_EQ(tw::test::scalar(f.store, "SELECT count(*) FROM verbatim WHERE text = '[erased]'"), 1);
    EXPECT_EQ(tw::test::scalar(f.store, "SELECT count(*) FROM verbatim_fts WHERE verbatim_fts MATCH 'quixheldword'"),
              0);
    EXPECT_EQ(tw::test::scalar(f.store, "SELECT count(*) FROM escalation"), 2);
    const std::string bytes = fileBytes(f.path);
    EXPECT_EQ(bytes.find("Quixotrandomword"), std::string::npos);
    EXPECT_EQ(bytes.find("Quixheldword"), std::string::npos);
    EXPECT_EQ(bytes.find("quixotrandomword"), std::string::npos);  // the index's folded tokens
    EXPECT_EQ(bytes.find("quixheldword"), std::string::npos);
    EXPECT_NE(bytes.find("Plainkeptword"), std::string::npos);  // other customers' data stays
    EXPECT_EQ(bytes.find("Quixnoteword"), std::string::npos) << "notes about the customer are blanked";
    EXPECT_EQ(tw::test::scalar(f.store, "SELECT count(*) FROM escalation_history WHERE escalation_id = " +
                                            std::to_string(held) + " AND note = '[erased]'"),
              1);
    EXPECT_EQ(EscalationRepository(f.store).history(held).value().size(), 2u) << "the record of what was done stays";
    // Outside an erasure the history is append-only still.
    EXPECT_THROW(f.store.db().exec("UPDATE escalation_history SET note = 'x'"), SqlError);

    auto entries = AuditRepository(f.store).list({std::nullopt, std::string("erasure")});
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ((*entries)[0].detail, "1 verbatims erased, 1 blanked under escalation");
    EXPECT_EQ(fileBytes(f.path).find("C-77"), std::string::npos);
    EXPECT_FALSE(AuditRepository(f.store).verify().value().broken);
}

TEST(Retention, PurgesOldVerbatimsPerChannelAndKeepsThoseOnLegalHold) {
    Fixture f;
    ASSERT_FALSE(setRetentionRules(f.store, {{"email", 0}}, "admin", kNow).ok());
    ASSERT_TRUE(setRetentionRules(f.store, {{"email", 90}}, "admin", kNow).ok());
    ASSERT_EQ(retentionRules(f.store)->size(), 1u);
    auto r = applyRetention(f.store, "admin", kNow);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->removed, 1);  // the old e-mail about delivery
    EXPECT_EQ(r->held, 1);     // the old threat to sue, under escalation
    EXPECT_EQ(tw::test::scalar(f.store, "SELECT count(*) FROM verbatim"), 5);
    const std::string bytes = fileBytes(f.path);
    EXPECT_EQ(bytes.find("Oldpurgedword"), std::string::npos);
    EXPECT_NE(bytes.find("Oldheldword"), std::string::npos);
    EXPECT_NE(bytes.find("Chatkeptword"), std::string::npos);  // no rule for chat
    EXPECT_EQ(AuditRepository(f.store).list({std::nullopt, std::string("retention_apply")})->size(), 1u);
}
