#pragma once
// The PDF report of a filter (core/report/report_data.h): a cover with who it is for and the
// filters used, key figures, the sentiment charts, top categories, emerging issues, the
// escalation queue's figures and sample verbatims as the role reads them. Laid out by
// QTextDocument on A4, with the charts drawn by Qt Charts; text stays text (searchable, and
// readable by pdftotext). Needs a QApplication (any platform, offscreen included), on its thread.

#include "report/report_data.h"
#include "util/result.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace tw::ui {

// Lays the report out in `doc`, its charts as the document's image resources `imageWidth` wide
// (the page's text width, in the document's units).
void buildReportDocument(const core::ReportData& data, QTextDocument& doc, int imageWidth);

// Writes the PDF beside `path` and moves it there when complete.
core::Status writePdfReport(const core::ReportData& data, const QString& path);

}  // namespace tw::ui
