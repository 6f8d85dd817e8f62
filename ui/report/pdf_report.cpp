#include "report/pdf_report.h"

#include "util/civil_time.h"
#include "util/replacing_file.h"
#include "views/chart_axes.h"
#include "views/sentiment_charts.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegendMarker>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace tw::ui {

namespace {

// The translation context of this file's free functions (lupdate reads it from here).
struct PdfReport {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::PdfReport)
};
QString reportTitle(const std::string& store) {
    return PdfReport::tr("Customer feedback report: %1").arg(QString::fromStdString(store));
}
QString roleText(const std::string& role) {
    const auto known = core::roleFromName(role);
    return known ? roleLabel(*known) : QString::fromStdString(role);
}
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }
QString number(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }
QString percent(double share) { return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %"); }
QString share(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? percent(static_cast<double>(part) / static_cast<double>(whole)) : QStringLiteral("—");
}
QString day(std::int64_t unixSeconds) { return QString::fromStdString(core::formatIsoDate(unixSeconds)); }

// Draws `chart` (taking it) into an image of `size` points at twice the resolution.
QImage render(QChart* chart, QSize size) {
    QGraphicsScene scene;
    scene.addItem(chart);  // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->setAnimationOptions(QChart::NoAnimation);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size * 2), QRectF(QPointF(0, 0), size));
    return image;
}

QChart* categoryChart(const std::vector<core::CategoryCount>& categories) {
    auto* set = new QBarSet(PdfReport::tr("verbatims"));
    set->setColor(QColor(0x3b, 0x6e, 0xa5));
    QStringList names;
    double most = 0;
    // Horizontal bars run bottom-up: the biggest category last, so that it is drawn on top.
    for (auto it = categories.rbegin(); it != categories.rend(); ++it) {
        names << QString::fromStdString(it->path);
        *set << static_cast<double>(it->verbatims);
        most = std::max(most, static_cast<double>(it->verbatims));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(PdfReport::tr("Top categories"));
    addBarAxes(chart, series, names, most, Qt::Horizontal);
    chart->legend()->setVisible(false);
    return chart;
}

// The dashboard's line chart, without what only the dashboard does (clicking a month).
QChart* monthChart(const std::vector<core::MonthSentiment>& months) {
    const MonthChart chart = buildMonthChart(months);
    for (auto* marker : chart.chart->legend()->markers(chart.points)) marker->setVisible(false);
    return chart.chart;
}

QString row(const QStringList& cells, bool header = false) {
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& c : cells) html += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList& header, const QList<QStringList>& rows) {
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' width='100%'>");
    html += row(header, true);
    for (const auto& r : rows) html += row(r);
    return html + QStringLiteral("</table>");
}

QString cover(const core::ReportData& d) {
    QString html = QStringLiteral("<p style='font-size: 26pt; font-weight: bold; color: #1f4e79'>%1</p>")
                       .arg(PdfReport::tr("Customer feedback report"));
    QString headline = PdfReport::tr("%1 verbatims").arg(number(d.figures.total));
    if (d.figures.first && d.figures.last)
        headline += QStringLiteral(" · ") + day(*d.figures.first) + QStringLiteral(" – ") + day(*d.figures.last);
    if (d.figures.analysed > 0)
        headline +=
            QStringLiteral(" · ") + PdfReport::tr("%1 negative").arg(share(d.figures.negative, d.figures.analysed));
    html += QStringLiteral("<p style='font-size: 14pt; color: #444'>%1</p><hr>").arg(headline);
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PdfReport::tr("Store:"), esc(d.store));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PdfReport::tr("Filters used:"), esc(d.filter));
    html += QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                .arg(PdfReport::tr("Prepared for:"), esc(d.user), roleText(d.role).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(PdfReport::tr("Generated:"),
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(d.generatedAt), QLocale::LongFormat));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(PdfReport::tr("This report holds what this role may see, as its lists show it: personal data as type "
                               "tags such as [EMAIL] wherever the role reads redacted text, and verbatims with a "
                               "restricted flag counted, never quoted, where the role may only count them."));
    return html;
}

