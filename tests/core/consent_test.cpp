// Consent: each verbatim's basis is mapped at import (a column, a constant, common spellings, an
// unreadable value kept as unknown with the problem said), and "contact customer" on an escalation
// is allowed only where that basis permits, in the core, with the reason; reporting obligations
// (adverse events) still proceed and say so.
#include "governance/consent.h"
#include "ingest/importer.h"
#include "jobs/risk_job.h"
#include "store/escalation_repository.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

struct ConsentStore {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("c.tw")).value());
    EscalationRepository escalations{store};

    void import(const std::string& rows, const std::string& constant = {}) {
        ImportOptions opt;
        opt.consent = constant;
        auto r = importFile(store, dir.write("in.csv", rows), opt);
        ASSERT_TRUE(r.ok()) << r.error().describe();
    }
    std::string consentOf(const std::string& externalId) {
        auto q = store.db().prepare("SELECT consent FROM verbatim WHERE external_id = ?1");
        q.bind(1, externalId);
        return q.step() ? q.string(0) : "(missing)";
    }
    std::string problemsOf(const std::string& externalId) {
        auto q = store.db().prepare("SELECT ifnull(problems, '') FROM verbatim WHERE external_id = ?1");
        q.bind(1, externalId);
        return q.step() ? q.string(0) : "";
    }
    // Walks escalation `id` to in review, then tries to action it with `how`.
    Result<Escalation> action(std::int64_t id, Resolution how) {
        for (EscalationState s : {EscalationState::Triaged, EscalationState::Assigned, EscalationState::InReview}) {
            Move m{s, std::nullopt, {}, std::nullopt};
            if (s == EscalationState::Assigned) m.assignee = "max";
            auto r = escalations.move(id, m, "max", kNow);
            EXPECT_TRUE(r.ok()) << r.error().describe();
        }
        return escalations.move(id, {EscalationState::Actioned, how, "done", std::nullopt}, "max", kNow);
    }
    Escalation of(const std::string& type, const std::string& consent) {
        EscalationFilter f;
        f.types = {type};
        auto list = escalations.list(f, kNow);
        EXPECT_TRUE(list.ok());
        for (const Escalation& e : *list)
            if (consentName(e.consent) == consent) return e;
        ADD_FAILURE() << "no " << type << " escalation with consent " << consent;
        return {};
    }
};

}  // namespace

TEST(Consent, NamesAndCommonSpellingsMapToOneBasis) {
    EXPECT_EQ(consentFromName("anonymous_survey"), ConsentBasis::AnonymousSurvey);
    EXPECT_EQ(consentFromName("Anonymous"), ConsentBasis::AnonymousSurvey);
    EXPECT_EQ(consentFromName("opt-in"), ConsentBasis::IdentifiedWithConsent);
    EXPECT_EQ(consentFromName("Identified With Consent"), ConsentBasis::IdentifiedWithConsent);
    EXPECT_EQ(consentFromName("recorded call"), ConsentBasis::CallRecordingNotice);
    EXPECT_EQ(consentFromName("public"), ConsentBasis::PublicPost);
    EXPECT_FALSE(consentFromName("yes").has_value());
    for (const std::string& n : consentNames()) {
        auto basis = consentFromName(n);
        ASSERT_TRUE(basis.has_value()) << n;
        EXPECT_EQ(consentName(*basis), n);
    }
}

TEST(Consent, OnlyConsentToBeContactedAllowsContactAndReportingAlwaysProceeds) {
    EXPECT_TRUE(contactCustomer(ConsentBasis::IdentifiedWithConsent, "churn_threat").allowed);
    for (ConsentBasis b : {ConsentBasis::Unknown, ConsentBasis::AnonymousSurvey, ConsentBasis::IdentifiedWithoutConsent,
                           ConsentBasis::PublicPost, ConsentBasis::CallRecordingNotice}) {
        ContactDecision d = contactCustomer(b, "churn_threat");
        EXPECT_FALSE(d.allowed) << consentName(b);
        EXPECT_FALSE(d.why.empty());
        EXPECT_FALSE(contains(d.why, "reporting")) << "churn is no reporting obligation";
    }
    ContactDecision ae = contactCustomer(ConsentBasis::AnonymousSurvey, "adverse_event");
    EXPECT_FALSE(ae.allowed);
    EXPECT_TRUE(contains(ae.why, "anonymous survey"));
    EXPECT_TRUE(contains(ae.why, "proceeds: action it as reported")) << ae.why;
}

