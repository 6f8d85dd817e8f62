// Encryption at rest: the text of restricted verbatims is sealed for two key tiers; the raw store
// file, its WAL and an analyst's export hold none of the words planted in them, while a legal
// reviewer reads them in full and a manager redacted; keys follow roles as an admin grants and
// revokes them; a wrong password opens nothing.
#include "governance/key_ring.h"
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/risk_job.h"
#include "store/audit_repository.h"
#include "store/exporter.h"
#include "store/role_reader.h"
#include "store/user_repository.h"
#include "store_helpers.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;

std::string lowered(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// The store file and its write-ahead log, lower-cased (the search index keeps folded tokens).
std::string rawBytes(const std::string& path) {
    return lowered(tw::test::readFile(path) + tw::test::readFile(path + "-wal"));
}

struct Governed {
    tw::test::TempDir dir;
    std::string path = dir.file("g.tw");
    Store store = std::move(Store::create(path).value());
    std::shared_ptr<const KeyRing> adminKeys;

    void importAndScan(const std::string& rows) {
        auto r = importFile(store, dir.write("in" + std::to_string(++files) + ".csv", rows), {});
        ASSERT_TRUE(r.ok()) << r.error().describe();
        auto analyzer = analyzerForStore(store);
        ASSERT_TRUE(analyzer.ok());
        ASSERT_TRUE(analyzeStore(store, *analyzer, 1).ok());
        auto scanned = scanRisks(store, 1, {}, nullptr, kNow);
        ASSERT_TRUE(scanned.ok()) << scanned.error().describe();
        sealedByScan += scanned->sealed;
    }
    void addUsers() {
        ASSERT_TRUE(UserRepository(store).add("root", Role::Admin, "root-password", "root", kNow).ok());
        adminKeys = keysOf("root", "root-password");
        ASSERT_TRUE(adminKeys);
        UserRepository acting(store, adminKeys.get());
        ASSERT_TRUE(acting.add("ana", Role::Analyst, "ana-password", "root", kNow).ok());
        ASSERT_TRUE(acting.add("max", Role::Manager, "max-password", "root", kNow).ok());
        ASSERT_TRUE(acting.add("lee", Role::LegalReviewer, "lee-password", "root", kNow).ok());
    }
    std::shared_ptr<const KeyRing> keysOf(const std::string& name, const std::string& password) {
        std::shared_ptr<const KeyRing> keys;
        auto in = UserRepository(store).signIn(name, password, kNow, &keys);
        EXPECT_TRUE(in.ok()) << name << ": " << (in.ok() ? "" : in.error().describe());
        return keys;
    }
    RoleReader reader(const std::string& name, const std::string& password) {
        auto policies = UserRepository(store).policies();
        auto user = UserRepository(store).byName(name);
        auto keys = keysOf(name, password);
        auto r = RoleReader::open(store, AccessContext::of(name, (*user)->role, *policies, {}, keys));
        EXPECT_TRUE(r.ok());
        return std::move(r.value());
    }
    std::int64_t idOf(const std::string& externalId) {
        return tw::test::scalar(store, "SELECT id FROM verbatim WHERE external_id = '" + externalId + "'");
    }
    int files = 0;
    std::int64_t sealedByScan = 0;
};

const std::string kRows =
    "id,channel,text\n"
    "1,email,\"I will sue you, Quokkaplanted from accounts knows it; call me on +44 20 7946 0958.\"\n"
    "2,call,\"After the Zebrafishplanted tablets I ended up in hospital with a rash.\"\n"
    "3,chat,\"All good, the Plainvisibleword kettle works.\"\n";

}  // namespace

TEST(KeyRing, WrappedKeysOpenOnlyWithTheirPasswordAndSealedTextOnlyWithItsKey) {
    KeyPair pair = KeyPair::generate();
    auto wrapped = wrapSecret(pair.secretKey, "correct horse");
    ASSERT_TRUE(wrapped.ok());
    auto back = unwrapSecret(*wrapped, "correct horse");
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(std::equal(back->data(), back->data() + SecretKey::size(), pair.secretKey.data()));
    EXPECT_FALSE(unwrapSecret(*wrapped, "wrong horse").has_value());
    std::string altered = *wrapped;
    altered.back() = static_cast<char>(altered.back() ^ 1);
    EXPECT_FALSE(unwrapSecret(altered, "correct horse").has_value());
    EXPECT_FALSE(unwrapSecret(wrapped->substr(0, 20), "correct horse").has_value());

    const std::string sealed = seal(pair.publicKey, "the text as written");
    EXPECT_EQ(sealed.find("text as written"), std::string::npos);
    EXPECT_EQ(openSealed(pair, sealed), "the text as written");
    EXPECT_FALSE(openSealed(KeyPair::generate(), sealed).has_value());
    EXPECT_EQ(publicKeyOf(pair.secretKey), pair.publicKey);
    EXPECT_EQ(publicKeyFromHex(toHex(pair.publicKey)), pair.publicKey);
    EXPECT_FALSE(publicKeyFromHex("zz").has_value());
}

