// The windowed model: QAbstractItemModelTester (fatal), lazy pages, stale answers dropped.
#include "models/verbatim_table_model.h"
#include "ingest/importer.h"
#include "jobs/categorize_job.h"
#include "store/category_repository.h"
#include "test_support.h"
#include "views/verbatim_browser.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <set>

using namespace tw;

namespace {
std::string makeStore(const tw::test::TempDir& dir, int rows) {
    std::string csv = "id,date,text\n";
    for (int i = 0; i < rows; ++i) {
        csv += std::to_string(i) + ",2026-02-" + std::to_string(1 + i % 28) + "," +
               (i % 7 == 0 ? "refund missing" : "late parcel") + " number " + std::to_string(i) + "\n";
    }
    auto path = dir.file("s.tw");
    auto store = core::Store::create(path);
    EXPECT_TRUE(core::importFile(*store, dir.write("in.csv", csv), {}).ok());
    return path;
}
}  // namespace

TEST(VerbatimTableModel, LoadsLazilyAndPassesTheModelTester) {
    tw::test::TempDir dir;
    auto path = makeStore(dir, 5000);
    ui::VerbatimTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy ready(&model, &ui::VerbatimTableModel::indexReady);
    model.setStore(QString::fromStdString(path));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(model.rowCount(), 5000);
    // A row far down is a placeholder until its page arrives; nothing else is loaded.
    QModelIndex far = model.index(4321, ui::VerbatimTableModel::TextColumn);
    QSignalSpy pages(&model, &ui::VerbatimTableModel::pageLoaded);
    EXPECT_FALSE(model.data(far, ui::VerbatimTableModel::LoadedRole).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.data(far, ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
    EXPECT_TRUE(model.data(far, Qt::DisplayRole).toString().contains(QStringLiteral("number")));
    // Only the pages touched (the tester reads the first rows) were fetched, not all 25.
    std::set<int> loaded;
    for (const auto& args : pages) loaded.insert(args.first().toInt());
    EXPECT_LE(loaded.size(), 2u);
    EXPECT_TRUE(loaded.count(4321 / ui::VerbatimTableModel::kPageSize));
}

TEST(VerbatimTableModel, NewestFilterWinsOverStaleAnswers) {
    tw::test::TempDir dir;
    auto path = makeStore(dir, 3000);
    ui::VerbatimTableModel model;
    QSignalSpy ready(&model, &ui::VerbatimTableModel::indexReady);
    model.setStore(QString::fromStdString(path));
    model.setFilter({.search = "late"});
    model.setFilter({.search = "refund"});  // supersedes the two before it
    ASSERT_TRUE(ready.wait(10000));
    QTest::qWait(200);
    EXPECT_EQ(ready.count(), 1);
    EXPECT_EQ(model.rowCount(), 429);  // ceil(3000 / 7)
}

TEST(VerbatimTableModel, DatesFollowTheUsersLocale) {
    tw::test::TempDir dir;
    auto path = makeStore(dir, 1);  // dated 2026-02-01
    const QLocale before;
    for (auto [locale, expected] : {std::pair{QLocale(QLocale::German, QLocale::Germany), "01.02.26 00:00"},
                                    std::pair{QLocale(QLocale::English, QLocale::UnitedStates), "2/1/26 12:00"}}) {
        QLocale::setDefault(locale);
        ui::VerbatimTableModel model;
        QSignalSpy ready(&model, &ui::VerbatimTableModel::indexReady);
        model.setStore(QString::fromStdString(path));
        ASSERT_TRUE(ready.wait(10000));
        const QModelIndex date = model.index(0, ui::VerbatimTableModel::DateColumn);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return model.data(date, ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
        EXPECT_TRUE(model.data(date, Qt::DisplayRole).toString().startsWith(QLatin1String(expected)))
            << model.data(date, Qt::DisplayRole).toString().toStdString();
    }
    QLocale::setDefault(before);
}

// A search (with other filters too) or a category alone (a chart bar's verbatims): the newest
// page shows from a quick query before the index, and the index's first page holds the same rows
// in the same order; the model stays consistent throughout.
TEST(VerbatimTableModel, ASearchOrACategoryShowsItsNewestPageBeforeItsIndex) {
    tw::test::TempDir dir;
    auto path = makeStore(dir, 6000);
    ui::VerbatimTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy ready(&model, &ui::VerbatimTableModel::indexReady);
    model.setStore(QString::fromStdString(path));
    ASSERT_TRUE(ready.wait(10000));
    auto previewThenIndex = [&](const core::BrowseFilter& filter, int expectedPreview, qint64 expectedTotal) {
        // What the view shows when the preview arrives, read then: the index may follow within
        // the same turn of the event loop, before the spy's wait returns.
        bool loadingAtPreview = false, allLoaded = true;
        std::vector<qint64> first;
        const auto seen = QObject::connect(&model, &ui::VerbatimTableModel::previewReady, [&] {
            loadingAtPreview = model.isLoading();
            for (int r = 0; r < model.rowCount(); ++r) {
                allLoaded &= model.data(model.index(r, 0), ui::VerbatimTableModel::LoadedRole).toBool();
                first.push_back(model.data(model.index(r, 0), ui::VerbatimTableModel::VerbatimIdRole).toLongLong());
            }
        });
        QSignalSpy preview(&model, &ui::VerbatimTableModel::previewReady);
        model.setFilter(filter);
        ASSERT_TRUE(preview.wait(10000));
        QObject::disconnect(seen);
        EXPECT_EQ(preview.first().first().toInt(), expectedPreview);
        ASSERT_TRUE(loadingAtPreview) << "shown while the index is computed";
        ASSERT_TRUE(allLoaded);
        EXPECT_EQ(static_cast<int>(first.size()), expectedPreview);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        EXPECT_EQ(model.rowCount(), expectedTotal);
        for (int r = 0; r < static_cast<int>(first.size()); ++r) {
            const QModelIndex i = model.index(r, 0);
            ASSERT_TRUE(
                QTest::qWaitFor([&] { return model.data(i, ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
            EXPECT_EQ(model.data(i, ui::VerbatimTableModel::VerbatimIdRole).toLongLong(),
                      first[static_cast<std::size_t>(r)])
                << "row " << r;
        }
    };
    previewThenIndex({.search = "late"}, ui::VerbatimTableModel::kPageSize, 5142);
    // Other filters besides the search: the first page is the matches that meet them (2026-02-05
    // to 2026-02-10).
    previewThenIndex({.search = "late", .from = 1770249600, .until = 1770768000}, ui::VerbatimTableModel::kPageSize,
                     1073);
    auto store = core::Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(core::categorizeStore(*store, 1).ok());
    auto counts = core::CategoryRepository(*store).counts({});
    ASSERT_TRUE(counts.ok());
    int categories = 0;
    for (const auto& c : *counts) {
        if (c.depth != 0 || c.verbatims == 0) continue;
        ++categories;
        previewThenIndex({.category = c.path}, static_cast<int>(std::min<std::int64_t>(c.verbatims, 200)), c.verbatims);
    }
    EXPECT_GT(categories, 0);
}

// In the browser: a search's first rows say they are the newest while the rest is counted; a row
// picked among them stays picked, with its detail, when the index replaces them.
TEST(VerbatimTableModel, ARowPickedInASearchsFirstRowsStaysPickedWhenItsIndexComes) {
    tw::test::TempDir dir;
    auto path = makeStore(dir, 6000);
    ui::VerbatimBrowser browser;
    browser.resize(900, 600);
    browser.show();
    auto* model = browser.model();
    QSignalSpy ready(model, &ui::VerbatimTableModel::indexReady);
    browser.setStore(QString::fromStdString(path));
    ASSERT_TRUE(ready.wait(10000));
    // The row is picked when the preview arrives (the index may follow within the same turn of
    // the event loop, before the spy's wait returns).
    bool loadingAtPreview = false;
    QString labelAtPreview;
    qint64 picked = -1;
    const auto pick = QObject::connect(model, &ui::VerbatimTableModel::previewReady, [&] {
        loadingAtPreview = model->isLoading();
        labelAtPreview = browser.countLabel()->text();
        browser.table()->selectRow(3);
        picked = model->data(model->index(3, 0), ui::VerbatimTableModel::VerbatimIdRole).toLongLong();
    });
    QSignalSpy preview(model, &ui::VerbatimTableModel::previewReady);
    model->setFilter({.search = "late"});
    ASSERT_TRUE(preview.wait(10000));
    QObject::disconnect(pick);
    ASSERT_TRUE(loadingAtPreview);
    EXPECT_EQ(labelAtPreview, QStringLiteral("newest 200 shown · counting…"));
    ASSERT_GE(picked, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    EXPECT_EQ(browser.table()->currentIndex().row(), 3);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->data(model->index(3, 0), ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
    EXPECT_EQ(model->data(model->index(3, 0), ui::VerbatimTableModel::VerbatimIdRole).toLongLong(), picked);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return browser.detail()->toPlainText().contains(QStringLiteral("number")); }, 5000));
    EXPECT_TRUE(browser.countLabel()->text().endsWith(QStringLiteral(" verbatims"))) << "the count follows";
}
