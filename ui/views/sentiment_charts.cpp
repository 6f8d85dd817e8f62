#include "views/sentiment_charts.h"

#include "views/chart_axes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace tw::ui {

namespace {
// The translation context of this file's free functions (lupdate reads it from here).
struct SentimentCharts {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::SentimentCharts)
};
}  // namespace

QColor sentimentColour(int label) {
    static const QColor colours[] = {QColor(0x3a, 0xa6, 0x5c), QColor(0xb8, 0xb8, 0xb8), QColor(0xe0, 0xa0, 0x30),
                                     QColor(0xd0, 0x45, 0x45)};
    return colours[std::clamp(label, 0, 3)];
}

ChannelChart buildChannelChart(const std::vector<core::ChannelSentiment>& channels) {
    static const char* const names[] = {QT_TRANSLATE_NOOP("tw::ui::SentimentCharts", "positive"),
                                        QT_TRANSLATE_NOOP("tw::ui::SentimentCharts", "neutral"),
                                        QT_TRANSLATE_NOOP("tw::ui::SentimentCharts", "mixed"),
                                        QT_TRANSLATE_NOOP("tw::ui::SentimentCharts", "negative")};
    auto* series = new QStackedBarSeries;
    QStringList categories;
    for (const auto& c : channels) categories << QString::fromStdString(c.channel);
    for (int s = 0; s < 4; ++s) {
        auto* set = new QBarSet(SentimentCharts::tr(names[s]));
        set->setColor(sentimentColour(s));
        for (const auto& c : channels) {
            const std::int64_t v = s == 0 ? c.positive : s == 1 ? c.neutral : s == 2 ? c.mixed : c.negative;
            *set << static_cast<double>(v);
        }
        series->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(SentimentCharts::tr("Sentiment by channel"));
    double tallest = 0;
    for (const auto& c : channels)
        tallest = std::max(tallest, static_cast<double>(c.positive + c.neutral + c.mixed + c.negative));
    addBarAxes(chart, series, categories, tallest, Qt::Vertical);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return {chart, series};
}

MonthChart buildMonthChart(const std::vector<core::MonthSentiment>& months) {
    auto* mean = new QLineSeries;
    mean->setName(SentimentCharts::tr("mean sentiment"));
    auto* negative = new QLineSeries;
    negative->setName(SentimentCharts::tr("negative share"));
    negative->setColor(sentimentColour(3));
    auto* points = new QScatterSeries;
    points->setMarkerSize(9);
    points->setName(SentimentCharts::tr("month (click)"));
    for (const auto& m : months) {
        const qreal x = static_cast<qreal>(m.start) * 1000.0;
        mean->append(x, m.meanSentiment);
        negative->append(x, m.negativeShare);
        points->append(x, m.meanSentiment);
    }
    auto* chart = new QChart;
    chart->addSeries(mean);
    chart->addSeries(negative);
    chart->addSeries(points);
    chart->setTitle(SentimentCharts::tr("Sentiment over time (per month)"));
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yy"));
    chart->addAxis(time, Qt::AlignBottom);
    auto* value = new QValueAxis;
    value->setRange(-1.0, 1.0);
    chart->addAxis(value, Qt::AlignLeft);
    for (auto* s :
         {static_cast<QXYSeries*>(mean), static_cast<QXYSeries*>(negative), static_cast<QXYSeries*>(points)}) {
        s->attachAxis(time);
        s->attachAxis(value);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return {chart, mean, points};
}

}  // namespace tw::ui