TEST(EncryptionAtRest, PlantedWordsLeaveTheFileTheWalAndAnAnalystsExportButLegalReadsThem) {
    Governed g;
    g.addUsers();  // users first: the scan seals as it flags
    g.importAndScan(kRows);
    EXPECT_EQ(g.sealedByScan, 2);
    ASSERT_EQ(tw::test::scalar(g.store, "SELECT count(*) FROM verbatim WHERE sealed = 1"), 2);

    const std::string bytes = rawBytes(g.path);
    EXPECT_EQ(bytes.find("quokkaplanted"), std::string::npos);
    EXPECT_EQ(bytes.find("zebrafishplanted"), std::string::npos);
    EXPECT_EQ(bytes.find("7946 0958"), std::string::npos) << "their personal data too";
    EXPECT_NE(bytes.find("plainvisibleword"), std::string::npos) << "unflagged text stays readable to the index";

    // An analyst's export: neither the sealed text nor anything else restricted.
    RoleReader ana = g.reader("ana", "ana-password");
    auto hidden = ana.hiddenIds();
    ASSERT_TRUE(hidden.ok());
    std::ostringstream exported;
    auto n = exportVerbatims(g.store, ExportFormat::JsonLines, exported, &*hidden);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 1);
    EXPECT_EQ(lowered(exported.str()).find("quokkaplanted"), std::string::npos);
    EXPECT_FALSE(ana.open(g.idOf("1"), "curious", kNow).ok());

    // A legal reviewer opens the full text (audited with the reason) and finds it by search.
    RoleReader lee = g.reader("lee", "lee-password");
    auto full = lee.open(g.idOf("1"), "litigation hold 2026-11", kNow);
    ASSERT_TRUE(full.ok()) << full.error().describe();
    ASSERT_TRUE(full->has_value());
    EXPECT_NE((*full)->text.find("Quokkaplanted"), std::string::npos);
    EXPECT_NE((*full)->text.find("+44 20 7946 0958"), std::string::npos);
    auto found = lee.search("quokkaplanted", 10);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_NE(found->front().snippet.find("[Quokkaplanted]"), std::string::npos) << found->front().snippet;

    // A manager reads the sealed text redacted, the phone number as a tag.
    RoleReader max = g.reader("max", "max-password");
    auto shown = max.open(g.idOf("1"), "", kNow);
    ASSERT_TRUE(shown.ok()) << shown.error().describe();
    ASSERT_TRUE(shown->has_value());
    EXPECT_NE((*shown)->text.find("Quokkaplanted"), std::string::npos);
    EXPECT_NE((*shown)->text.find("[PHONE]"), std::string::npos) << (*shown)->text;
    EXPECT_EQ((*shown)->text.find("7946"), std::string::npos);
    EXPECT_TRUE((*shown)->redacted);

    // Exports: a manager's carries the sealed text redacted, a legal reviewer's in full on request.
    auto exportWith = [&](const RoleReader& r, bool full) {
        std::ostringstream o;
        auto written =
            exportVerbatims(g.store, ExportFormat::JsonLines, o, nullptr, ExportReading{full, r.context().keys.get()});
        EXPECT_TRUE(written.ok());
        return o.str();
    };
    const std::string managers = exportWith(max, false);
    EXPECT_NE(managers.find("Quokkaplanted"), std::string::npos);
    EXPECT_EQ(managers.find("7946"), std::string::npos);
    const std::string legals = exportWith(lee, true);
    EXPECT_NE(legals.find("+44 20 7946 0958"), std::string::npos);
    EXPECT_NE(legals.find("Zebrafishplanted"), std::string::npos);
    EXPECT_EQ(exportWith(ana, true).find("Quokkaplanted"), std::string::npos) << "no keys, no text";
}

TEST(EncryptionAtRest, TextFlaggedBeforeTheStoreHadUsersIsSealedWhenTheAdminIsAdded) {
    Governed g;
    g.importAndScan(kRows);
    EXPECT_EQ(g.sealedByScan, 0) << "no users, no keys: nothing to seal for";
    EXPECT_NE(rawBytes(g.path).find("quokkaplanted"), std::string::npos) << "the test plants its words";
    g.addUsers();
    EXPECT_EQ(tw::test::scalar(g.store, "SELECT count(*) FROM verbatim WHERE sealed = 1"), 2);
    EXPECT_EQ(rawBytes(g.path).find("quokkaplanted"), std::string::npos);
    EXPECT_EQ(rawBytes(g.path).find("zebrafishplanted"), std::string::npos);
    // New imports are sealed by the scan; results of sealed verbatims are kept, not redone.
    const auto analysed = tw::test::scalar(g.store, "SELECT count(*) FROM analysis");
    g.importAndScan("id,channel,text\n4,email,\"Another Wombatplanted threat: see you in court.\"\n");
    EXPECT_EQ(g.sealedByScan, 1);
    EXPECT_EQ(tw::test::scalar(g.store, "SELECT count(*) FROM analysis"), analysed + 1);
    EXPECT_EQ(
        tw::test::scalar(g.store, "SELECT count(*) FROM risk_flag WHERE verbatim_id = " + std::to_string(g.idOf("1"))),
        1);
    EXPECT_EQ(rawBytes(g.path).find("wombatplanted"), std::string::npos);
}

