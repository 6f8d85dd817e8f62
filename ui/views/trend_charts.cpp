#include "views/trend_charts.h"

#include "views/chart_axes.h"

#include <QAreaSeries>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tw::ui {

namespace {

constexpr qint64 kDayMs = 86'400'000;

qreal msOfDay(std::int64_t day) { return static_cast<qreal>(day * kDayMs); }

void removeAll(QChart& chart) {
    chart.removeAllSeries();
    for (QAbstractAxis* a : chart.axes()) {
        chart.removeAxis(a);
        delete a;
    }
}

}  // namespace

QColor trendClassColor(core::TrendClass c) {
    switch (c) {
        case core::TrendClass::Ripple:
            return QColor(0x4c, 0x8b, 0xf5);
        case core::TrendClass::Wave:
            return QColor(0xf2, 0x9d, 0x38);
        case core::TrendClass::Tsunami:
            return QColor(0xd9, 0x30, 0x25);
    }
    return Qt::gray;
}

QString trendClassLabel(core::TrendClass c) {
    static const char* const kNames[] = {QT_TRANSLATE_NOOP("TrendClass", "ripple"),
                                         QT_TRANSLATE_NOOP("TrendClass", "wave"),
                                         QT_TRANSLATE_NOOP("TrendClass", "tsunami")};
    return QCoreApplication::translate("TrendClass", kNames[static_cast<int>(c)]);
}

QColor channelColor(std::size_t channel) {
    static const QColor kColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
    return kColors[channel % std::size(kColors)];
}

RadarChart::RadarChart() {
    setTitle(tr("Emerging issues: growth against corroboration"));
    legend()->setAlignment(Qt::AlignBottom);
    // Placed once the plot area has its final geometry (and again whenever it changes).
    connect(this, &QChart::plotAreaChanged, this, [this] { QTimer::singleShot(0, this, [this] { placeLabels(); }); });
}

void RadarChart::setFindings(const std::vector<core::TrendFinding>& findings) {
    for (auto& [item, at] : labels_) delete item;
    labels_.clear();
    removeAll(*this);
    points_.clear();
    double maxGrowth = 4, maxVolume = 1;
    std::size_t maxChannels = 1;
    for (const core::TrendFinding& f : findings) {
        maxGrowth = std::max(maxGrowth, f.growth());
        maxVolume = std::max(maxVolume, static_cast<double>(f.observed()));
        maxChannels = std::max(maxChannels, f.channels.size());
    }
    auto* x = new QLogValueAxis;
    x->setBase(2);
    x->setRange(1, std::pow(2.0, std::ceil(std::log2(maxGrowth * 1.5))));
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(tr("Growth: mentions ÷ expected (times, log scale)"));
    auto* y = new QValueAxis;
    y->setRange(0.5, static_cast<qreal>(maxChannels) + 0.5);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(1);
    y->setTickInterval(1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Channels corroborating"));
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    bool inLegend[3] = {false, false, false};
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const core::TrendFinding& f = findings[i];
        const QPointF at(std::max(1.0, f.growth()), static_cast<qreal>(f.channels.size()));
        auto* point = new QScatterSeries(this);
        point->setName(trendClassLabel(f.cls));
        point->setColor(trendClassColor(f.cls));
        point->setBorderColor(Qt::white);
        point->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        // Area follows volume: the diameter grows with its square root.
        point->setMarkerSize(10 + 34 * std::sqrt(static_cast<double>(f.observed()) / maxVolume));
        point->append(at);
        addSeries(point);
        point->attachAxis(x);
        point->attachAxis(y);
        bool& listed = inLegend[static_cast<int>(f.cls)];
        for (QLegendMarker* m : legend()->markers(point)) m->setVisible(!listed);
        listed = true;
        connect(point, &QScatterSeries::clicked, this, [this, i] { Q_EMIT findingClicked(static_cast<int>(i)); });
        points_.push_back(point);
        // Frustration, written beside the waves and tsunamis (every finding when there are few).
        if (f.cls != core::TrendClass::Ripple || findings.size() <= 8) {
            const QString name = QString::fromStdString(f.topic).section(QLatin1Char('/'), -1);
            const QString trend = f.intensityTrend >= 0.05 ? QStringLiteral(" ↑") : QString();
            auto* label = new QGraphicsSimpleTextItem(tr("%1 · anger %2%3")
                                                          .arg(f.phrase ? QStringLiteral("“%1”").arg(name) : name)
                                                          .arg(f.meanAnger, 0, 'f', 2)
                                                          .arg(trend),
                                                      this);
            label->setBrush(trendClassColor(f.cls).darker(140));
            label->setData(0, point->markerSize() / 2);  // the label starts beyond the marker
            labels_.emplace_back(label, at);
        }
    }
    placeLabels();
}

