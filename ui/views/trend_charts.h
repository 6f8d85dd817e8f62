#pragma once
// The tsunami radar's two charts (Qt Charts):
// - RadarChart: findings placed by growth (x: observed ÷ expected, log scale) and the channels
//   that corroborate them (y), coloured by class, sized by volume, and labelled with their
//   frustration (mean anger, an arrow when it rises);
// - TimelineChart: one topic's days, one line per channel, the baseline band each day was judged
//   against (expected ± two standard deviations) for the finding's channels, and its bursts marked.
// Clicking a point or a burst says which, for the view to open its verbatims.

#include "trends/trend_detector.h"

#include <QChart>
#include <QColor>

#include <cstdint>
#include <vector>

class QGraphicsSimpleTextItem;
class QScatterSeries;

namespace tw::ui {

QColor trendClassColor(core::TrendClass c);
QString trendClassLabel(core::TrendClass c);  // translated
QColor channelColor(std::size_t channel);

class RadarChart final : public QChart {
    Q_OBJECT
public:
    RadarChart();
    void setFindings(const std::vector<core::TrendFinding>& findings);
    // Each finding's point: a series of its own (Qt Charts draws a per-point size off centre), so
    // its marker is as large as its volume; the legend shows one entry per class.
    [[nodiscard]] QScatterSeries* pointOf(std::size_t finding) const { return points_.at(finding); }
    [[nodiscard]] int labelCount() const { return static_cast<int>(labels_.size()); }

Q_SIGNALS:
    void findingClicked(int finding);

private:
    void placeLabels();

    std::vector<QScatterSeries*> points_;
    std::vector<std::pair<QGraphicsSimpleTextItem*, QPointF>> labels_;
};

class TimelineChart final : public QChart {
    Q_OBJECT
public:
    TimelineChart();
    // `expected`: [channel][day] as core::expectedCounts gives them for the finding's topic.
    void show(const core::TrendSeries& series, std::size_t topic, const core::TrendFinding& finding,
              const std::vector<std::vector<double>>& expected);
    void clear();
    [[nodiscard]] int burstMarkers() const { return bursts_; }

Q_SIGNALS:
    // Days since 1970-01-01, inclusive.
    void burstClicked(const QString& channel, qint64 fromDay, qint64 toDay);

private:
    int bursts_ = 0;
};

}  // namespace tw::ui
