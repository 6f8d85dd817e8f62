// Signing in to a store with users, under the offscreen platform: the dialog refuses a wrong
// password and says so, the signed-in user and role stay visible in the status bar, and what the
// browser and the escalation queue show is what the core allows each role (analysts: no flagged
// verbatims and no queue; managers: flagged ones redacted and the whole queue; legal reviewers:
// full text on request with a reason and the legal-relevant queue; admins: counts, the audit
// trail, erasure and retention), sealed text waits for the key, sensitive categories need a
// purpose.
#include "dialogs/sign_in_dialog.h"
#include "ingest/importer.h"
#include "jobs/categorize_job.h"
#include "jobs/risk_job.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "store/audit_repository.h"
#include "store/user_repository.h"
#include "test_support.h"
#include "views/audit_view.h"
#include "views/category_chart.h"
#include "views/dashboard_panel.h"
#include "views/escalation_queue.h"
#include "views/kwic_view.h"
#include "views/verbatim_browser.h"
#include "views/view_exporter.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>

using namespace tw;

namespace {

struct Governed {
    tw::test::TempDir dir;
    QString path = QString::fromStdString(dir.file("gov.tw"));
    Governed() {
        auto store = core::Store::create(path.toStdString());
        EXPECT_TRUE(store.ok());
        auto csv = dir.write("f.csv",
                             "id,date,channel,text\n"
                             "1,2026-01-05,email,\"Mail jane.doe@example.com. I will sue you.\"\n"
                             "2,2026-01-06,call,After the tablets I ended up in hospital with a rash\n"
                             "3,2026-01-07,chat,I reported you to the FTC\n"
                             "4,2026-01-08,chat,\"Lovely staff in the shop, thanks ann@example.org\"\n"
                             "5,2026-01-09,chat,I am pregnant and the parcel was far too heavy\n");
        EXPECT_TRUE(core::importFile(*store, csv, {}).ok());
        EXPECT_TRUE(core::categorizeStore(*store, 1).ok());
        EXPECT_TRUE(core::scanRisks(*store, 1, {}, nullptr, QDateTime::currentSecsSinceEpoch()).ok());
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        EXPECT_TRUE(core::UserRepository(*store).add("root", core::Role::Admin, "root-password", "setup", now).ok());
        // Added by the admin with the keys at hand, as `user add --as root` does; leo's grant
        // waits for the admin's next sign-in.
        std::shared_ptr<const core::KeyRing> keys;
        EXPECT_TRUE(core::UserRepository(*store).signIn("root", "root-password", now, &keys).ok());
        core::UserRepository users(*store, keys.get());
        EXPECT_TRUE(users.add("ana", core::Role::Analyst, "ana-password", "root", now).ok());
        EXPECT_TRUE(users.add("lee", core::Role::LegalReviewer, "lee-password", "root", now).ok());
        EXPECT_TRUE(users.add("max", core::Role::Manager, "max-password", "root", now).ok());
        EXPECT_TRUE(
            core::UserRepository(*store).add("leo", core::Role::LegalReviewer, "leo-password", "root", now).ok());
    }
};

void shot(QWidget& w, const QString& name) {
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR"))
        w.grab().save(QString::fromLocal8Bit(out) + QLatin1Char('/') + name);
}

bool loaded(ui::VerbatimBrowser* b, int rows) {
    return QTest::qWaitFor([&] { return !b->model()->isLoading() && b->model()->rowCount() == rows; }, 10000);
}

// Shows the window and opens the store signed in as `user` (whose password is "<user>-password").
bool openAs(ui::MainWindow& window, const Governed& g, const char* user) {
    window.show();
    const QString name = QString::fromLatin1(user);
    window.presetSignIn(name, name + QStringLiteral("-password"));
    return window.openStore(g.path);
}

// The text column of `row` once its page has arrived.
QString textAt(ui::VerbatimBrowser* b, int row) {
    const QModelIndex i = b->model()->index(row, ui::VerbatimTableModel::TextColumn);
    (void)QTest::qWaitFor([&] { return !i.data().toString().startsWith(QStringLiteral("Loading")); }, 5000);
    return i.data().toString();
}

}  // namespace

