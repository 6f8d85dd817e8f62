#pragma once
// Count axes with whole-number ticks: a value axis labelled "%d" otherwise shows "0 0 1 1 2" when
// its range is small.

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tw::ui {

inline void useCountTicks(QValueAxis* axis, double max) {
    const double step = std::max(1.0, std::ceil(max / 5.0));
    axis->setRange(0, std::max(step, std::ceil(max / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

// A bar chart's axes: its categories along one side (left for horizontal bars, bottom for
// vertical ones) and whole-number counts up to `most` along the other.
inline void addBarAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, double most,
                       Qt::Orientation bars) {
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    auto* counts = new QValueAxis;
    useCountTicks(counts, most);
    const bool horizontal = bars == Qt::Horizontal;
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(names);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(counts);
}

}  // namespace tw::ui
