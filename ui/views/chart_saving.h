#pragma once
// Charts saved as pictures for slides and documents: PNG (at twice the screen's pixels) or SVG
// (vector, through Qt SVG), by the file's extension. Every chart view offers it on its context
// menu ("Save Chart As…").

#include "util/result.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace tw::ui {

// Writes what `view` shows to `path` (.png or .svg), beside it first and renamed when complete.
core::Status saveChart(QChartView* view, const QString& path);

// Adds "Save Chart As…" to `view`'s context menu.
void offerChartSaving(QChartView* view);

}  // namespace tw::ui
