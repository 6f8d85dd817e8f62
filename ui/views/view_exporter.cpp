#include "views/view_exporter.h"

#include "jobs/worker_pool.h"
#include "report/pdf_report.h"
#include "report/report_data.h"
#include "store/role_reader.h"
#include "store/view_export.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QStandardPaths>

namespace tw::ui {

namespace {

struct Outcome {
    bool ok = false;
    core::ViewExport done;
    QString error;
};

// On a store without users yet, exports are a manager's, named after the desktop user (as the CLI).
core::AccessContext actingAs(const std::optional<core::AccessContext>& access) {
    if (access) return *access;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("local user"));
    return core::AccessContext::of(user.toStdString(), core::Role::Manager, core::Policies::defaults());
}

}  // namespace

ViewExporter::ViewExporter(QObject* parent) : QObject(parent) { pool_.setMaxThreadCount(1); }

ViewExporter::~ViewExporter() { pool_.waitForDone(); }

bool ViewExporter::chooseAndExport(QWidget* dialogParent, const QString& storePath, const core::BrowseFilter& filter,
                                   const std::optional<core::AccessContext>& access) {
    const QString csv = tr("CSV (*.csv)"), xlsx = tr("Excel workbook (*.xlsx)"), jsonl = tr("JSON Lines (*.jsonl)");
    QString chosen = xlsx;
    QString file =
        QFileDialog::getSaveFileName(dialogParent, tr("Export Verbatims"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QStringLiteral("verbatims.xlsx")),
                                     QStringList{xlsx, csv, jsonl}.join(QStringLiteral(";;")), &chosen);
    if (file.isEmpty()) return false;
    // The extension decides the format; one the dialog's type adds when the name has none.
    if (!core::exportFormatFromPath(file.toStdString()))
        file += chosen == csv     ? QStringLiteral(".csv")
                : chosen == jsonl ? QStringLiteral(".jsonl")
                                  : QStringLiteral(".xlsx");
    exportTo(file, storePath, filter, access);
    return true;
}

void ViewExporter::exportTo(const QString& file, const QString& storePath, const core::BrowseFilter& filter,
                            const std::optional<core::AccessContext>& access) {
    busy_ = true;
    runAsync<Outcome>(
        pool_, this,
        [file = file.toStdString(), path = storePath.toStdString(), filter, who = actingAs(access)]() -> Outcome {
            const auto format = core::exportFormatFromPath(file).value_or(core::ExportFormat::Csv);
            auto store = core::Store::open(path);  // read-write: the export is audited
            if (!store) return {false, {}, QString::fromStdString(store.error().describe())};
            auto reader = core::RoleReader::open(*store, who);
            if (!reader) return {false, {}, QString::fromStdString(reader.error().describe())};
            auto writer = core::VerbatimWriter::toFile(format, file);
            if (!writer) return {false, {}, QString::fromStdString(writer.error().describe())};
            auto done = core::exportView(*reader, filter, **writer, file);
            if (!done) return {false, {}, QString::fromStdString(done.error().describe())};
            return {true, *done, {}};
        },
        [this, file](Outcome o) {
            busy_ = false;
            if (!o.ok) {
                Q_EMIT finished(false, tr("Nothing was exported: %1").arg(o.error));
                return;
            }
            QString message =
                tr("Exported %L1 verbatims to %2")
                    .arg(QLocale().toString(static_cast<qlonglong>(o.done.written)), QDir::toNativeSeparators(file));
            if (o.done.countedOnly > 0)
                message += tr(" (%L1 restricted ones your role may only count were left out)")
                               .arg(QLocale().toString(static_cast<qlonglong>(o.done.countedOnly)));
            Q_EMIT finished(true, message);
        });
}

bool ViewExporter::chooseAndReport(QWidget* dialogParent, const QString& storePath, const core::BrowseFilter& filter,
                                   const std::optional<core::AccessContext>& access) {
    QString file =
        QFileDialog::getSaveFileName(dialogParent, tr("Export Report"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QStringLiteral("report.pdf")),
                                     tr("PDF (*.pdf)"));
    if (file.isEmpty()) return false;
    if (!file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) file += QStringLiteral(".pdf");
    reportTo(file, storePath, filter, access);
    return true;
}

void ViewExporter::reportTo(const QString& file, const QString& storePath, const core::BrowseFilter& filter,
                            const std::optional<core::AccessContext>& access) {
    busy_ = true;
    using Gathered = core::Result<core::ReportData>;
    runAsync<Gathered>(
        pool_, this,
        [path = storePath.toStdString(), filter, who = actingAs(access)]() -> Gathered {
            auto store = core::Store::open(path);
            if (!store) return store.error();
            auto reader = core::RoleReader::open(*store, who);
            if (!reader) return reader.error();
            return core::gatherReport(*reader, filter, QDateTime::currentSecsSinceEpoch());
        },
        [this, file, path = storePath](Gathered data) {
            busy_ = false;
            if (!data) {
                Q_EMIT finished(false,
                                tr("No report was written: %1").arg(QString::fromStdString(data.error().describe())));
                return;
            }
            // Charts are drawn on the GUI thread; a report of a few pages takes a fraction of a second.
            if (auto st = writePdfReport(*data, file); !st) {
                Q_EMIT finished(false,
                                tr("No report was written: %1").arg(QString::fromStdString(st.error().describe())));
                return;
            }
            // A report that cannot be audited is not kept.
            auto store = core::Store::open(path.toStdString());
            auto audited =
                store ? core::auditReport(*store, *data, file.toStdString(), QDateTime::currentSecsSinceEpoch())
                      : core::Status(store.error());
            if (!audited) {
                QFile::remove(file);
                Q_EMIT finished(false, tr("No report was kept: it could not be audited (%1)")
                                           .arg(QString::fromStdString(audited.error().describe())));
                return;
            }
            Q_EMIT finished(true, tr("Wrote the report of %L1 verbatims to %2")
                                      .arg(QLocale().toString(static_cast<qlonglong>(data->figures.total)),
                                           QDir::toNativeSeparators(file)));
        });
}

}  // namespace tw::ui
