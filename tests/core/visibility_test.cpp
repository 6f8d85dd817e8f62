// Each role's view through the core's read API (store/role_reader.h), not through widgets: the
// visibility matrix of DESIGN.md over every read path (page, count, restricted count, search,
// opening one verbatim, the escalation queue and its moves), with the audit entries each
// restricted opening leaves.
#include "ingest/importer.h"
#include "jobs/risk_job.h"
#include "store/audit_repository.h"
#include "store/role_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;

struct Fixture {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("v.tw")).value());
    std::int64_t praise = 0, lawsuit = 0, reaction = 0, churn = 0;

    Fixture() {
        const std::string rows =
            "id,channel,text\n"
            "1,email,Great service and friendly staff. Write to me at ann.lee@example.org anytime.\n"
            "2,email,I will sue you and my lawyer will call. Reach me at jo.smith@example.com.\n"
            "3,call,After taking the pills I had a severe allergic reaction and went to hospital.\n"
            "4,chat,I am going to cancel my subscription and switch to another provider.\n";
        auto r = importFile(store, dir.write("v.csv", rows), {});
        EXPECT_TRUE(r.ok());
        EXPECT_TRUE(scanRisks(store, 1, {}, nullptr, kNow).ok());
        auto ids = store.db().prepare("SELECT id, external_id FROM verbatim");
        while (ids.step()) {
            const std::string ext = ids.string(1);
            (ext == "1" ? praise : ext == "2" ? lawsuit : ext == "3" ? reaction : churn) = ids.int64(0);
        }
    }
    RoleReader as(Role role) {
        auto r = RoleReader::open(store,
                                  AccessContext::of(std::string(roleName(role)) + "-user", role, Policies::defaults()));
        EXPECT_TRUE(r.ok());
        return std::move(r.value());
    }
    std::vector<std::int64_t> pageIds(RoleReader& reader, std::vector<Verbatim>* out = nullptr) {
        auto page = reader.page({}, {INT64_MAX, INT64_MAX}, 100);
        EXPECT_TRUE(page.ok());
        std::vector<std::int64_t> ids;
        for (const Verbatim& v : *page) ids.push_back(v.id);
        std::sort(ids.begin(), ids.end());
        if (out) *out = *page;
        return ids;
    }
    std::vector<std::string> audited(const std::string& action) {
        auto list = AuditRepository(store).list({std::nullopt, action});
        std::vector<std::string> out;
        for (const AuditEntry& e : *list) out.push_back(e.actor + " " + e.target + " " + e.detail);
        return out;
    }
};

std::string textOf(const std::vector<Verbatim>& page, std::int64_t id) {
    for (const Verbatim& v : page) {
        if (v.id == id) return v.text;
    }
    return "(not shown)";
}

}  // namespace

TEST(Visibility, AnalystsSeeRedactedUnflaggedTextAndOnlyCountsOfFlaggedVerbatims) {
    Fixture f;
    RoleReader analyst = f.as(Role::Analyst);
    std::vector<Verbatim> page;
    EXPECT_EQ(f.pageIds(analyst, &page), (std::vector<std::int64_t>{f.praise, f.churn}));  // churn is not restricted
    EXPECT_NE(textOf(page, f.praise).find("[EMAIL]"), std::string::npos);
    EXPECT_EQ(textOf(page, f.praise).find("ann.lee@example.org"), std::string::npos);
    EXPECT_EQ(analyst.count({}).value(), 2);
    EXPECT_EQ(analyst.restrictedCount({}).value(), 2);
    EXPECT_EQ(analyst.index({}, 10).value().total, 2);
    EXPECT_EQ(analyst.index({}, 10).value().countedOnly, 2);
    EXPECT_TRUE(analyst.search("sue OR hospital", 10).value().empty());
    EXPECT_TRUE(analyst.kwic("sue OR hospital", 20, 50, KwicSort::Source).value().empty());
    EXPECT_EQ(analyst.kwic("service", 20, 50, KwicSort::Source).value().size(), 1u);
    EXPECT_EQ(analyst.hiddenIds().value(), (std::unordered_set<std::int64_t>{f.lawsuit, f.reaction}));
    EXPECT_EQ(analyst.search("service", 10).value().size(), 1u);

    auto opened = analyst.open(f.lawsuit, "curious", kNow);
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.error().message.find("sees only counts"), std::string::npos);
    EXPECT_EQ(f.audited("open_restricted_refused"),
              (std::vector<std::string>{"analyst-user verbatim " + std::to_string(f.lawsuit) + " analyst"}));
    auto mine = analyst.open(f.praise, "", kNow);
    ASSERT_TRUE(mine.ok() && *mine);
    EXPECT_NE((*mine)->text.find("[EMAIL]"), std::string::npos);
    EXPECT_FALSE(analyst.escalations({}, kNow).ok());
}

TEST(Visibility, ManagersSeeEverythingRedactedAndWorkTheWholeQueue) {
    Fixture f;
    RoleReader manager = f.as(Role::Manager);
    std::vector<Verbatim> page;
    EXPECT_EQ(f.pageIds(manager, &page), (std::vector<std::int64_t>{f.praise, f.lawsuit, f.reaction, f.churn}));
    EXPECT_NE(textOf(page, f.lawsuit).find("[EMAIL]"), std::string::npos);
    EXPECT_EQ(manager.restrictedCount({}).value(), 0);
    auto opened = manager.open(f.lawsuit, "", kNow);
    ASSERT_TRUE(opened.ok() && *opened);
    EXPECT_EQ((*opened)->text.find("jo.smith@example.com"), std::string::npos);
    EXPECT_EQ(f.audited("open_restricted").size(), 1u);

    auto queue = manager.escalations({}, kNow);
    ASSERT_TRUE(queue.ok());
    std::vector<std::string> types;
    for (const Escalation& e : *queue) types.push_back(e.type);
    EXPECT_NE(std::find(types.begin(), types.end(), "adverse_event"), types.end());
    EXPECT_NE(std::find(types.begin(), types.end(), "litigation_threat"), types.end());
    ASSERT_TRUE(manager.moveEscalation(queue->front().id, {EscalationState::Triaged, {}, "", {}}, kNow).ok());
    auto assigned = manager.moveEscalation(queue->front().id, {EscalationState::Assigned, {}, "", "maria"}, kNow);
    EXPECT_TRUE(assigned.ok()) << assigned.error().describe();
}