TEST(SignInGui, TheDialogRefusesAWrongPasswordAndAcceptsTheRightOne) {
    Governed g;
    ui::SignInDialog dialog(g.path);
    dialog.show();
    dialog.userField()->setText(QStringLiteral("lee"));
    dialog.passwordField()->setText(QStringLiteral("not-lees-password"));
    dialog.trySignIn();
    EXPECT_FALSE(dialog.access());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("wrong")));
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());
    shot(dialog, QStringLiteral("sign-in.png"));
    dialog.passwordField()->setText(QStringLiteral("lee-password"));
    dialog.trySignIn();
    ASSERT_TRUE(dialog.access());
    EXPECT_EQ(dialog.access()->role, core::Role::LegalReviewer);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(SignInGui, AnAnalystSeesNoFlaggedVerbatimsAndNoQueue) {
    Governed g;
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "ana"));
    ASSERT_TRUE(window.access());
    EXPECT_EQ(window.access()->role, core::Role::Analyst);
    bool labelled = false;
    for (auto* label : window.statusBar()->findChildren<QLabel*>())
        labelled |= label->text() == QStringLiteral("Signed in as ana (analyst)");
    EXPECT_TRUE(labelled);
    auto* browser = window.browser();
    ASSERT_TRUE(loaded(browser, 2));  // the three flagged verbatims are only counted
    EXPECT_EQ(browser->model()->countedOnly(), 3);
    browser->table()->selectRow(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !browser->detail()->toPlainText().isEmpty(); }, 5000));
    EXPECT_FALSE(browser->detail()->toPlainText().contains(QStringLiteral("ann@example.org")));
    EXPECT_FALSE(browser->readInFullButton()->isVisible());
    shot(window, QStringLiteral("signed-in-analyst.png"));

    auto* queue = window.escalations();
    queue->refresh();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return queue->summary()->text().contains(QStringLiteral("no escalation queue")); }, 5000))
        << queue->summary()->text().toStdString();
    EXPECT_EQ(queue->table()->rowCount(), 0);

    // The concordance leaves the flagged verbatims out too.
    auto* kwic = window.kwic();
    QSignalSpy finished(kwic, &ui::KwicView::finished);
    kwic->ruleBox()->setText(QStringLiteral("sue OR hospital OR staff"));
    kwic->run();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.last().first().toInt(), 1);
}

TEST(SignInGui, AnAnalystExportsTheSearchResultsAsTheBrowserShowsThem) {
    Governed g;
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "ana"));
    auto* browser = window.browser();
    ASSERT_TRUE(loaded(browser, 2));
    EXPECT_TRUE(browser->exportButton()->isEnabled());
    browser->search(QStringLiteral("staff OR sue"));
    ASSERT_TRUE(loaded(browser, 1));  // the lawsuit is flagged: counted only
    QSignalSpy done(browser->exporter(), &ui::ViewExporter::finished);
    QSignalSpy status(browser, &ui::VerbatimBrowser::exported);
    const QString file = QString::fromStdString(g.dir.file("shown.csv"));
    browser->exporter()->exportTo(file, g.path, browser->model()->filter(), window.access());
    ASSERT_TRUE(done.wait(10000));
    EXPECT_TRUE(done.last().at(0).toBool()) << done.last().at(1).toString().toStdString();
    EXPECT_TRUE(done.last().at(1).toString().contains(QStringLiteral("Exported 1 verbatims")));
    EXPECT_EQ(status.count(), 1);
    const std::string csv = tw::test::readFile(file.toStdString());
    EXPECT_NE(csv.find("Lovely staff in the shop, thanks [EMAIL]"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("ann@example.org"), std::string::npos);
    EXPECT_EQ(csv.find("sue"), std::string::npos);
    auto store = core::Store::open(g.path.toStdString());
    auto trail = core::AuditRepository(*store).list({std::nullopt, std::string("export")});
    ASSERT_EQ(trail->size(), 1u);
    EXPECT_EQ(trail->front().actor, "ana");
    EXPECT_NE(trail->front().detail.find("search 'staff OR sue'"), std::string::npos);

    // The PDF report of the same list, from the same place.
    const QString pdf = QString::fromStdString(g.dir.file("shown.pdf"));
    browser->exporter()->reportTo(pdf, g.path, browser->model()->filter(), window.access());
    ASSERT_TRUE(done.wait(10000));
    EXPECT_TRUE(done.last().at(0).toBool()) << done.last().at(1).toString().toStdString();
    EXPECT_EQ(tw::test::readFile(pdf.toStdString()).substr(0, 5), "%PDF-");
    auto reports = core::AuditRepository(*store).list({std::nullopt, std::string("report")});
    ASSERT_EQ(reports->size(), 1u);
    EXPECT_EQ(reports->front().actor, "ana");
    EXPECT_NE(reports->front().detail.find("1 verbatims (search 'staff OR sue')"), std::string::npos)
        << reports->front().detail;
}

