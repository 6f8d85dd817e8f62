#pragma once
// Count axes with whole-number ticks: a value axis labelled "%d" otherwise shows "0 0 1 1 2" when
// its range is small.

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

}  // namespace tw::ui
