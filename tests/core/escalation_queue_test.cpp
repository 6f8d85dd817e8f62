// The escalation queue: the risk scan stores personal data and flags per verbatim and opens
// escalations (due by type, merged per verbatim and type, above the store's threshold); the
// workflow refuses illegal moves with a clear error; history is append-only, enforced by the
// store itself; closed-loop figures count open, overdue and time to action.
#include "ingest/importer.h"
#include "jobs/risk_job.h"
#include "store/audit_repository.h"
#include "store/escalation_repository.h"
#include "store/risk_repository.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;  // 2026-09-21
constexpr std::int64_t kDay = 86400;

struct Queue {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("q.tw")).value());
    EscalationRepository escalations{store};
    RiskRepository risk{store};

    void import(const std::string& name, const std::string& rows) {
        auto r = importFile(store, dir.write(name, "id,channel,text\n" + rows), {});
        ASSERT_TRUE(r.ok()) << r.error().describe();
    }
    RiskScanReport scan(std::int64_t now = kNow) {
        auto r = scanRisks(store, 2, {}, nullptr, now);
        EXPECT_TRUE(r.ok()) << r.error().describe();
        return r.ok() ? *r : RiskScanReport{};
    }
    Escalation only(const std::string& type) {
        EscalationFilter f;
        f.types = {type};
        auto list = escalations.list(f, kNow);
        EXPECT_TRUE(list.ok());
        EXPECT_EQ(list->size(), 1u) << type;
        return list->empty() ? Escalation{} : list->front();
    }
};

const std::string kRows =
    "1,email,\"My name is John Carter, call me on +44 20 7946 0958. I will contact my lawyer about this.\"\n"
    "2,call,\"After taking the tablets I got a rash and ended up in hospital.\"\n"
    "3,survey,\"Delivery was fine, thanks.\"\n"
    "4,chat,\"I'm cancelling and switching to another provider.\"\n"
    "5,email,\"I am not going to sue anyone, I just want my refund.\"\n";

}  // namespace

TEST(EscalationWorkflow, AllowsTheDocumentedPathAndExplainsEveryRefusal) {
    using S = EscalationState;
    EXPECT_TRUE(checkMove(1, S::New, {S::Triaged, {}, "", {}}).ok());
    EXPECT_TRUE(checkMove(1, S::Triaged, {S::Assigned, {}, "", "ana"}).ok());
    EXPECT_TRUE(checkMove(1, S::Assigned, {S::InReview, {}, "", {}}).ok());
    EXPECT_TRUE(checkMove(1, S::InReview, {S::Actioned, Resolution::Reported, "sent to pharmacovigilance", {}}).ok());
    EXPECT_TRUE(checkMove(1, S::New, {S::ClosedNoAction, {}, "duplicate of 7", {}}).ok());

    auto skip = checkMove(12, S::New, {S::Actioned, Resolution::Fixed, "done", {}});
    ASSERT_FALSE(skip.ok());
    EXPECT_NE(skip.error().message.find("escalation 12 cannot move from new to actioned"), std::string::npos);
    EXPECT_NE(skip.error().message.find("triaged or closed_no_action"), std::string::npos);
    auto final = checkMove(3, S::Actioned, {S::InReview, {}, "", {}});
    ASSERT_FALSE(final.ok());
    EXPECT_NE(final.error().message.find("final state"), std::string::npos);
    auto noResolution = checkMove(3, S::InReview, {S::Actioned, {}, "done", {}});
    ASSERT_FALSE(noResolution.ok());
    EXPECT_NE(noResolution.error().message.find("reported, contacted or fixed"), std::string::npos);
    EXPECT_FALSE(checkMove(3, S::InReview, {S::ClosedNoAction, {}, "  ", {}}).ok()) << "closing needs a reason";
    EXPECT_FALSE(checkMove(3, S::Triaged, {S::Assigned, {}, "", std::string()}).ok()) << "assigned to nobody";
    EXPECT_FALSE(checkMove(3, S::Triaged, {S::InReview, Resolution::Fixed, "", {}}).ok());
    EXPECT_EQ(escalationStateFromName("in-review"), S::InReview);
    EXPECT_FALSE(escalationStateFromName("done").has_value());
}

