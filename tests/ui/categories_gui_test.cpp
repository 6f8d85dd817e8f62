// The category and search views under the offscreen platform: the browser's search box takes the
// rule language (errors where they are, matches highlighted), the category chart drills down the
// taxonomy into the browser and back, the taxonomy editor checks rules as typed, previews them
// live and saves a taxonomy that is then applied, and the concordance lists, sorts and exports.
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "store/category_repository.h"
#include "test_support.h"
#include "views/category_chart.h"
#include "views/dashboard_panel.h"
#include "views/kwic_view.h"
#include "views/phrases_view.h"
#include "views/rule_highlighter.h"
#include "views/taxonomy_editor.h"
#include "views/verbatim_browser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace tw;

namespace {
struct Fixture {
    tw::test::TempDir dir;
    QString path = QString::fromStdString(dir.file("cats.tw"));
    Fixture() {
        auto store = core::Store::create(path.toStdString());
        EXPECT_TRUE(store.ok());
        auto csv = dir.write("f.csv",
                             "id,date,channel,text\n"
                             "1,2026-01-05,chat,I was charged twice for one order\n"
                             "2,2026-01-06,email,They double charged my card again\n"
                             "3,2026-01-07,chat,My parcel never arrived\n"
                             "4,2026-01-08,call,The package never arrived and nobody answers\n"
                             "5,2026-01-09,chat,Lovely staff in the shop\n");
        EXPECT_TRUE(core::importFile(*store, csv, {}).ok());
        auto analyzer = core::SentimentAnalyzer::create();
        EXPECT_TRUE(core::analyzeStore(*store, *analyzer).ok());
        EXPECT_TRUE(core::categorizeStore(*store, 1).ok());
    }
};

void shot(QWidget& w, const QString& name) {
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR"))
        w.grab().save(QString::fromLocal8Bit(out) + QLatin1Char('/') + name);
}
}  // namespace

// Operators and scopes are coloured in bold, AFFIRMED among them; a plain word is not.
TEST(CategoriesGui, RuleTextColoursOperatorsAndScopes) {
    QTextDocument doc;
    ui::RuleHighlighter highlighter(&doc);
    doc.setPlainText(QStringLiteral("AFFIRMED(SENT(staff NEAR/5 helpful)) OR affirmed"));
    highlighter.rehighlight();
    const auto formats = doc.firstBlock().layout()->formats();
    auto boldAt = [&](int position) {
        for (const auto& range : formats) {
            if (position >= range.start && position < range.start + range.length)
                return range.format.fontWeight() == QFont::Bold;
        }
        return false;
    };
    EXPECT_TRUE(boldAt(0));    // AFFIRMED
    EXPECT_TRUE(boldAt(9));    // SENT
    EXPECT_TRUE(boldAt(20));   // NEAR/5
    EXPECT_FALSE(boldAt(14));  // staff
    EXPECT_FALSE(boldAt(41));  // affirmed, a word
}

TEST(CategoriesGui, SearchBoxTakesRulesShowsErrorsAndHighlightsMatches) {
    Fixture f;
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(f.path));
    auto* browser = window.browser();
    auto* model = browser->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    ASSERT_EQ(model->rowCount(), 5);

    browser->search(QStringLiteral("never AND (arrived"));
    EXPECT_TRUE(browser->ruleError()->isVisible());
    EXPECT_TRUE(browser->ruleError()->text().contains(QStringLiteral("1:")));
    EXPECT_EQ(model->rowCount(), 5);  // nothing ran

    QSignalSpy ready(model, &ui::VerbatimTableModel::indexReady);
    browser->search(QStringLiteral("\"never arrived\" -channel:call"));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_FALSE(browser->ruleError()->isVisible());
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->data(model->index(0, 0), ui::VerbatimTableModel::LoadedRole).toBool(); }, 10000));
    browser->table()->setCurrentIndex(model->index(0, 0));
    const QString html = browser->detail()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("#ffe27a"))) << html.toStdString();  // the match, marked
    EXPECT_TRUE(browser->detail()->toPlainText().contains(QStringLiteral("Delivery › Not delivered")));

    browser->search(QStringLiteral("category:Billing"));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(model->rowCount(), 2);
    shot(window, QStringLiteral("rule_search.png"));
}