TEST(SignInGui, ALegalReviewerReadsFullTextAndTheLegalQueue) {
    Governed g;
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "lee"));
    auto* browser = window.browser();
    ASSERT_TRUE(loaded(browser, 5));
    browser->table()->selectRow(1);  // the shop, with its e-mail address in full
    ASSERT_TRUE(QTest::qWaitFor([&] { return !browser->detail()->toPlainText().isEmpty(); }, 5000));
    EXPECT_TRUE(browser->detail()->toPlainText().contains(QStringLiteral("ann@example.org")));
    // The threat to sue is sealed at rest; the list shows it redacted (full text needs a reason).
    EXPECT_EQ(textAt(browser, 4), QStringLiteral("Mail [EMAIL]. I will sue you."));
    // Read in full: the core opens it with the reason typed, and audits the opening.
    browser->table()->selectRow(4);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return browser->detail()->toPlainText().contains(QStringLiteral("[EMAIL]")); }, 5000));
    EXPECT_TRUE(browser->readInFullButton()->isVisible());
    QSignalSpy opened(browser, &ui::VerbatimBrowser::openedInFull);
    browser->readInFull(QStringLiteral("court order 12"));
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_TRUE(browser->detail()->toPlainText().contains(QStringLiteral("Mail jane.doe@example.com. I will sue you.")))
        << browser->detail()->toPlainText().toStdString();
    EXPECT_TRUE(browser->detail()->toPlainText().contains(QStringLiteral("opened for: court order 12")));
    shot(window, QStringLiteral("read-in-full.png"));
    {
        auto store = core::Store::open(g.path.toStdString());
        auto audited = core::AuditRepository(*store).list({std::nullopt, "open_restricted"});
        ASSERT_TRUE(audited.ok());
        ASSERT_EQ(audited->size(), 1u);
        EXPECT_EQ(audited->front().detail, "court order 12");
    }

    auto* queue = window.escalations();
    queue->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->table()->rowCount() == 2; }, 5000));
    for (int r = 0; r < queue->table()->rowCount(); ++r)
        EXPECT_NE(queue->table()->item(r, 1)->text(), QStringLiteral("adverse_event"));
    EXPECT_EQ(queue->actor(), QStringLiteral("lee"));
}

// A manager reads every verbatim, the restricted ones redacted, and works the whole queue; an
// admin counts the restricted ones and has no queue.
TEST(SignInGui, AManagerWorksTheWholeQueueAndAnAdminOnlyCountsRestrictedVerbatims) {
    Governed g;
    {
        ui::MainWindow window;
        ASSERT_TRUE(openAs(window, g, "max"));
        auto* browser = window.browser();
        ASSERT_TRUE(loaded(browser, 5));
        EXPECT_EQ(textAt(browser, 4), QStringLiteral("Mail [EMAIL]. I will sue you."));
        browser->table()->selectRow(4);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return browser->detail()->toPlainText().contains(QStringLiteral("I will sue you")); }, 5000));
        EXPECT_FALSE(browser->readInFullButton()->isVisible()) << "a manager never reads it in full";
        auto* queue = window.escalations();
        queue->refresh();
        ASSERT_TRUE(QTest::qWaitFor([&] { return queue->table()->rowCount() == 3; }, 5000))
            << queue->table()->rowCount();
        QStringList types;
        for (int r = 0; r < queue->table()->rowCount(); ++r) types << queue->table()->item(r, 1)->text();
        EXPECT_TRUE(types.contains(QStringLiteral("Adverse event")));
    }
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "root"));
    auto* browser = window.browser();
    ASSERT_TRUE(loaded(browser, 2));
    EXPECT_EQ(browser->model()->countedOnly(), 3);
    auto* queue = window.escalations();
    queue->refresh();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return queue->summary()->text().contains(QStringLiteral("no escalation queue")); }, 5000))
        << queue->summary()->text().toStdString();
}

