#include "theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <vector>

namespace tw::ui {

namespace {

// What the platform gave before any choice of ours, to go back to on "System".
struct PlatformLook {
    QString style;
    QPalette palette;
};

PlatformLook& platformLook() {
    static PlatformLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                             QApplication::palette()};
    return look;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x6e, 0xa5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xa6));  // secondary text reads on dark too
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x86, 0x8b));
    return p;
}

// The widgets whose style sheets follow the theme, each with what makes its sheet.
struct Follower {
    QPointer<QWidget> widget;
    std::function<QString()> sheet;
};
std::vector<Follower>& followers() {
    static std::vector<Follower> all;
    return all;
}

// Gives every live follower its sheet for the palette now, forgetting the ones destroyed.
void restyleFollowers() {
    auto& all = followers();
    std::erase_if(all, [](const Follower& f) { return f.widget.isNull(); });
    for (const Follower& f : all) f.widget->setStyleSheet(f.sheet());
}

}  // namespace

void followTheme(QWidget* widget, std::function<QString()> sheet) {
    widget->setStyleSheet(sheet());
    followers().push_back({widget, std::move(sheet)});
}

ThemeChoice savedTheme() {
    const QString v = QSettings().value(QStringLiteral("ui/theme")).toString();
    return v == QLatin1String("light")  ? ThemeChoice::Light
           : v == QLatin1String("dark") ? ThemeChoice::Dark
                                        : ThemeChoice::System;
}

void saveTheme(ThemeChoice choice) {
    QSettings().setValue(QStringLiteral("ui/theme"), choice == ThemeChoice::Light  ? QStringLiteral("light")
                                                     : choice == ThemeChoice::Dark ? QStringLiteral("dark")
                                                                                   : QStringLiteral("system"));
}

void applyTheme(ThemeChoice choice) {
    const PlatformLook& platform = platformLook();
    if (choice == ThemeChoice::System) {
        if (!platform.style.isEmpty()) QApplication::setStyle(platform.style);
        QApplication::setPalette(platform.palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(choice == ThemeChoice::Dark ? darkPalette()
                                                             : QApplication::style()->standardPalette());
    }
    restyleFollowers();
}

bool isDarkTheme() { return QApplication::palette().color(QPalette::Window).lightness() < 128; }

QString errorColour() { return isDarkTheme() ? QStringLiteral("#ff7b7b") : QStringLiteral("#b02020"); }

QString okColour() { return isDarkTheme() ? QStringLiteral("#7bd88f") : QStringLiteral("#1b5e20"); }

QString chipStyleSheet() {
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 8px; }")
        .arg(isDarkTheme() ? QStringLiteral("#2b4a6b") : QStringLiteral("#dde8f6"),
             QApplication::palette().color(QPalette::Text).name());
}

void themeChart(QChart* chart) {
    if (!chart) return;
    const QPalette p = QApplication::palette();
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setTitleBrush(p.brush(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setTitleBrush(p.brush(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
}

}  // namespace tw::ui