TEST(CategoriesGui, CategoryChartDrillsDownIntoTheBrowserAndBack) {
    Fixture f;
    ui::MainWindow window;
    window.show();
    auto* chart = window.dashboard()->categoryChart();
    QSignalSpy refreshed(chart, &ui::CategoryChart::refreshed);
    ASSERT_TRUE(window.openStore(f.path));
    ASSERT_TRUE(refreshed.wait(10000));
    const QStringList top = chart->barPaths();
    ASSERT_TRUE(top.contains(QStringLiteral("Billing")));
    ASSERT_TRUE(top.contains(QStringLiteral("Delivery")));
    EXPECT_FALSE(top.contains(QStringLiteral("Pricing")));  // nothing there: no bar

    chart->clickBar(static_cast<int>(top.indexOf(QStringLiteral("Delivery"))));
    EXPECT_EQ(chart->level(), QStringLiteral("Delivery"));
    ASSERT_EQ(chart->barPaths(), QStringList{QStringLiteral("Delivery/Not delivered")});
    EXPECT_EQ(chart->barCounts(), std::vector<std::int64_t>{2});
    window.tabs()->setCurrentWidget(window.dashboard());
    shot(window, QStringLiteral("category_drilldown.png"));

    auto* model = window.browser()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    QSignalSpy ready(model, &ui::VerbatimTableModel::indexReady);
    chart->clickBar(0);  // a leaf: its verbatims
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(window.tabs()->currentWidget(), window.browser());
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->filter().category.value_or(""), "Delivery/Not delivered");

    chart->up();
    EXPECT_EQ(chart->level(), QString());
    EXPECT_EQ(chart->barPaths(), top);
}

TEST(CategoriesGui, TaxonomyEditorChecksPreviewsAndSaves) {
    Fixture f;
    ui::MainWindow window;
    window.show();
    auto* editor = window.taxonomyEditor();
    QSignalSpy loaded(editor, &ui::TaxonomyEditor::loaded);
    ASSERT_TRUE(window.openStore(f.path));
    ASSERT_TRUE(loaded.wait(10000));
    window.tabs()->setCurrentWidget(editor);
    ASSERT_TRUE(editor->select(QStringLiteral("Billing/Double charge")));
    EXPECT_TRUE(editor->ruleBox()->toPlainText().contains(QStringLiteral("charged twice")));

    editor->ruleBox()->setPlainText(QStringLiteral("charged NEAR/2 (twice"));
    EXPECT_TRUE(editor->errorLabel()->isVisible());
    EXPECT_TRUE(editor->errorLabel()->text().startsWith(QStringLiteral("1:")))
        << editor->errorLabel()->text().toStdString();

    QSignalSpy preview(editor, &ui::TaxonomyEditor::previewReady);
    editor->ruleBox()->setPlainText(QStringLiteral("charged NEAR/2 twice OR \"never arrived\""));
    EXPECT_FALSE(editor->errorLabel()->isVisible());
    ASSERT_TRUE(preview.wait(10000));
    EXPECT_EQ(preview.last().first().toLongLong(), 3);
    EXPECT_EQ(editor->samples()->count(), 3);
    EXPECT_TRUE(editor->samples()->item(0)->text().contains(QLatin1Char('[')));
    shot(window, QStringLiteral("taxonomy_editor.png"));

    QSignalSpy analysed(&window, &ui::MainWindow::analysisFinished);
    QSignalSpy saved(editor, &ui::TaxonomyEditor::saved);
    editor->save();
    ASSERT_TRUE(saved.wait(10000));
    ASSERT_TRUE(analysed.wait(20000));  // the edited category is applied again in the background
    auto store = core::Store::open(f.path.toStdString(), core::Store::Access::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto counts = core::CategoryRepository(*store).counts({});
    ASSERT_TRUE(counts.ok());
    for (const auto& c : *counts) {
        if (c.path == "Billing/Double charge") {
            EXPECT_EQ(c.verbatims, 3);
        }
    }

    // A taxonomy the core refuses is not saved: two categories with one path.
    editor->select(QStringLiteral("Billing"));
    editor->addCategory(true);
    editor->nameBox()->setText(QStringLiteral("Double charge"));
    editor->tree()->currentItem()->setText(0, QStringLiteral("Double charge"));
    QSignalSpy savedAgain(editor, &ui::TaxonomyEditor::saved);
    editor->save();
    EXPECT_FALSE(savedAgain.wait(500));
}

TEST(CategoriesGui, ConcordanceListsSortsAndExports) {
    Fixture f;
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(f.path));
    auto* kwic = window.kwic();
    window.tabs()->setCurrentWidget(kwic);
    QSignalSpy finished(kwic, &ui::KwicView::finished);
    kwic->ruleBox()->setText(QStringLiteral("arrived OR charged"));
    kwic->run();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.last().first().toInt(), 4);
    ASSERT_EQ(kwic->table()->rowCount(), 4);
    // By left context, read from the match outwards: "double they" < "never package the" <
    // "never parcel my" < "was i".
    kwic->sortBox()->setCurrentIndex(2);
    ASSERT_TRUE(finished.wait(10000));
    QStringList lefts;
    for (int i = 0; i < 4; ++i) lefts << kwic->table()->item(i, 2)->text().trimmed();
    EXPECT_EQ(lefts, (QStringList{QStringLiteral("They double"), QStringLiteral("The package never"),
                                  QStringLiteral("My parcel never"), QStringLiteral("I was")}));
    EXPECT_EQ(kwic->table()->item(0, 3)->text(), QStringLiteral("charged"));
    shot(window, QStringLiteral("kwic.png"));

    const QString csv = QString::fromStdString(f.dir.file("kwic.csv"));
    ASSERT_TRUE(kwic->exportCsv(csv));
    const std::string text = tw::test::readFile(csv.toStdString());
    EXPECT_EQ(text.substr(0, text.find('\n')), "id,date,channel,left,match,right");
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 5);

    kwic->ruleBox()->setText(QStringLiteral("arrived NEAR/"));
    kwic->run();
    EXPECT_TRUE(kwic->status()->text().startsWith(QStringLiteral("Rule error at 1:")));
}