TEST(RiskScan, StoresPersonalDataAndFlagsAndOpensEscalationsDueByType) {
    Queue q;
    q.import("a.csv", kRows);
    const auto report = q.scan();
    EXPECT_EQ(report.scanned, 5);
    EXPECT_EQ(report.withPii, 1);
    EXPECT_GE(report.flagged, 3);

    auto pii =
        q.risk.pii(1, "My name is John Carter, call me on +44 20 7946 0958. I will contact my lawyer about this.");
    ASSERT_TRUE(pii.ok());
    ASSERT_TRUE(pii->has_value());
    std::vector<std::string> types;
    for (const auto& f : **pii) types.push_back(piiTypeName(f.type));
    EXPECT_EQ(types, (std::vector<std::string>{"PERSON", "PHONE"}));
    EXPECT_EQ((**pii)[0].startCp, 11u);
    EXPECT_EQ((**pii)[0].startByte, 11u);

    const Escalation legal = q.only("litigation_threat");
    EXPECT_EQ(legal.verbatimId, 1);
    EXPECT_EQ(legal.state, EscalationState::New);
    EXPECT_EQ(legal.dueAt, kNow + 5 * kDay);
    EXPECT_FALSE(legal.evidence.empty());
    const Escalation safety = q.only("adverse_event");
    EXPECT_EQ(safety.verbatimId, 2);
    EXPECT_EQ(safety.dueAt, kNow + 15 * kDay) << "adverse events are due in 15 days";

    // Churn is low severity: flagged and stored, below the default threshold (medium) for the queue.
    auto churnFlags = q.risk.flags(4);
    ASSERT_TRUE(churnFlags.ok());
    ASSERT_EQ(churnFlags->size(), 1u);
    EXPECT_EQ((*churnFlags)[0].type, "churn_threat");
    EscalationFilter churn;
    churn.types = {"churn_threat"};
    EXPECT_TRUE(q.escalations.list(churn, kNow)->empty());
    // "I am not going to sue" is negated: no flag, no escalation.
    EXPECT_TRUE(q.risk.flags(5)->empty());

    auto history = q.escalations.history(legal.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_FALSE((*history)[0].from.has_value());
    EXPECT_EQ((*history)[0].actor, "tidewatch");
    EXPECT_EQ((*history)[0].note, legal.why);

    // Incremental: nothing to do the second time; a new import scans only itself.
    EXPECT_EQ(q.scan().scanned, 0);
    q.import("b.csv", "6,email,\"Ich werde meinen Anwalt einschalten.\"\n");
    EXPECT_EQ(q.scan().scanned, 1);
    EXPECT_EQ(tw::test::scalar(q.store, "SELECT count(*) FROM escalation WHERE type = 'litigation_threat'"), 2);
}

TEST(RiskScan, ThresholdAndEditedRulesDecideWhatOpensAndFlagsMergePerVerbatim) {
    Queue q;
    ASSERT_TRUE(q.risk.setEscalationThreshold(Severity::Low).ok());
    q.import("a.csv", kRows);
    q.scan();
    EXPECT_EQ(q.only("churn_threat").verbatimId, 4) << "a low threshold queues churn threats too";

    // An edited pack re-scans everything; the same finding does not open a second escalation,
    // and a new piece of evidence merges into the existing one with a history entry.
    auto initial = q.escalations.list({}, kNow);
    ASSERT_TRUE(initial.ok());
    const std::string pack = R"({"format": "tidewatch-escalation-rules", "version": 2, "name": "edited",
      "types": {"litigation_threat": {"severity": "high", "due_days": 5}},
      "rules": [{"type": "litigation_threat", "rule": "lawyer", "why": "a lawyer"},
                {"type": "litigation_threat", "rule": "contact", "why": "contact"}]})";
    auto set = q.risk.setEscalationRules(pack);
    ASSERT_TRUE(set.ok()) << set.error().describe();
    EXPECT_EQ(q.scan(kNow + kDay).scanned, 5);
    EXPECT_EQ(q.escalations.list({}, kNow)->size(), initial->size()) << "no duplicate escalations";
    const Escalation legal = q.only("litigation_threat");
    EXPECT_EQ(legal.merged, 2);
    EXPECT_EQ(legal.dueAt, kNow + 5 * kDay) << "merging keeps the original due date";
    auto history = q.escalations.history(legal.id);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[1].note.rfind("merged a further flag", 0), 0u);

    EXPECT_FALSE(q.risk.setEscalationRules("{\"format\": 3}").ok()) << "a broken pack is refused";
}

