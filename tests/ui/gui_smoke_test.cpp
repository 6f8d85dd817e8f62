// GUI smoke test under the offscreen platform: import a small file through the import dialog and
// see its rows in the browser; search narrows them.
#include "dialogs/import_dialog.h"
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "store/store.h"
#include "test_support.h"
#include "theme.h"
#include "views/chart_saving.h"
#include "views/dashboard_panel.h"
#include "views/verbatim_browser.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace tw;

TEST(GuiSmoke, ImportAFileAndSeeItsRowsInTheBrowser) {
    tw::test::TempDir dir;
    auto storePath = QString::fromStdString(dir.file("gui.tw"));
    ASSERT_TRUE(core::Store::create(storePath.toStdString()).ok());
    auto csv = dir.write("feedback.csv",
                         "id,date,channel,comment\n1,2026-03-01,survey,The courier was friendly\n"
                         "2,2026-03-02,chat,Charged twice for my order\n3,2026-03-03,call,\"Waited, then hung up\"\n"
                         "4,2026-03-04,chat\n");

    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(storePath));
    auto* model = window.browser()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    EXPECT_EQ(model->rowCount(), 0);

    ui::ImportDialog dialog(storePath);
    QSignalSpy preview(&dialog, &ui::ImportDialog::previewReady);
    dialog.setFile(QString::fromStdString(csv));
    ASSERT_TRUE(preview.wait(10000));
    EXPECT_EQ(dialog.previewTable()->rowCount(), 3);  // the ragged row is not previewed
    EXPECT_TRUE(dialog.previewTable()->horizontalHeaderItem(3)->text().contains(QStringLiteral("→ Text")));

    QSignalSpy finished(&dialog, &ui::ImportDialog::importFinished);
    dialog.startImport();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("stored 3")));
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("quarantined 1")));
    EXPECT_EQ(dialog.quarantineTable()->rowCount(), 1);
    EXPECT_EQ(dialog.quarantineTable()->item(0, 0)->text(), QStringLiteral("line 5"));

    QSignalSpy ready(model, &ui::VerbatimTableModel::indexReady);
    window.browser()->refresh();
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(model->rowCount(), 3);
    QModelIndex top = model->index(0, ui::VerbatimTableModel::TextColumn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->data(top, ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
    EXPECT_EQ(model->data(top, Qt::DisplayRole).toString(), QStringLiteral("Waited, then hung up"));  // newest first

    window.browser()->table()->setCurrentIndex(model->index(1, 0));
    EXPECT_TRUE(window.browser()->detail()->toPlainText().contains(QStringLiteral("Charged twice")));

    // Analysis runs on a worker; the browser then shows the scores and the detail explains them.
    QSignalSpy analysed(&window, &ui::MainWindow::analysisFinished);
    window.analyseStore();
    ASSERT_TRUE(analysed.wait(20000));
    EXPECT_EQ(analysed.first().first().toLongLong(), 3);
    ASSERT_TRUE(ready.wait(10000));  // refreshed
    QModelIndex charged = model->index(1, ui::VerbatimTableModel::SentimentColumn);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model->data(charged, ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
    EXPECT_TRUE(model->data(charged, Qt::DisplayRole).toString().startsWith(QStringLiteral("negative")));
    EXPECT_TRUE(model->data(model->index(1, ui::VerbatimTableModel::EmotionColumn), Qt::DisplayRole)
                    .toString()
                    .startsWith(QStringLiteral("anger")));
    window.browser()->table()->setCurrentIndex(model->index(0, 0));
    window.browser()->table()->setCurrentIndex(model->index(1, 0));
    EXPECT_TRUE(window.browser()->detail()->toPlainText().contains(QStringLiteral("Why this score")));
    EXPECT_TRUE(window.browser()->detail()->toHtml().contains(QStringLiteral("#f6c9c9")));  // marked in red

    window.browser()->searchBox()->setText(QStringLiteral("charged"));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(model->rowCount(), 1);

    QImage shot = window.grab().toImage();
    EXPECT_FALSE(shot.isNull());
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR"))
        shot.save(QString::fromLocal8Bit(out) + QStringLiteral("/gui_smoke.png"));
}

TEST(GuiSmoke, ABadStoreFileShowsAMessageInsteadOfCrashing) {
    tw::test::TempDir dir;
    auto bad = QString::fromStdString(dir.write("bad.tw", std::string(5000, 'z')));
    ui::MainWindow window;
    EXPECT_FALSE(window.openStore(bad));
    EXPECT_TRUE(window.storePath().isEmpty());
}

TEST(GuiSmoke, DashboardBarsDrillIntoTheBrowser) {
    tw::test::TempDir dir;
    auto storePath = QString::fromStdString(dir.file("dash.tw"));
    {
        auto store = core::Store::create(storePath.toStdString());
        ASSERT_TRUE(store.ok());
        auto csv = dir.write(
            "f.csv",
            "id,date,channel,text\n1,2026-01-05,chat,Terrible service\n2,2026-01-06,chat,Awful wait\n"
            "3,2026-02-01,chat,Lovely staff\n4,2026-02-02,email,Great help\n5,2026-02-03,email,Horrible app\n");
        ASSERT_TRUE(core::importFile(*store, csv, {}).ok());
        auto analyzer = core::SentimentAnalyzer::create();
        ASSERT_TRUE(core::analyzeStore(*store, *analyzer).ok());
    }
    ui::MainWindow window;
    window.show();
    QSignalSpy refreshed(window.dashboard(), &ui::DashboardPanel::refreshed);
    ASSERT_TRUE(window.openStore(storePath));
    ASSERT_TRUE(refreshed.wait(10000));
    EXPECT_EQ(window.dashboard()->channelCount(), 2);
    EXPECT_EQ(window.dashboard()->monthCount(), 2);

    // The chart as a picture and as a drawing, with the channels on it, as the tab shows it.
    window.resize(1280, 800);
    window.tabs()->setCurrentWidget(window.dashboard());
    auto* chart = window.dashboard()->channelChart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chart->width() > 400; }, 5000)) << chart->width();
    ASSERT_TRUE(ui::saveChart(chart, QString::fromStdString(dir.file("channels.png"))).ok());
    QImage png(QString::fromStdString(dir.file("channels.png")));
    EXPECT_EQ(png.width(), chart->width() * 2);
    ASSERT_TRUE(ui::saveChart(chart, QString::fromStdString(dir.file("channels.svg"))).ok());
    const std::string svg = tw::test::readFile(dir.file("channels.svg"));
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("Sentiment by channel"), std::string::npos);
    EXPECT_NE(svg.find(">email<"), std::string::npos);
    EXPECT_FALSE(ui::saveChart(chart, QString::fromStdString(dir.file("channels.gif"))).ok());

    auto* model = window.browser()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    QSignalSpy ready(model, &ui::VerbatimTableModel::indexReady);
    window.dashboard()->clickBar(3, 0);  // negative verbatims on the first (largest) channel: chat
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(window.tabs()->currentWidget(), window.browser());
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->filter().channel.value_or(""), "chat");
    EXPECT_EQ(model->filter().label.value_or(""), "negative");

    window.dashboard()->clickMonth(1);  // February 2026
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(model->rowCount(), 3);

    window.browser()->clearFilter();
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(model->rowCount(), 5);
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR")) {
        window.tabs()->setCurrentWidget(window.dashboard());
        window.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/dashboard_test.png"));
    }
}

