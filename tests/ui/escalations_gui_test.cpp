// The escalation queue and personal data in the workbench, under the offscreen platform: the
// browser shows personal data as coloured tags with a legend; the queue lists what the scan
// opened (overdue ones highlighted), shows the verbatim redacted with its evidence and history,
// moves items only where the workflow allows, triages in bulk, and the dashboard's escalation
// card drills down into the queue.
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/risk_job.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "store/escalation_repository.h"
#include "test_support.h"
#include "views/dashboard_panel.h"
#include "views/escalation_card.h"
#include "views/escalation_queue.h"
#include "views/verbatim_browser.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace tw;

namespace {
struct Fixture {
    tw::test::TempDir dir;
    QString path = QString::fromStdString(dir.file("esc.tw"));
    Fixture() {
        auto store = core::Store::create(path.toStdString());
        EXPECT_TRUE(store.ok());
        auto csv = dir.write("f.csv",
                             "id,date,channel,text\n"
                             "1,2026-01-05,email,\"My name is Jane Doe, mail jane.doe@example.com. I will sue you.\"\n"
                             "2,2026-01-06,call,After the tablets I ended up in hospital with a rash\n"
                             "3,2026-01-07,chat,I reported you to the FTC\n"
                             "4,2026-01-08,chat,Lovely staff in the shop\n");
        EXPECT_TRUE(core::importFile(*store, csv, {}).ok());
        auto analyzer = core::SentimentAnalyzer::create();
        EXPECT_TRUE(core::analyzeStore(*store, *analyzer).ok());
        // Opened ten days ago: the litigation and regulator items (due in 5) are overdue.
        const std::int64_t then = QDateTime::currentSecsSinceEpoch() - 10 * 86400;
        auto scan = core::scanRisks(*store, 1, {}, nullptr, then);
        EXPECT_TRUE(scan.ok());
        EXPECT_EQ(scan->opened, 3);
    }
};

void shot(QWidget& w, const QString& name) {
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR"))
        w.grab().save(QString::fromLocal8Bit(out) + QLatin1Char('/') + name);
}

int rowOf(ui::EscalationQueue* q, const QString& type) {
    for (int r = 0; r < q->table()->rowCount(); ++r) {
        if (q->table()->item(r, 1)->text() == type) return r;
    }
    return -1;
}
}  // namespace

TEST(EscalationsGui, BrowserShowsPersonalDataAsColouredTagsWithALegend) {
    Fixture f;
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(f.path));
    auto* browser = window.browser();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !browser->model()->isLoading() && browser->model()->rowCount() == 4; }, 10000));
    const int row = 3;  // oldest last: verbatim 1
    browser->table()->selectRow(row);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !browser->detail()->toPlainText().isEmpty(); }, 5000));
    const QString text = browser->detail()->toPlainText().simplified();
    EXPECT_FALSE(text.contains(QStringLiteral("jane.doe@example.com"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Jane Doe"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[EMAIL]")));
    EXPECT_TRUE(text.contains(QStringLiteral("Personal data redacted: PERSON EMAIL"))) << text.toStdString();
    QString shown;
    for (int c = 0; c < browser->model()->columnCount({}); ++c) {
        shown += browser->model()->data(browser->model()->index(row, c), Qt::DisplayRole).toString();
    }
    EXPECT_FALSE(shown.contains(QStringLiteral("jane.doe"))) << "the table column is redacted too";
    shot(window, QStringLiteral("browser-redacted.png"));
}