TEST(EscalationQueue, MovesThroughTheWorkflowWithHistoryAndRejectsIllegalMoves) {
    Queue q;
    q.import("a.csv", kRows);
    q.scan();
    const std::int64_t id = q.only("adverse_event").id;
    using S = EscalationState;

    auto illegal = q.escalations.move(id, {S::InReview, {}, "", {}}, "maria", kNow);
    ASSERT_FALSE(illegal.ok());
    EXPECT_NE(illegal.error().message.find("cannot move from new to in_review"), std::string::npos);
    auto missing = q.escalations.move(999, {S::Triaged, {}, "", {}}, "maria", kNow);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("no escalation 999"), std::string::npos);

    ASSERT_TRUE(q.escalations.move(id, {S::Triaged, {}, "real report", {}}, "maria", kNow + 3600).ok());
    ASSERT_TRUE(q.escalations.move(id, {S::Assigned, {}, "", "sam"}, "maria", kNow + 7200).ok());
    ASSERT_TRUE(q.escalations.move(id, {S::InReview, {}, "", {}}, "sam", kNow + 2 * kDay).ok());
    auto done =
        q.escalations.move(id, {S::Actioned, Resolution::Reported, "MedWatch 3500 filed", {}}, "sam", kNow + 3 * kDay);
    ASSERT_TRUE(done.ok()) << done.error().describe();
    EXPECT_EQ(done->state, S::Actioned);
    EXPECT_EQ(done->assignee, "sam");
    EXPECT_EQ(done->closedAt, kNow + 3 * kDay);
    EXPECT_FALSE(q.escalations.move(id, {S::Triaged, {}, "", {}}, "sam", kNow + 4 * kDay).ok());

    auto history = q.escalations.history(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 5u);
    EXPECT_EQ((*history)[2].assignee, "sam");
    EXPECT_EQ((*history)[4].from, S::InReview);
    EXPECT_EQ((*history)[4].to, S::Actioned);
    EXPECT_EQ((*history)[4].actor, "sam");
    EXPECT_EQ((*history)[4].note, "reported: MedWatch 3500 filed");

    // Append-only: the store refuses to change or remove a history entry, whoever asks.
    EXPECT_THROW(
        q.store.db().exec("UPDATE escalation_history SET note = 'nothing' WHERE escalation_id = " + std::to_string(id)),
        SqlError);
    EXPECT_THROW(q.store.db().exec("DELETE FROM escalation_history"), SqlError);
    EXPECT_EQ(q.escalations.history(id)->size(), 5u);
}