TEST(SignInGui, SealedTextWaitsForTheKeyAnAdminsSignInGrants) {
    Governed g;
    {
        ui::MainWindow window;
        ASSERT_TRUE(openAs(window, g, "leo"));
        auto* browser = window.browser();
        ASSERT_TRUE(loaded(browser, 5));
        EXPECT_TRUE(textAt(browser, 4).startsWith(QStringLiteral("Sealed"))) << textAt(browser, 4).toStdString();
        browser->table()->selectRow(4);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return browser->detail()->toPlainText().contains(QStringLiteral("encrypted at rest")); }, 5000));
        EXPECT_FALSE(browser->detail()->toPlainText().contains(QStringLiteral("sue")));
    }
    std::shared_ptr<const core::KeyRing> keys;
    auto store = core::Store::open(g.path.toStdString());
    ASSERT_TRUE(core::UserRepository(*store).signIn("root", "root-password", 0, &keys).ok());
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "leo"));
    ASSERT_TRUE(loaded(window.browser(), 5));
    EXPECT_EQ(textAt(window.browser(), 4), QStringLiteral("Mail [EMAIL]. I will sue you."));
}

// Sensitive categories are bars only for a legal reviewer who stated a purpose (audited).
TEST(SignInGui, SensitiveCategoriesChartOnlyWithAStatedPurpose) {
    Governed g;
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "lee"));
    auto* chart = window.dashboard()->categoryChart();
    auto barsAfterRefresh = [&] {
        QSignalSpy refreshed(chart, &ui::CategoryChart::refreshed);
        chart->refresh();
        EXPECT_TRUE(refreshed.wait(10000));
        return chart->barPaths();
    };
    EXPECT_FALSE(barsAfterRefresh().contains(QStringLiteral("Sensitive topics")));
    window.setPurpose(QStringLiteral("discrimination complaint 2026-7"));
    const QStringList bars = barsAfterRefresh();
    EXPECT_TRUE(bars.contains(QStringLiteral("Sensitive topics"))) << bars.join(QStringLiteral(",")).toStdString();
    bool labelled = false;
    for (auto* label : window.statusBar()->findChildren<QLabel*>())
        labelled |= label->text().contains(QStringLiteral("purpose: discrimination complaint 2026-7"));
    EXPECT_TRUE(labelled);
    auto store = core::Store::open(g.path.toStdString());
    auto audited = core::AuditRepository(*store).list({std::nullopt, "sensitive_segment"});
    ASSERT_TRUE(audited.ok());
    ASSERT_FALSE(audited->empty());
    EXPECT_EQ(audited->back().detail, "discrimination complaint 2026-7");
}

TEST(SignInGui, AWrongPresetPasswordLeavesTheStoreClosed) {
    Governed g;
    ui::MainWindow window;
    window.presetSignIn(QStringLiteral("ana"), QStringLiteral("wrong-password"));
    EXPECT_FALSE(window.openStore(g.path));
    EXPECT_TRUE(window.storePath().isEmpty());
    EXPECT_FALSE(window.access());
}