TEST(EscalationsGui, QueueListsMovesAndRefusesWhatTheWorkflowForbids) {
    Fixture f;
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto* queue = window.escalations();
    QSignalSpy loaded(queue, &ui::EscalationQueue::loaded);
    ASSERT_TRUE(window.openStore(f.path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->table()->rowCount() == 3; }, 10000));
    window.tabs()->setCurrentWidget(queue);

    // Overdue items are marked and highlighted; sorted by due date they come first.
    const int legal = rowOf(queue, QStringLiteral("Threat to sue"));
    ASSERT_GE(legal, 0);
    EXPECT_TRUE(queue->table()->item(legal, 6)->text().contains(QStringLiteral("overdue")));
    EXPECT_NE(queue->table()->item(legal, 6)->background().color(), QColor(Qt::white));
    EXPECT_FALSE(queue->table()
                     ->item(rowOf(queue, QStringLiteral("Adverse event")), 6)
                     ->text()
                     .contains(QStringLiteral("overdue")));
    EXPECT_TRUE(queue->summary()->text().contains(QStringLiteral("2 overdue")))
        << queue->summary()->text().toStdString();

    // The detail: redacted verbatim, evidence, why, history.
    QSignalSpy detail(queue, &ui::EscalationQueue::detailShown);
    queue->table()->selectRow(legal);
    ASSERT_TRUE(detail.wait(5000));
    const QString text = queue->detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("[EMAIL]"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("jane.doe")));
    EXPECT_TRUE(text.contains(QStringLiteral("History")));
    EXPECT_TRUE(text.contains(QStringLiteral("OVERDUE")));
    EXPECT_TRUE(queue->detail()->toHtml().contains(QStringLiteral("#ffe27a"))) << "evidence highlighted";
    shot(window, QStringLiteral("escalation-queue.png"));

    // A new item can be triaged or closed, not actioned: the buttons follow the workflow, and the
    // core refuses a forced move with its reason.
    const auto buttons = queue->findChildren<QPushButton*>();
    auto button = [&](const QString& label) {
        for (QPushButton* b : buttons) {
            if (b->text() == label) return b;
        }
        return static_cast<QPushButton*>(nullptr);
    };
    ASSERT_NE(button(QStringLiteral("&Triage")), nullptr);
    EXPECT_TRUE(button(QStringLiteral("&Triage"))->isEnabled());
    EXPECT_FALSE(button(QStringLiteral("&Actioned…"))->isEnabled());
    QSignalSpy moved(queue, &ui::EscalationQueue::moved);
    queue->moveSelected({core::EscalationState::Actioned, core::Resolution::Fixed, "done", std::nullopt});
    ASSERT_TRUE(moved.wait(5000));
    EXPECT_EQ(moved.last().at(0).toInt(), 0);
    EXPECT_TRUE(moved.last().at(1).toStringList().join(QString()).contains(QStringLiteral("cannot move from new")));

    // Bulk triage of every row.
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->table()->rowCount() == 3; }, 5000));
    queue->table()->selectAll();
    queue->triageSelected();
    ASSERT_TRUE(moved.wait(5000));
    EXPECT_EQ(moved.last().at(0).toInt(), 3);
    auto store = core::Store::open(f.path.toStdString());
    ASSERT_TRUE(store.ok());
    core::EscalationFilter triaged;
    triaged.states = {core::EscalationState::Triaged};
    EXPECT_EQ(core::EscalationRepository(*store).list(triaged, 0)->size(), 3u);
    auto history = core::EscalationRepository(*store).history(1);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(QString::fromStdString(history->back().actor), queue->actor());

    // The state filter narrows the list.
    queue->stateFilter()->setCurrentIndex(queue->stateFilter()->findData(QStringLiteral("new")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->table()->rowCount() == 0; }, 5000));
}

TEST(EscalationsGui, DashboardCardDrillsDownIntoTheQueue) {
    Fixture f;
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto* card = window.dashboard()->escalationCard();
    QSignalSpy refreshed(card, &ui::EscalationCard::refreshed);
    ASSERT_TRUE(window.openStore(f.path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return card->types().size() == 3; }, 10000));
    EXPECT_TRUE(card->figures()->text().contains(QStringLiteral("3 open, 2 overdue")))
        << card->figures()->text().toStdString();
    window.tabs()->setCurrentWidget(window.dashboard());
    shot(window, QStringLiteral("dashboard-escalations.png"));
    const int index = static_cast<int>(card->types().indexOf(QStringLiteral("adverse_event")));
    ASSERT_GE(index, 0);
    card->clickType(index);
    EXPECT_EQ(window.tabs()->currentWidget(), window.escalations());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.escalations()->table()->rowCount() == 1; }, 5000));
    EXPECT_EQ(window.escalations()->table()->item(0, 1)->text(), QStringLiteral("Adverse event"));  // its label
}