TEST(Visibility, LegalReviewersReadFullTextGiveAReasonForFlaggedOnesAndSeeLegalItems) {
    Fixture f;
    RoleReader legal = f.as(Role::LegalReviewer);
    std::vector<Verbatim> page;
    EXPECT_EQ(f.pageIds(legal, &page), (std::vector<std::int64_t>{f.praise, f.lawsuit, f.reaction, f.churn}));
    EXPECT_NE(textOf(page, f.praise).find("ann.lee@example.org"), std::string::npos);
    // A flagged one is listed redacted: its full text needs a reason (open, below).
    EXPECT_EQ(textOf(page, f.lawsuit).find("jo.smith@example.com"), std::string::npos) << textOf(page, f.lawsuit);
    EXPECT_NE(textOf(page, f.lawsuit).find("[EMAIL]"), std::string::npos);
    EXPECT_EQ(legal.kwic("sue OR hospital", 20, 50, KwicSort::Source).value().size(), 2u);
    EXPECT_TRUE(legal.hiddenIds().value().empty());
    auto noReason = legal.open(f.lawsuit, "  ", kNow);
    ASSERT_FALSE(noReason.ok());
    EXPECT_NE(noReason.error().message.find("say why"), std::string::npos);
    auto opened = legal.open(f.lawsuit, "litigation hold review", kNow);
    ASSERT_TRUE(opened.ok() && *opened);
    EXPECT_NE((*opened)->text.find("jo.smith@example.com"), std::string::npos);
    EXPECT_EQ(f.audited("open_restricted"),
              (std::vector<std::string>{"legal_reviewer-user verbatim " + std::to_string(f.lawsuit) +
                                        " litigation hold review"}));

    auto queue = legal.escalations({}, kNow);
    ASSERT_TRUE(queue.ok());
    ASSERT_FALSE(queue->empty());
    for (const Escalation& e : *queue) EXPECT_TRUE(legalRelevant(e.type)) << e.type;
    const std::int64_t id = queue->front().id;
    EXPECT_TRUE(legal.moveEscalation(id, {EscalationState::Triaged, {}, "read it", {}}, kNow).ok());
    auto assign = legal.moveEscalation(id, {EscalationState::Assigned, {}, "", "lee"}, kNow);
    ASSERT_FALSE(assign.ok());
    EXPECT_NE(assign.error().message.find("not assign"), std::string::npos);
    EXPECT_FALSE(AuditRepository(f.store).verify().value().broken);
}

TEST(Visibility, AdminsSeeRedactedUnflaggedTextAndNoQueue) {
    Fixture f;
    RoleReader admin = f.as(Role::Admin);
    EXPECT_EQ(f.pageIds(admin), (std::vector<std::int64_t>{f.praise, f.churn}));
    EXPECT_EQ(admin.restrictedCount({}).value(), 2);
    EXPECT_FALSE(admin.open(f.reaction, "audit", kNow).ok());
    EXPECT_FALSE(admin.escalations({}, kNow).ok());
}

TEST(Visibility, EmergingPhrasesComeOnlyFromWhatTheRoleMayRead) {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("p.tw")).value());
    std::string rows = "id,date,channel,text\n";
    int id = 0;
    for (int day = 1; day <= 20; ++day)
        rows += std::to_string(++id) + ",2026-01-" + (day < 10 ? "0" : "") + std::to_string(day) +
                ",email,The parcel arrived and the shop was fine\n";
    for (int day = 1; day <= 8; ++day) {
        rows += std::to_string(++id) + ",2026-02-0" + std::to_string(day) +
                ",email,My lawyer will sue you over the broken blender\n";
        rows += std::to_string(++id) + ",2026-02-0" + std::to_string(day) + ",email,The parcel arrived late again\n";
    }
    ASSERT_TRUE(importFile(store, dir.write("p.csv", rows), {}).ok());
    ASSERT_TRUE(scanRisks(store, 1, {}, nullptr, kNow).ok());
    PhraseQuery q;
    q.since = parseIsoDay("2026-02-01").value();
    q.until = parseIsoDay("2026-02-09").value();
    q.baselineFrom = parseIsoDay("2026-01-01").value();
    q.options.minSupport = 3;
    auto phrasesOf = [&](Role role) {
        auto reader = RoleReader::open(store, AccessContext::of("u", role, Policies::defaults()));
        auto report = reader->phrases(q);
        EXPECT_TRUE(report.ok()) << report.error().describe();
        std::string all;
        for (const EmergingPhrase& p : report->phrases) all += p.phrase + "|";
        return all;
    };
    const std::string analyst = phrasesOf(Role::Analyst), legal = phrasesOf(Role::LegalReviewer);
    EXPECT_EQ(analyst.find("lawyer"), std::string::npos) << analyst;
    EXPECT_NE(analyst.find("late"), std::string::npos) << analyst;
    EXPECT_NE(legal.find("lawyer"), std::string::npos) << legal;
}