TEST(EncryptionAtRest, KeysFollowRolesAsAnAdminGrantsAndRevokesThem) {
    Governed g;
    g.addUsers();
    g.importAndScan(kRows);
    const std::int64_t id = g.idOf("1");

    // Granted by an admin holding the keys: the new legal reviewer reads at once.
    ASSERT_TRUE(UserRepository(g.store, g.adminKeys.get()).setRole("ana", Role::LegalReviewer, "root", kNow).ok());
    auto ana = g.keysOf("ana", "ana-password");
    ASSERT_TRUE(ana);
    EXPECT_TRUE(ana->has(KeyTier::Full));
    auto read = g.reader("ana", "ana-password").open(id, "review", kNow);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_NE((*read)->text.find("Quokkaplanted"), std::string::npos);

    // Revoked: the grants are gone from the store, and the keys are rotated, so that the key ana
    // held opens nothing sealed any more while the legal reviewer still reads.
    auto sealedFull = [&] {
        auto q = g.store.db().prepare("SELECT full FROM sealed_text WHERE verbatim_id = ?1");
        q.bind(1, id);
        return q.step() ? q.string(0) : std::string();
    };
    ASSERT_TRUE(ana->open(KeyTier::Full, sealedFull()).has_value());
    ASSERT_TRUE(UserRepository(g.store, g.adminKeys.get()).setRole("ana", Role::Analyst, "root", kNow).ok());
    EXPECT_FALSE(g.keysOf("ana", "ana-password")->has(KeyTier::Full));
    EXPECT_EQ(tw::test::scalar(g.store,
                               "SELECT count(*) FROM key_grant g JOIN app_user u ON u.id = g.user_id "
                               "WHERE u.name = 'ana'"),
              0);
    EXPECT_FALSE(ana->open(KeyTier::Full, sealedFull()).has_value()) << "the kept key no longer opens it";
    auto lee = g.reader("lee", "lee-password").open(id, "still entitled", kNow);
    ASSERT_TRUE(lee.ok() && lee->has_value());
    EXPECT_NE((*lee)->text.find("Quokkaplanted"), std::string::npos);
    EXPECT_EQ(AuditRepository(g.store).list({std::nullopt, "keys_rotated"})->size(), 1u);
    g.adminKeys = g.keysOf("root", "root-password");  // the admin's keys since the rotation

    // Granted without the keys at hand: the grant waits for an admin's next sign-in.
    ASSERT_TRUE(UserRepository(g.store).setRole("max", Role::LegalReviewer, "root", kNow).ok());
    EXPECT_FALSE(g.keysOf("max", "max-password")->has(KeyTier::Full));
    g.keysOf("root", "root-password");
    EXPECT_TRUE(g.keysOf("max", "max-password")->has(KeyTier::Full));

    // A disabled account loses its grants (a rotation, again); a wrong password opens nothing.
    ASSERT_TRUE(UserRepository(g.store, g.adminKeys.get()).setDisabled("lee", true, "root", kNow).ok());
    EXPECT_EQ(AuditRepository(g.store).list({std::nullopt, "keys_rotated"})->size(), 2u);
    g.adminKeys = g.keysOf("root", "root-password");
    EXPECT_EQ(tw::test::scalar(g.store,
                               "SELECT count(*) FROM key_grant g JOIN app_user u ON u.id = g.user_id "
                               "WHERE u.name = 'lee'"),
              0);
    std::shared_ptr<const KeyRing> none;
    EXPECT_FALSE(UserRepository(g.store).signIn("max", "not-the-password", kNow, &none).ok());
    EXPECT_FALSE(none);

    // A password reset by the admin keeps the user's access (re-sealed to the new key).
    ASSERT_TRUE(UserRepository(g.store, g.adminKeys.get()).setPassword("max", "max-new-password", "root", kNow).ok());
    EXPECT_TRUE(g.keysOf("max", "max-new-password")->has(KeyTier::Full));

    // Revoked without the keys at hand: the rotation is due, and made at the admin's next sign-in.
    ASSERT_TRUE(UserRepository(g.store).setRole("max", Role::Analyst, "root", kNow).ok());
    EXPECT_EQ(AuditRepository(g.store).list({std::nullopt, "keys_rotated"})->size(), 2u);
    g.keysOf("root", "root-password");
    EXPECT_EQ(AuditRepository(g.store).list({std::nullopt, "keys_rotated"})->size(), 3u);
    EXPECT_EQ(g.store.meta("keys_rotation_due").value(), std::optional<std::string>("0"));
}