void RadarChart::placeLabels() {
    if (points_.empty()) return;
    const QRectF area = plotArea();
    for (auto& [item, at] : labels_) {
        const QPointF p = mapToPosition(at, points_.front());
        const qreal radius = item->data(0).toReal() + 4;
        const QRectF box = item->boundingRect();
        // Right of the point, or left of it where the plot ends.
        const qreal x = p.x() + radius + box.width() <= area.right() ? p.x() + radius : p.x() - radius - box.width();
        item->setPos(x, p.y() - box.height() / 2);
    }
}

TimelineChart::TimelineChart() {
    legend()->setAlignment(Qt::AlignBottom);
    clear();
}

void TimelineChart::clear() {
    removeAll(*this);
    bursts_ = 0;
    setTitle(tr("Pick a finding to see its days"));
}

void TimelineChart::show(const core::TrendSeries& s, std::size_t topic, const core::TrendFinding& f,
                         const std::vector<std::vector<double>>& expected) {
    removeAll(*this);
    bursts_ = 0;
    setTitle(tr("%1: mentions a day by channel; shaded, the baseline band; ringed, the bursts found")
                 .arg(QString::fromStdString(f.topic)));
    // Four weeks before the finding, two after it, within the series.
    const std::int64_t from = std::max(s.firstDay, f.startDay - 28);
    const std::int64_t to = std::min(s.firstDay + s.days - 1, f.endDay + 14);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msOfDay(from)), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msOfDay(to)), Qt::UTC));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Mentions a day"));
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* series) {
        addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    const auto& cells = s.topics.at(topic).cells;
    double top = 1;
    for (std::size_t c = 0; c < s.channels.size(); ++c) {
        const QString channel = QString::fromStdString(s.channels[c]);
        auto burst = std::find_if(f.channels.begin(), f.channels.end(),
                                  [&](const core::ChannelBurst& b) { return b.channel == s.channels[c]; });
        std::int64_t mentions = 0;
        for (std::int64_t d = from; d <= to; ++d) mentions += cells[c][static_cast<std::size_t>(d - s.firstDay)].count;
        if (mentions == 0 && burst == f.channels.end()) continue;
        const QColor color = channelColor(c);
        // The band: what the detector expected, plus and minus two standard deviations (Poisson).
        if (burst != f.channels.end()) {
            auto* upper = new QLineSeries(this);
            auto* lower = new QLineSeries(this);
            for (std::int64_t d = from; d <= to; ++d) {
                const double e = expected[c][static_cast<std::size_t>(d - s.firstDay)];
                upper->append(msOfDay(d), e + 2 * std::sqrt(e));
                lower->append(msOfDay(d), std::max(0.0, e - 2 * std::sqrt(e)));
                top = std::max(top, e + 2 * std::sqrt(e));
            }
            auto* band = new QAreaSeries(upper, lower);
            band->setName(tr("%1 baseline").arg(channel));
            QColor fill = color;
            fill.setAlpha(60);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            attach(band);
            for (QLegendMarker* m : legend()->markers(band)) m->setVisible(false);
        }
        auto* line = new QLineSeries(this);
        line->setName(channel);
        line->setColor(color);
        for (std::int64_t d = from; d <= to; ++d) {
            const auto n = static_cast<double>(cells[c][static_cast<std::size_t>(d - s.firstDay)].count);
            line->append(msOfDay(d), n);
            top = std::max(top, n);
        }
        attach(line);
        if (burst == f.channels.end()) continue;
        // The burst's days, marked on the channel's line; clicking one opens them.
        auto* marks = new QScatterSeries(this);
        marks->setName(tr("%1 burst").arg(channel));
        marks->setColor(color);
        marks->setBorderColor(trendClassColor(f.cls));
        marks->setMarkerSize(9);
        for (std::int64_t d = std::max(from, burst->onsetDay); d <= std::min(to, burst->endDay); ++d)
            marks->append(msOfDay(d), static_cast<double>(cells[c][static_cast<std::size_t>(d - s.firstDay)].count));
        const std::int64_t onset = burst->onsetDay, end = burst->endDay;
        connect(marks, &QScatterSeries::clicked, this,
                [this, channel, onset, end](const QPointF&) { Q_EMIT burstClicked(channel, onset, end); });
        attach(marks);
        for (QLegendMarker* m : legend()->markers(marks)) m->setVisible(false);
        ++bursts_;
    }
    useCountTicks(y, top * 1.1);
}

}  // namespace tw::ui