TEST(SignInGui, TheAuditTabShowsTheTrailToAdminsVerifiesItAndExportsIt) {
    Governed g;
    ui::MainWindow window;
    window.show();
    window.presetSignIn(QStringLiteral("root"), QStringLiteral("root-password"));
    QSignalSpy loaded(window.audit(), &ui::AuditView::loaded);
    ASSERT_TRUE(window.openStore(g.path));
    auto* audit = window.audit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return audit->table()->rowCount() >= 4; }, 5000));
    bool signIn = false;
    for (int r = 0; r < audit->table()->rowCount(); ++r)
        signIn |= audit->table()->item(r, 3)->text() == QStringLiteral("Signed in") &&
                  audit->table()->item(r, 2)->text() == QStringLiteral("root");
    EXPECT_TRUE(signIn);
    QSignalSpy verified(audit, &ui::AuditView::verified);
    audit->verify();
    ASSERT_TRUE(verified.wait(5000));
    EXPECT_TRUE(verified.last().first().toBool());
    EXPECT_TRUE(audit->integrity()->text().contains(QStringLiteral("intact")));
    window.tabs()->setCurrentWidget(audit);
    shot(window, QStringLiteral("audit.png"));

    const QString file = QString::fromStdString(g.dir.file("audit.csv"));
    ASSERT_TRUE(audit->exportTo(file));
    const std::string csv = tw::test::readFile(file.toStdString());
    EXPECT_EQ(csv.rfind("seq,at,actor,action,target,detail,hash\n", 0), 0u);
    EXPECT_NE(csv.find("user_add"), std::string::npos);
    auto store = core::Store::open(g.path.toStdString());
    auto exports = core::AuditRepository(*store).list({std::nullopt, std::string("audit_export")});
    ASSERT_EQ(exports->size(), 1u);
    EXPECT_EQ((*exports)[0].actor, "root");
}

TEST(SignInGui, AnAnalystCannotReadTheAuditTrail) {
    Governed g;
    ui::MainWindow window;
    ASSERT_TRUE(openAs(window, g, "ana"));
    auto* audit = window.audit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return audit->status()->text().contains(QStringLiteral("may not read")); }, 5000))
        << audit->status()->text().toStdString();
    EXPECT_EQ(audit->table()->rowCount(), 0);
}

// Erasure and retention from the workbench: offered to admins, refused by the core to others.
TEST(SignInGui, AnAdminErasesACustomerAndSetsRetentionFromTheWorkbench) {
    Governed g;
    {
        auto store = core::Store::open(g.path.toStdString());
        store->db().exec("UPDATE verbatim SET customer = 'C-9' WHERE external_id = '4'");
    }
    // What the workbench reports after `act`, signed in as `user`.
    auto removalAs = [&](const char* user, const std::function<void(ui::MainWindow&)>& act) -> QString {
        ui::MainWindow window;
        if (!openAs(window, g, user)) return QStringLiteral("(not opened)");
        QSignalSpy removed(&window, &ui::MainWindow::dataRemoved);
        act(window);
        return removed.wait(10000) ? removed.last().first().toString() : QStringLiteral("(no answer)");
    };
    auto erase = [](ui::MainWindow& w) { w.eraseCustomer(QStringLiteral("C-9")); };
    const QString refused = removalAs("ana", erase);
    EXPECT_TRUE(refused.contains(QStringLiteral("may not erase"))) << refused.toStdString();
    EXPECT_EQ(removalAs("root", erase), QStringLiteral("Erased 1 verbatims; 0 under escalation blanked"));
    const QString purged = removalAs("root", [](ui::MainWindow& w) { w.applyRetention(QStringLiteral("chat=30\n")); });
    EXPECT_TRUE(purged.startsWith(QStringLiteral("Purged"))) << purged.toStdString();
    auto store = core::Store::open(g.path.toStdString());
    auto q = store->db().prepare("SELECT count(*) FROM verbatim WHERE customer = 'C-9'");
    q.step();
    EXPECT_EQ(q.int64(0), 0);
    EXPECT_EQ(core::AuditRepository(*store).list({std::nullopt, "erasure"})->size(), 1u);
    EXPECT_EQ(core::AuditRepository(*store).list({std::nullopt, "retention_apply"})->size(), 1u);
}
