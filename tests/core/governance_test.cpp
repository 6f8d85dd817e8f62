// Users, roles and the audit trail: policies as data with DESIGN.md's defaults, argon2id
// passwords, the first user as admin, audited sign-ins and grants, and a hash chain that shows
// the first broken link when an entry is altered, removed (in the middle or at the end) or
// reordered, even by someone who drops the append-only triggers first.
#include "demo/demo_users.h"
#include "governance/password.h"
#include "governance/role_policy.h"
#include "store/audit_repository.h"
#include "store/rule_changes.h"
#include "store/user_repository.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;

struct Users {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("g.tw")).value());
    UserRepository users{store};
    AuditRepository audit{store};

    void addBasics() {
        ASSERT_TRUE(users.add("root", Role::Admin, "root-password", "setup", kNow).ok());
        ASSERT_TRUE(users.add("ana", Role::Analyst, "ana-password", "root", kNow + 1).ok());
        ASSERT_TRUE(users.add("lee", Role::LegalReviewer, "lee-password", "root", kNow + 2).ok());
    }
    // What someone with the file and the sqlite3 shell could do.
    void tamper(const std::string& sql) {
        store.db().exec("DROP TRIGGER IF EXISTS audit_append_only_update");
        store.db().exec("DROP TRIGGER IF EXISTS audit_append_only_delete");
        store.db().exec(sql);
    }
};

}  // namespace

TEST(Policies, DefaultsFollowTheDesignTable) {
    const Policies p = Policies::defaults();
    EXPECT_EQ(p.of(Role::Analyst).unflagged, TextAccess::Redacted);
    EXPECT_EQ(p.of(Role::Analyst).flagged, TextAccess::CountOnly);
    EXPECT_EQ(p.of(Role::Analyst).queue, QueueAccess::None);
    EXPECT_FALSE(p.of(Role::Analyst).sensitiveSegments);
    EXPECT_EQ(p.of(Role::Manager).flagged, TextAccess::Redacted);
    EXPECT_EQ(p.of(Role::Manager).queue, QueueAccess::All);
    EXPECT_TRUE(p.of(Role::Manager).assignAndClose);
    EXPECT_EQ(p.of(Role::LegalReviewer).unflagged, TextAccess::Full);
    EXPECT_EQ(p.of(Role::LegalReviewer).flagged, TextAccess::Full);
    EXPECT_TRUE(p.of(Role::LegalReviewer).flaggedOpeningsNeedReason);
    EXPECT_TRUE(p.of(Role::LegalReviewer).sensitiveSegments);
    EXPECT_EQ(p.of(Role::LegalReviewer).queue, QueueAccess::LegalRelevant);
    EXPECT_EQ(p.of(Role::Admin).flagged, TextAccess::CountOnly);
    EXPECT_EQ(p.of(Role::Admin).rules, RulesAccess::All);
    EXPECT_EQ(p.of(Role::Admin).audit, AuditAccess::Full);
    EXPECT_EQ(p.of(Role::Analyst).audit, AuditAccess::None);
}

TEST(Policies, AreDataThatRoundTripAndRefuseWhatTheyDoNotKnow) {
    auto edited = Policies::fromJson(R"({"analyst": {"flagged": "redacted", "exports": false}})", "p.json");
    ASSERT_TRUE(edited.ok()) << edited.error().describe();
    EXPECT_EQ(edited->of(Role::Analyst).flagged, TextAccess::Redacted);
    EXPECT_FALSE(edited->of(Role::Analyst).exports);
    EXPECT_EQ(edited->of(Role::Manager).queue, QueueAccess::All);  // left out: default
    auto again = Policies::fromJson(edited->toJson(), "again");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toJson(), edited->toJson());

    auto badRole = Policies::fromJson(R"({"intern": {}})", "p.json");
    ASSERT_FALSE(badRole.ok());
    EXPECT_NE(badRole.error().describe().find("unknown role 'intern'"), std::string::npos);
    auto badValue = Policies::fromJson(R"({"analyst": {"flagged": "some"}})", "p.json");
    ASSERT_FALSE(badValue.ok());
    EXPECT_NE(badValue.error().describe().find("analyst.flagged must be one of count_only, redacted, full"),
              std::string::npos);
    EXPECT_FALSE(Policies::fromJson("[1]", "p.json").ok());
}

