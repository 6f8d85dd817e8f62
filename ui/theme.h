#pragma once
// Light and dark: the workbench follows the system's palette unless the user chose Light or Dark
// (Views > Theme, kept in the settings). The few colours our views draw themselves (filter chips,
// errors, charts) come from here so that they read on either.

#include <QColor>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QWidget;
QT_END_NAMESPACE

namespace tw::ui {

enum class ThemeChoice { System, Light, Dark };

ThemeChoice savedTheme();
void saveTheme(ThemeChoice choice);
// System keeps the platform's style and palette; Light and Dark use Fusion with a palette of ours.
void applyTheme(ThemeChoice choice);
// Whether the application's palette is dark now (a dark system theme, or Dark chosen).
bool isDarkTheme();

QString errorColour();     // for error text, readable on the window's background
QString okColour();        // for good news (a verified audit trail)
QString chipStyleSheet();  // the browser's filter chip
// Gives `widget` the style sheet `sheet` makes now, and again whenever the theme changes, so that
// colours chosen for the palette follow a change of theme at once.
void followTheme(QWidget* widget, std::function<QString()> sheet);
// A chart's background, title, legend and axes in the palette's colours (on a dark theme).
void themeChart(QChart* chart);

}  // namespace tw::ui
