#include "views/chart_saving.h"

#include "util/replacing_file.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace tw::ui {

namespace {
// The translation context of this file's free functions (lupdate reads it from here).
struct ChartSaving {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::ChartSaving)
};
}  // namespace

core::Status saveChart(QChartView* view, const QString& path) {
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    if (!svg && !path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        return core::makeError("save a chart as .png or .svg", path.toStdString());
    auto target = core::ReplacingFile::create(path.toStdString());
    if (!target) return target.error();
    const QString temporary = QString::fromStdString(target->temporaryPath());
    const QSize size = view->size();
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(temporary);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(view->chart() ? view->chart()->title() : QString());
        generator.setDescription(QStringLiteral("Tidewatch"));
        QPainter painter;
        if (!painter.begin(&generator)) return core::makeError("could not write the SVG", path.toStdString());
        view->render(&painter);
        painter.end();
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
        painter.end();
        if (!image.save(temporary, "PNG")) return core::makeError("could not write the PNG", path.toStdString());
    }
    return target->commit();
}

void offerChartSaving(QChartView* view) {
    auto* save = new QAction(ChartSaving::tr("Save Chart As…"), view);
    save->setToolTip(ChartSaving::tr("This chart as a PNG picture or an SVG drawing"));
    view->addAction(save);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(save, &QAction::triggered, view, [view] {
        const QString png = ChartSaving::tr("PNG picture (*.png)"), svg = ChartSaving::tr("SVG drawing (*.svg)");
        QString chosen = png;
        const QString title =
            view->chart() && !view->chart()->title().isEmpty() ? view->chart()->title() : QStringLiteral("chart");
        QString file =
            QFileDialog::getSaveFileName(view, ChartSaving::tr("Save Chart As"),
                                         QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                             .filePath(title + QStringLiteral(".png")),
                                         png + QStringLiteral(";;") + svg, &chosen);
        if (file.isEmpty()) return;
        if (!file.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) &&
            !file.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
            file += chosen == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
        if (auto st = saveChart(view, file); !st)
            QMessageBox::warning(view, ChartSaving::tr("Save Chart As"), QString::fromStdString(st.error().describe()));
    });
}

}  // namespace tw::ui