TEST(GuiSmoke, ASavedViewReopensItsRuleFilterTabAndColumnsInOneClick) {
    tw::test::TempDir dir;
    const auto storePath = QString::fromStdString(dir.file("views.tw"));
    {
        auto store = core::Store::create(storePath.toStdString());
        ASSERT_TRUE(store.ok());
        auto csv = dir.write("f.csv",
                             "id,date,channel,text\n1,2026-01-05,chat,Refund still missing\n"
                             "2,2026-01-06,chat,Refund arrived quickly\n3,2026-02-01,email,Refund please\n"
                             "4,2026-02-02,email,Lovely staff\n");
        ASSERT_TRUE(core::importFile(*store, csv, {}).ok());
    }
    {
        ui::MainWindow window;
        window.show();
        ASSERT_TRUE(window.openStore(storePath));
        auto* browser = window.browser();
        auto* model = browser->model();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 4; }, 10000));
        core::BrowseFilter chat;
        chat.channel = "chat";
        browser->applyFilter(chat, QStringLiteral("chat verbatims"));
        browser->search(QStringLiteral("refund*"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 2; }, 10000));
        browser->table()->setColumnWidth(ui::VerbatimTableModel::ChannelColumn, 217);
        window.saveView(QStringLiteral("Chat refunds"));
        browser->clearFilter();
        browser->search(QString());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 4; }, 10000));
    }
    // Another session: the view is in the menu and reopens as it was saved.
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(storePath));
    QStringList listed;
    for (QAction* a : window.viewsMenu()->actions()) listed << a->text();
    EXPECT_TRUE(listed.contains(QStringLiteral("Chat refunds"))) << listed.join(QStringLiteral(", ")).toStdString();
    auto* browser = window.browser();
    auto* model = browser->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 4; }, 10000));
    window.tabs()->setCurrentWidget(window.dashboard());
    ASSERT_TRUE(window.openView(QStringLiteral("Chat refunds")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 2; }, 10000));
    EXPECT_EQ(model->filter().channel.value_or(""), "chat");
    EXPECT_EQ(model->filter().search, "refund*");
    EXPECT_EQ(browser->searchBox()->text(), QStringLiteral("refund*"));
    EXPECT_EQ(browser->filterDescription(), QStringLiteral("chat verbatims"));
    EXPECT_EQ(window.tabs()->currentWidget(), browser);
    EXPECT_EQ(browser->table()->columnWidth(ui::VerbatimTableModel::ChannelColumn), 217);
    window.deleteView(QStringLiteral("Chat refunds"));
    EXPECT_FALSE(window.openView(QStringLiteral("Chat refunds")));
}