TEST(Consent, ImportMapsAColumnOrAConstantAndKeepsAnUnreadableValueAsUnknownWithTheProblem) {
    ConsentStore s;
    s.import(
        "id,consent,text\n"
        "a,Opt-In,\"Fine\"\n"
        "b,anonymous,\"Fine too\"\n"
        "c,maybe later,\"Hmm\"\n"
        "d,,\"No value\"\n",
        "public post");
    EXPECT_EQ(s.consentOf("a"), "identified_with_consent");
    EXPECT_EQ(s.consentOf("b"), "anonymous_survey");
    EXPECT_EQ(s.consentOf("c"), "unknown");
    EXPECT_TRUE(contains(s.problemsOf("c"), "not a consent basis")) << s.problemsOf("c");
    EXPECT_TRUE(contains(s.problemsOf("c"), "maybe later"));
    EXPECT_EQ(s.consentOf("d"), "public_post") << "the constant fills rows without a value";
    EXPECT_EQ(s.problemsOf("a"), "");

    ImportOptions bad;
    bad.consent = "whatever";
    auto r = importFile(s.store, s.dir.write("more.csv", "id,text\nz,Hi\n"), bad);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(contains(r.error().describe(), "--consent")) << r.error().describe();
    EXPECT_TRUE(contains(r.error().describe(), "identified_with_consent"));
    EXPECT_EQ(tw::test::scalar(s.store, "SELECT count(*) FROM verbatim WHERE external_id = 'z'"), 0);
}

TEST(Consent, ContactingTheCustomerIsRefusedInTheCoreUnlessTheBasisAllowsIt) {
    ConsentStore s;
    s.import(
        "id,consent,text\n"
        "1,identified_with_consent,\"I will contact my lawyer about this.\"\n"
        "2,anonymous_survey,\"I will contact my lawyer about this today.\"\n"
        "3,anonymous_survey,\"After taking the tablets I got a rash and ended up in hospital.\"\n");
    ASSERT_TRUE(scanRisks(s.store, 2, {}, nullptr, kNow).ok());

    Escalation allowed = s.of("litigation_threat", "identified_with_consent");
    auto contacted = s.action(allowed.id, Resolution::Contacted);
    ASSERT_TRUE(contacted.ok()) << contacted.error().describe();
    EXPECT_EQ(contacted->state, EscalationState::Actioned);

    Escalation anonymous = s.of("litigation_threat", "anonymous_survey");
    EXPECT_FALSE(anonymous.contact().allowed);
    auto refused = s.action(anonymous.id, Resolution::Contacted);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(contains(refused.error().describe(), "may not be contacted (anonymous_survey)"))
        << refused.error().describe();
    auto still = s.escalations.byId(anonymous.id);
    ASSERT_TRUE(still.ok() && still->has_value());
    EXPECT_EQ((*still)->state, EscalationState::InReview) << "a refused move changes nothing";

    Escalation adverse = s.of("adverse_event", "anonymous_survey");
    auto blocked = s.action(adverse.id, Resolution::Contacted);
    ASSERT_FALSE(blocked.ok());
    EXPECT_TRUE(contains(blocked.error().describe(), "action it as reported")) << blocked.error().describe();
    auto reported =
        s.escalations.move(adverse.id, {EscalationState::Actioned, Resolution::Reported, "to safety", {}}, "max", kNow);
    ASSERT_TRUE(reported.ok()) << reported.error().describe();
}