QString keyFigures(const core::ReportData& d) {
    const auto& f = d.figures;
    QList<QStringList> rows;
    rows << QStringList{PdfReport::tr("Verbatims"), number(f.total)};
    if (f.first && f.last)
        rows << QStringList{PdfReport::tr("Dates"), day(*f.first) + QStringLiteral(" – ") + day(*f.last)};
    rows << QStringList{PdfReport::tr("Analysed"),
                        number(f.analysed) + QStringLiteral(" (") + share(f.analysed, f.total) + QStringLiteral(")")};
    rows << QStringList{PdfReport::tr("Mean sentiment (−1 to 1)"),
                        f.analysed ? QLocale().toString(f.meanSentiment, 'f', 2) : QStringLiteral("—")};
    rows << QStringList{PdfReport::tr("Negative"), share(f.negative, f.analysed)};
    rows << QStringList{PdfReport::tr("Positive"), share(f.positive, f.analysed)};
    rows << QStringList{PdfReport::tr("Mixed"), share(f.mixed, f.analysed)};
    rows << QStringList{PdfReport::tr("Customers who had to make an effort"), share(f.effort, f.analysed)};
    rows << QStringList{PdfReport::tr("Mean intensity (0 to 1)"),
                        f.analysed ? QLocale().toString(f.meanIntensity, 'f', 2) : QStringLiteral("—")};
    if (d.countedOnly > 0)
        rows << QStringList{PdfReport::tr("Restricted verbatims, counted only"), number(d.countedOnly)};
    return QStringLiteral("<h2>%1</h2>").arg(PdfReport::tr("Key figures")) +
           table({PdfReport::tr("Figure"), PdfReport::tr("Value")}, rows);
}

QString categories(const core::ReportData& d, bool withChart, int imageWidth) {
    QString html = QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(PdfReport::tr("Top categories"));
    if (d.topCategories.empty())
        return html + QStringLiteral("<p>%1</p>").arg(PdfReport::tr("No categorised verbatims."));
    if (withChart) html += QStringLiteral("<p><img src='chart://categories' width='%1'></p>").arg(imageWidth);
    QList<QStringList> rows;
    for (const auto& c : d.topCategories)
        rows << QStringList{esc(c.path), number(c.verbatims), share(c.verbatims, d.figures.total)};
    return html + table({PdfReport::tr("Category"), PdfReport::tr("Verbatims"), PdfReport::tr("Share")}, rows);
}

QString issues(const core::ReportData& d) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(PdfReport::tr("Emerging issues"));
    if (d.issues.empty())
        return html +
               QStringLiteral("<p>%1</p>").arg(PdfReport::tr("No category rose beyond its baseline in these days."));
    QList<QStringList> rows;
    for (const auto& i : d.issues) {
        QStringList channels;
        for (const auto& c : i.channels) channels << esc(c);
        rows << QStringList{esc(i.topic),
                            // ripple, wave or tsunami: the radar's words, translated where it marks them
                            QCoreApplication::translate("TrendClass", i.kind.c_str()).toHtmlEscaped(),
                            day(i.firstDay * 86400) + QStringLiteral(" – ") + day(i.lastDay * 86400),
                            channels.join(QStringLiteral(", ")), number(i.observed),
                            QStringLiteral("×") + QLocale().toString(i.growth, 'f', 1), percent(i.negativeShare)};
    }
    return html +
           table({PdfReport::tr("Topic"), PdfReport::tr("Kind"), PdfReport::tr("Days"), PdfReport::tr("Channels"),
                  PdfReport::tr("Mentions"), PdfReport::tr("Growth"), PdfReport::tr("Negative")},
                 rows);
}