TEST(Passwords, AreArgon2idHashesThatOnlyTheRightPasswordOpens) {
    auto hash = hashPassword("correct horse");
    ASSERT_TRUE(hash.ok());
    EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
    EXPECT_EQ(hash->find("correct horse"), std::string::npos);
    EXPECT_TRUE(verifyPassword("correct horse", *hash));
    EXPECT_FALSE(verifyPassword("correct horsE", *hash));
    EXPECT_NE(*hash, hashPassword("correct horse").value());  // salted
    EXPECT_FALSE(hashPassword("short").ok());
}

TEST(UserStore, TheFirstUserIsTheAdminAndSignInsAreAudited) {
    Users u;
    auto first = u.users.add("ana", Role::Analyst, "ana-password", "setup", kNow);
    ASSERT_FALSE(first.ok());
    EXPECT_NE(first.error().message.find("first user of a store is its admin"), std::string::npos);
    u.addBasics();
    EXPECT_FALSE(u.users.add("ANA", Role::Analyst, "other-password", "root", kNow).ok());  // names ignore case

    auto in = u.users.signIn("lee", "lee-password", kNow + 10);
    ASSERT_TRUE(in.ok()) << in.error().describe();
    EXPECT_EQ(in->role, Role::LegalReviewer);
    auto wrong = u.users.signIn("lee", "not-lee-password", kNow + 11);
    ASSERT_FALSE(wrong.ok());
    EXPECT_FALSE(u.users.signIn("nobody", "whatever-password", kNow + 12).ok());

    ASSERT_TRUE(u.users.setRole("ana", Role::Manager, "root", kNow + 13).ok());
    EXPECT_EQ(u.users.byName("ana").value()->role, Role::Manager);
    auto lastAdmin = u.users.setRole("root", Role::Analyst, "root", kNow + 14);
    ASSERT_FALSE(lastAdmin.ok());
    EXPECT_NE(lastAdmin.error().message.find("only admin"), std::string::npos);
    ASSERT_TRUE(u.users.setDisabled("ana", true, "root", kNow + 15).ok());
    EXPECT_FALSE(u.users.signIn("ana", "ana-password", kNow + 16).ok());

    std::vector<std::string> actions;
    auto entries = u.audit.list();
    ASSERT_TRUE(entries.ok());
    for (const AuditEntry& e : *entries) actions.push_back(e.action + " " + e.target);
    EXPECT_EQ(actions,
              (std::vector<std::string>{"user_add user root", "user_add user ana", "user_add user lee",
                                        "sign_in user lee", "sign_in_failed user lee", "sign_in_failed user nobody",
                                        "role_grant user ana", "user_disable user ana", "sign_in_failed user ana"}));
    EXPECT_EQ(tw::test::scalar(u.store, "SELECT count(*) FROM app_user WHERE password_hash LIKE '%password%'"), 0);
}

TEST(AuditTrail, VerifiesWhenIntactAndRefusesChangesThroughTheStore) {
    Users u;
    u.addBasics();
    auto v = u.audit.verify();
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->entries, 3);
    EXPECT_FALSE(v->broken);
    EXPECT_EQ(v->headHash.size(), 64u);
    EXPECT_THROW(u.store.db().exec("UPDATE audit SET detail = 'x' WHERE seq = 2"), SqlError);
    EXPECT_THROW(u.store.db().exec("DELETE FROM audit WHERE seq = 2"), SqlError);
}

TEST(AuditTrail, ShowsTheFirstBrokenLinkWhenAnEntryIsAltered) {
    Users u;
    u.addBasics();
    u.tamper("UPDATE audit SET detail = 'role analyst' WHERE seq = 3");
    auto v = u.audit.verify().value();
    ASSERT_TRUE(v.broken);
    EXPECT_EQ(v.broken->seq, 3);
    EXPECT_NE(v.broken->why.find("content was changed"), std::string::npos);
}

TEST(AuditTrail, ShowsTheFirstBrokenLinkWhenAnEntryIsAlteredAndRehashed) {
    Users u;
    u.addBasics();
    auto entries = u.audit.list().value();
    AuditEntry forged = entries[1];
    forged.detail = "role admin";
    forged.hash = auditEntryHash(forged);
    u.tamper("UPDATE audit SET detail = 'role admin', hash = '" + forged.hash + "' WHERE seq = 2");
    auto v = u.audit.verify().value();
    ASSERT_TRUE(v.broken);
    EXPECT_EQ(v.broken->seq, 3);  // the next entry still names the old hash
}