TEST(GuiSmoke, AnEmptyListSaysWhatToDoInsteadOfShowingNothing) {
    tw::test::TempDir dir;
    const auto storePath = QString::fromStdString(dir.file("empty.tw"));
    ASSERT_TRUE(core::Store::create(storePath.toStdString()).ok());
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(storePath));
    auto* browser = window.browser();
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser->emptyState() != nullptr; }, 10000));
    EXPECT_TRUE(browser->emptyState()->text().contains(QStringLiteral("no verbatims yet")));
    EXPECT_TRUE(browser->emptyState()->text().contains(QStringLiteral("Import")));
    {
        auto store = core::Store::open(storePath.toStdString());
        ASSERT_TRUE(core::importFile(*store, dir.write("one.csv", "id,text\n1,The parcel was late\n"), {}).ok());
    }
    browser->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser->emptyState() == nullptr; }, 10000));
    EXPECT_EQ(browser->model()->rowCount(), 1);
    browser->search(QStringLiteral("refund"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser->emptyState() != nullptr; }, 10000));
    EXPECT_TRUE(browser->emptyState()->text().contains(QStringLiteral("Nothing matches")));
}

TEST(GuiSmoke, TheDarkThemeDarkensTheWindowAndTheChartsAndIsRemembered) {
    tw::test::TempDir dir;
    const auto storePath = QString::fromStdString(dir.file("dark.tw"));
    {
        auto store = core::Store::create(storePath.toStdString());
        ASSERT_TRUE(
            core::importFile(*store, dir.write("f.csv", "id,date,channel,text\n1,2026-01-05,chat,Awful\n"), {}).ok());
    }
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openStore(storePath));
    QSignalSpy refreshed(window.dashboard(), &ui::DashboardPanel::refreshed);
    const QString lightChip = window.browser()->findChild<QLabel*>(QStringLiteral("filterChip"))->styleSheet();
    window.setTheme(ui::ThemeChoice::Dark);
    // Colours chosen at construction follow at once: the browser's filter chip is dark now.
    EXPECT_NE(window.browser()->findChild<QLabel*>(QStringLiteral("filterChip"))->styleSheet(), lightChip);
    EXPECT_EQ(window.browser()->findChild<QLabel*>(QStringLiteral("filterChip"))->styleSheet(), ui::chipStyleSheet());
    EXPECT_TRUE(ui::isDarkTheme());
    EXPECT_EQ(ui::savedTheme(), ui::ThemeChoice::Dark);
    ASSERT_TRUE(refreshed.wait(10000));
    auto* chart = window.dashboard()->channelChart()->chart();
    EXPECT_LT(chart->backgroundBrush().color().lightness(), 128);
    EXPECT_GT(chart->titleBrush().color().lightness(), 128);
    window.tabs()->setCurrentWidget(window.dashboard());
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR"))
        window.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/dark.png"));
    window.setTheme(ui::ThemeChoice::System);  // the platform's look again, for the other tests
    EXPECT_FALSE(ui::isDarkTheme());
    EXPECT_EQ(ui::savedTheme(), ui::ThemeChoice::System);
}