QString escalations(const core::ReportData& d) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(PdfReport::tr("Escalations"));
    if (!d.escalations)
        return html + QStringLiteral("<p>%1</p>").arg(PdfReport::tr("This role has no escalation queue."));
    QList<QStringList> rows;
    auto add = [&](const core::EscalationTypeFigures& t, const QString& name) {
        rows << QStringList{
            name,
            number(t.open),
            number(t.overdue),
            number(t.actioned),
            number(t.closedNoAction),
            t.medianHoursToAction ? QLocale().toString(*t.medianHoursToAction, 'f', 1) : QStringLiteral("—")};
    };
    for (const auto& t : d.escalations->types) add(t, escalationTypeLabel(t.type).toHtmlEscaped());
    add(d.escalations->total, QStringLiteral("<b>%1</b>").arg(PdfReport::tr("all")));
    return html +
           table({PdfReport::tr("Type"), PdfReport::tr("Open"), PdfReport::tr("Overdue"), PdfReport::tr("Actioned"),
                  PdfReport::tr("Closed, no action"), PdfReport::tr("Median hours to action")},
                 rows);
}

QString samples(const core::ReportData& d) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(PdfReport::tr("Sample verbatims"));
    auto list = [&](const std::vector<core::Verbatim>& vs, const QString& title) {
        if (vs.empty()) return QString();
        QString part = QStringLiteral("<h3>%1</h3>").arg(title);
        for (const auto& v : vs) {
            part += QStringLiteral("<p><i>#%1 · %2 · %3 · %4</i><br>%5</p>")
                        .arg(v.id)
                        .arg(v.createdAt ? day(*v.createdAt) : PdfReport::tr("undated"), esc(v.channel),
                             QLocale().toString(v.sentiment.value_or(0.0), 'f', 2), esc(v.text));
        }
        return part;
    };
    const QString body =
        list(d.mostNegative, PdfReport::tr("Most negative")) + list(d.mostPositive, PdfReport::tr("Most positive"));
    return html +
           (body.isEmpty() ? QStringLiteral("<p>%1</p>").arg(PdfReport::tr("No analysed verbatims to quote.")) : body);
}

}  // namespace

void buildReportDocument(const core::ReportData& d, QTextDocument& doc, int imageWidth) {
    const QSize chartSize(900, 400);
    const bool charts = d.figures.total > 0;
    if (charts) {
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://channels")),
                        render(buildChannelChart(d.figures.channels).chart, chartSize));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://months")),
                        render(monthChart(d.figures.months), chartSize));
    }
    if (!d.topCategories.empty()) {
        const int height = 80 + 30 * static_cast<int>(d.topCategories.size());
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://categories")),
                        render(categoryChart(d.topCategories), QSize(chartSize.width(), height)));
    }
    QString html = QStringLiteral("<html><body style='font-family: DejaVu Sans, sans-serif; font-size: 10pt'>");
    html += cover(d);
    html += QStringLiteral("<div style='page-break-before: always'>") + keyFigures(d) + QStringLiteral("</div>");
    if (charts) {
        html += QStringLiteral("<h2>%1</h2>").arg(PdfReport::tr("Sentiment"));
        html += QStringLiteral("<p><img src='chart://channels' width='%1'></p>").arg(imageWidth);
        html += QStringLiteral("<p><img src='chart://months' width='%1'></p>").arg(imageWidth);
    }
    html += categories(d, !d.topCategories.empty(), imageWidth);
    html += issues(d);
    html += escalations(d);
    html += samples(d);
    html += QStringLiteral("</body></html>");
    doc.setHtml(html);
}

core::Status writePdfReport(const core::ReportData& data, const QString& path) {
    auto target = core::ReplacingFile::create(path.toStdString());
    if (!target) return target.error();
    {
        QPdfWriter pdf(QString::fromStdString(target->temporaryPath()));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setResolution(150);
        pdf.setTitle(reportTitle(data.store));
        pdf.setCreator(QStringLiteral("Tidewatch ") + QStringLiteral(TW_VERSION));
        QTextDocument doc;
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        buildReportDocument(data, doc, pdf.width() - 40);
        doc.print(&pdf);
    }
    if (QFileInfo(QString::fromStdString(target->temporaryPath())).size() == 0)
        return core::makeError("could not write the PDF", path.toStdString());
    return target->commit();
}

}  // namespace tw::ui