TEST(AuditTrail, ShowsTheFirstBrokenLinkWhenAnEntryIsRemoved) {
    Users u;
    u.addBasics();
    u.tamper("DELETE FROM audit WHERE seq = 2");
    auto v = u.audit.verify().value();
    ASSERT_TRUE(v.broken);
    EXPECT_EQ(v.broken->seq, 3);
    EXPECT_NE(v.broken->why.find("missing or out of order"), std::string::npos);

    Users tail;
    tail.addBasics();
    tail.tamper("DELETE FROM audit WHERE seq = 3");
    auto t = tail.audit.verify().value();
    ASSERT_TRUE(t.broken);
    EXPECT_EQ(t.broken->seq, 3);
    EXPECT_NE(t.broken->why.find("removed from its end"), std::string::npos);
}

TEST(AuditTrail, ShowsTheFirstBrokenLinkWhenEntriesAreReordered) {
    Users u;
    u.addBasics();
    u.tamper(
        "UPDATE audit SET seq = -2 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; "
        "UPDATE audit SET seq = 3 WHERE seq = -2");
    auto v = u.audit.verify().value();
    ASSERT_TRUE(v.broken);
    EXPECT_EQ(v.broken->seq, 2);
}

TEST(UserStore, TheDemoUsersSignInWithTheirDocumentedPasswords) {
    Users u;
    ASSERT_TRUE(addDemoUsers(u.store, kNow).ok());
    std::vector<Role> roles;
    for (const DemoUser& d : demoUsers()) {
        auto in = u.users.signIn(d.name, d.password, kNow);
        ASSERT_TRUE(in.ok()) << d.name;
        roles.push_back(in->role);
    }
    std::sort(roles.begin(), roles.end());
    EXPECT_EQ(roles, (std::vector<Role>{Role::Analyst, Role::Manager, Role::LegalReviewer, Role::Admin}));
    // The README documents them: keep it in step.
    const std::string readme = tw::test::readFile(TW_SOURCE_DIR "/README.md");
    for (const DemoUser& d : demoUsers()) EXPECT_NE(readme.find(d.password), std::string::npos) << d.name;
}

TEST(RuleChanges, RolesThatEditRulesChangeTheTaxonomyAdminsTheEscalationRulesAndEachChangeIsAudited) {
    tw::test::TempDir dir;
    auto store = Store::create(dir.file("r.tw"));
    ASSERT_TRUE(store.ok());
    const Policies p = Policies::defaults();
    const AccessContext analyst = AccessContext::of("ana", Role::Analyst, p);
    const AccessContext manager = AccessContext::of("max", Role::Manager, p);
    const AccessContext admin = AccessContext::of("root", Role::Admin, p);
    EXPECT_TRUE(mayChangeRules(&analyst, RuleKind::Taxonomy).ok());
    EXPECT_TRUE(mayChangeRules(&analyst, RuleKind::Lexicon).ok());
    EXPECT_FALSE(mayChangeRules(&analyst, RuleKind::EscalationRules).ok());
    EXPECT_FALSE(mayChangeRules(&manager, RuleKind::Taxonomy).ok());
    EXPECT_TRUE(mayChangeRules(&admin, RuleKind::EscalationRules).ok());
    EXPECT_TRUE(mayChangeRules(nullptr, RuleKind::EscalationRules).ok()) << "a store without users";

    int applied = 0;
    auto change = [&] {
        ++applied;
        return Status(Ok{});
    };
    EXPECT_FALSE(changeRules(*store, &manager, "max", RuleKind::Taxonomy, "taxonomy", "x", 1, change).ok());
    EXPECT_EQ(applied, 0) << "refused before it is applied";
    ASSERT_TRUE(changeRules(*store, &analyst, "ana", RuleKind::Taxonomy, "taxonomy", "edited Billing", 1, change).ok());
    ASSERT_TRUE(changeRules(*store, nullptr, "someone", RuleKind::Lexicon, "lexicon", "'meh' = -1", 2, change).ok());
    EXPECT_EQ(applied, 2);
    auto audited = AuditRepository(*store).list({std::nullopt, "rule_change"});
    ASSERT_TRUE(audited.ok());
    ASSERT_EQ(audited->size(), 2u);
    EXPECT_EQ(audited->at(0).actor, "ana");
    EXPECT_EQ(audited->at(0).detail, "edited Billing");
    EXPECT_EQ(audited->at(1).actor, "someone");
}
