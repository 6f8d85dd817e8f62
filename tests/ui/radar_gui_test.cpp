// The tsunami radar in the workbench, under the offscreen platform, on the demo store signed in
// as its manager: the planted double charge is a tsunami on the radar and in the list with the
// escalation it opened; selecting it draws its timeline (a line per channel, baseline bands and
// burst marks); double-clicking it and clicking a burst open those verbatims in the browser; the
// escalation queue lists the emerging issue.
#include "demo_bootstrap.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "test_support.h"
#include "views/escalation_queue.h"
#include "views/radar_view.h"
#include "views/trend_charts.h"
#include "views/verbatim_browser.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace tw;

namespace {

void shot(QWidget& w, const QString& name) {
    if (const char* out = std::getenv("TW_SCREENSHOT_DIR"))
        w.grab().save(QString::fromLocal8Bit(out) + QLatin1Char('/') + name);
}

int rowOf(ui::RadarView* radar, const std::string& topic, core::TrendClass cls) {
    const auto& f = radar->findings();
    for (std::size_t i = 0; i < f.size(); ++i)
        if (f[i].topic == topic && f[i].cls == cls) return static_cast<int>(i);
    return -1;
}

template <class T>
int seriesOf(QChart* chart) {
    int n = 0;
    for (QAbstractSeries* s : chart->series()) n += qobject_cast<T*>(s) != nullptr;
    return n;
}

}  // namespace

TEST(RadarGui, TheDemoTsunamiIsOnTheRadarWithItsTimelineAlertAndVerbatims) {
    tw::test::TempDir dir;
    auto made = ui::createDemoStore(dir.file("demo.tw"));
    ASSERT_TRUE(made.ok()) << made.error().describe();
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    ui::RadarView* radar = window.radar();
    QSignalSpy done(radar, &ui::RadarView::finished);
    window.presetSignIn(QStringLiteral("max"), QStringLiteral("demo-manager-2026"));
    ASSERT_TRUE(window.openStore(QString::fromStdString(*made)));
    ASSERT_TRUE(done.wait(30000));
    EXPECT_GE(done.front().at(1).toInt(), 2) << "the demo's waves and tsunami opened escalations";

    const int tsunami = rowOf(radar, "Billing/Double charge", core::TrendClass::Tsunami);
    ASSERT_GE(tsunami, 0);
    EXPECT_EQ(radar->table()->rowCount(), static_cast<int>(radar->findings().size()));
    EXPECT_TRUE(radar->table()->item(tsunami, 6)->text().startsWith(QLatin1Char('#')))
        << "the escalation it opened is listed";
    // On the radar: a point per finding in its class's colour, the largest volume the largest.
    EXPECT_EQ(seriesOf<QScatterSeries>(radar->radarChart()), static_cast<int>(radar->findings().size()));
    QScatterSeries* red = radar->radarChart()->pointOf(static_cast<std::size_t>(tsunami));
    EXPECT_EQ(red->color(), ui::trendClassColor(core::TrendClass::Tsunami));
    for (std::size_t i = 0; i < radar->findings().size(); ++i)
        EXPECT_LE(radar->radarChart()->pointOf(i)->markerSize(), red->markerSize());
    EXPECT_GE(radar->radarChart()->labelCount(), 3) << "waves and tsunamis carry their frustration";

    // Clicking the tsunami's point selects it and draws its days.
    Q_EMIT red->clicked(red->at(0));
    EXPECT_EQ(radar->selectedFinding(), tsunami);
    ui::TimelineChart* timeline = radar->timelineChart();
    const std::size_t channels = radar->findings()[static_cast<std::size_t>(tsunami)].channels.size();
    EXPECT_GE(seriesOf<QAreaSeries>(timeline), static_cast<int>(channels)) << "a baseline band per channel";
    EXPECT_EQ(timeline->burstMarkers(), static_cast<int>(channels));
    EXPECT_GE(seriesOf<QLineSeries>(timeline), static_cast<int>(channels));
    window.tabs()->setCurrentWidget(radar);
    QTest::qWait(200);
    shot(window, QStringLiteral("radar.png"));

    // Double-clicking the finding opens its verbatims in the browser.
    ui::VerbatimBrowser* browser = window.browser();
    const QString rule = radar->ruleForFinding(tsunami);
    EXPECT_TRUE(rule.contains(QStringLiteral("category:\"Billing/Double charge\""))) << rule.toStdString();
    Q_EMIT radar->table()->cellDoubleClicked(tsunami, 1);
    EXPECT_EQ(window.tabs()->currentWidget(), browser);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !browser->model()->isLoading() && browser->model()->rowCount() > 50; }, 10000));
    const int all = browser->model()->rowCount();

    // A burst on the timeline: that channel's verbatims of those days, fewer than the finding's.
    window.tabs()->setCurrentWidget(radar);
    QScatterSeries* burst = nullptr;
    for (QAbstractSeries* s : timeline->series())
        if (auto* sc = qobject_cast<QScatterSeries*>(s); sc && sc->name().startsWith(QStringLiteral("call")))
            burst = sc;
    ASSERT_NE(burst, nullptr);
    Q_EMIT burst->clicked(burst->at(0));
    EXPECT_EQ(window.tabs()->currentWidget(), browser);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !browser->model()->isLoading() && browser->model()->rowCount() > 0 &&
                   browser->model()->rowCount() < all;
        },
        10000));
    for (int r = 0; r < browser->model()->rowCount(); ++r)
        if (auto v = browser->model()->verbatimAt(r)) {
            EXPECT_EQ(v->channel, "call");
        }

    // The escalation queue lists the emerging issue.
    ui::EscalationQueue* queue = window.escalations();
    QSignalSpy loaded(queue, &ui::EscalationQueue::loaded);
    queue->showType(QString::fromLatin1(core::kEmergingIssue));
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_FALSE(queue->rows().empty());
    for (const core::Escalation& e : queue->rows()) EXPECT_EQ(e.type, core::kEmergingIssue);
    // Its detail says what it is, not whether one customer may be contacted.
    QSignalSpy shown(queue, &ui::EscalationQueue::detailShown);
    queue->table()->selectRow(0);
    ASSERT_TRUE(shown.wait(10000));
    const QString detail = queue->detail()->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("emerging issue found by the trend radar"))) << detail.toStdString();
    EXPECT_FALSE(detail.contains(QStringLiteral("Consent:"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("against"))) << "its reason gives the counts";
}