TEST(EscalationQueue, BulkTriageFiltersAndClosedLoopFigures) {
    Queue q;
    q.import("a.csv", kRows);
    q.scan();
    auto all = q.escalations.list({}, kNow);
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 2u);
    // Sorted by due date: litigation (5 days) before adverse events (15 days).
    for (std::size_t i = 1; i < all->size(); ++i) EXPECT_LE((*all)[i - 1].dueAt, (*all)[i].dueAt);
    const std::int64_t first = (*all)[0].id, second = (*all)[1].id;

    ASSERT_TRUE(q.escalations.move(first, {EscalationState::Triaged, {}, "", {}}, "maria", kNow).ok());
    auto bulk = q.escalations.moveMany({first, second}, {EscalationState::Triaged, {}, "bulk", {}}, "maria", kNow);
    ASSERT_TRUE(bulk.ok());
    EXPECT_FALSE((*bulk)[0].ok()) << "already triaged";
    EXPECT_TRUE((*bulk)[1].ok());

    EscalationFilter triaged;
    triaged.states = {EscalationState::Triaged};
    EXPECT_EQ(q.escalations.list(triaged, kNow)->size(), 2u);
    ASSERT_TRUE(q.escalations.move(first, {EscalationState::Assigned, {}, "", "sam"}, "maria", kNow).ok());
    EscalationFilter sams;
    sams.assignee = "sam";
    EXPECT_EQ(q.escalations.list(sams, kNow)->size(), 1u);
    EXPECT_EQ(q.escalations.assignees().value(), std::vector<std::string>{"sam"});

    // Ten days on, the litigation threat (due in 5) is overdue and the adverse event (15) is not.
    const std::int64_t later = kNow + 10 * kDay;
    EscalationFilter overdue;
    overdue.overdueOnly = true;
    auto late = q.escalations.list(overdue, later);
    ASSERT_EQ(late->size(), 1u);
    EXPECT_EQ(late->front().type, "litigation_threat");
    EXPECT_TRUE(late->front().overdue(later));

    ASSERT_TRUE(q.escalations.move(first, {EscalationState::InReview, {}, "", {}}, "sam", kNow).ok());
    ASSERT_TRUE(q.escalations
                    .move(first, {EscalationState::Actioned, Resolution::Fixed, "refunded", {}}, "sam", kNow + 6 * 3600)
                    .ok());
    auto figures = q.escalations.figures(later);
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->total.open + figures->total.actioned, static_cast<std::int64_t>(all->size()));
    EXPECT_EQ(figures->total.actioned, 1);
    ASSERT_TRUE(figures->total.medianHoursToAction.has_value());
    EXPECT_DOUBLE_EQ(*figures->total.medianHoursToAction, 6.0);
    EXPECT_EQ(figures->total.openByAge[2], figures->total.open) << "all open ones are 7-30 days old";
    for (const auto& t : figures->types) {
        if (t.type == "adverse_event") {
            EXPECT_EQ(t.overdue, 0);
        }
    }
}

// The scan reads, scans and writes batches in a pipeline; cancelling stops it between batches
// with what was written kept (the batch being scanned when cancel came is finished), a cancel
// before it starts scans nothing, and the next scan does the rest and its findings.
TEST(RiskScan, CancelStopsBetweenBatchesAndTheNextScanDoesTheRest) {
    Queue q;
    std::string rows;
    for (int i = 0; i < 10000; ++i)
        rows += std::to_string(i) + ",email," + (i % 1000 == 7 ? "I will sue you - write to ann@example.com" : "fine") + "\n";
    q.import("many.csv", rows);
    CancelToken early;
    early.cancel();
    auto none = scanRisks(q.store, 2, {}, &early, kNow);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->cancelled);
    EXPECT_EQ(none->scanned, 0);
    CancelToken cancel;
    auto part = scanRisks(q.store, 2, [&](const Progress&) { cancel.cancel(); }, &cancel, kNow);
    ASSERT_TRUE(part.ok());
    EXPECT_TRUE(part->cancelled);
    EXPECT_LE(part->scanned, 8000);
    EXPECT_EQ(part->scanned % 4000, 0);
    const RiskScanReport rest = q.scan();
    EXPECT_EQ(rest.scanned, 10000 - part->scanned);
    EXPECT_EQ(part->withPii + rest.withPii, 10);
    EXPECT_EQ(part->flagged + rest.flagged, 10);
    EXPECT_EQ(q.scan().scanned, 0);
}

TEST(RiskScan, PseudonymKeyIsCreatedOnceAndKeptPerStore) {
    Queue q;
    auto a = q.risk.pseudonymKey();
    auto b = q.risk.pseudonymKey();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, *b);
    Queue other;
    EXPECT_NE(*a, other.risk.pseudonymKey().value()) << "each store has its own secret";
}

TEST(EscalationQueue, EveryTransitionIsInTheAuditTrail) {
    Queue q;
    q.import("a.csv", "1,email,I will sue you and my lawyer will call\n");
    q.scan();
    const Escalation e = q.only("litigation_threat");
    ASSERT_TRUE(q.escalations.move(e.id, {EscalationState::Triaged, {}, "looked at it", {}}, "maria", kNow + 60).ok());
    auto entries = AuditRepository(q.store).list({std::nullopt, std::string("escalation_move")});
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ((*entries)[0].actor, "maria");
    EXPECT_EQ((*entries)[0].target, "escalation " + std::to_string(e.id));
    EXPECT_EQ((*entries)[0].detail, "new -> triaged, with a note") << "the note's words stay in the history only";
    EXPECT_FALSE(AuditRepository(q.store).verify().value().broken);
}
