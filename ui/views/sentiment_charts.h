#pragma once
// The sentiment charts the dashboard shows and the PDF report prints: labels per channel as
// stacked bars, and the mean and negative share per month as lines.

#include "store/sentiment_aggregates.h"

#include <QColor>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QScatterSeries;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace tw::ui {

// Bar sets in this order: positive, neutral, mixed, negative.
inline constexpr const char* kSentimentLabels[] = {"positive", "neutral", "mixed", "negative"};
QColor sentimentColour(int label);

struct ChannelChart {
    QChart* chart;
    QStackedBarSeries* series;  // one set per label, a bar per channel in the input's order
};
ChannelChart buildChannelChart(const std::vector<core::ChannelSentiment>& channels);

struct MonthChart {
    QChart* chart;
    QLineSeries* mean;
    QScatterSeries* points;  // one per month, on the mean
};
MonthChart buildMonthChart(const std::vector<core::MonthSentiment>& months);

}  // namespace tw::ui