TEST(CategoriesGui, EmergingPhrasesOpenTheirVerbatims) {
    tw::test::TempDir dir;
    auto path = QString::fromStdString(dir.file("phrases.tw"));
    {
        auto store = core::Store::create(path.toStdString());
        ASSERT_TRUE(store.ok());
        std::string csv = "id,date,channel,text\n";
        for (int i = 0; i < 60; ++i) {  // three quiet weeks, then a week of promo code trouble
            const int day = 1 + i % 28;
            csv += std::to_string(i) + ",2026-02-" + (day < 10 ? "0" : "") + std::to_string(day) +
                   ",chat,Delivery was fine " + std::to_string(i) + "\n";
        }
        for (int i = 0; i < 12; ++i) {
            csv += "p" + std::to_string(i) + ",2026-03-0" + std::to_string(1 + i % 7) + "," +
                   (i % 3 ? "chat" : "twitter") + ",My promo code does not work\n";
        }
        ASSERT_TRUE(core::importFile(*store, dir.write("f.csv", csv), {}).ok());
    }
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openStore(path));
    auto* view = window.phrases();
    view->setWindow(QDate(2026, 3, 1), QDate(2026, 3, 7));
    QSignalSpy finished(view, &ui::PhrasesView::finished);
    view->run();
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_GE(view->table()->rowCount(), 1);
    EXPECT_EQ(view->table()->item(0, 0)->text(), QStringLiteral("promo code"));
    EXPECT_EQ(view->table()->item(0, 1)->text(), QStringLiteral("12"));
    EXPECT_EQ(view->ruleForRow(0), QStringLiteral("\"promo code\" date:2026-03-01..2026-03-07"));
    window.tabs()->setCurrentWidget(view);
    shot(window, QStringLiteral("phrases.png"));

    auto* model = window.browser()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    QSignalSpy ready(model, &ui::VerbatimTableModel::indexReady);
    Q_EMIT view->searchRequested(view->ruleForRow(0));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(window.tabs()->currentWidget(), window.browser());
    EXPECT_EQ(model->rowCount(), 12);
}
