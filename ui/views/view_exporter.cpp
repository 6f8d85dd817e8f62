#include "views/view_exporter.h"

#include "jobs/worker_pool.h"
#include "store/role_reader.h"
#include "store/view_export.h"

#include <QDir>
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
                tr("Exported %1 verbatims to %2")
                    .arg(QLocale().toString(static_cast<qlonglong>(o.done.written)), QDir::toNativeSeparators(file));
            if (o.done.countedOnly > 0)
                message += tr(" (%1 restricted ones your role may only count were left out)")
                               .arg(QLocale().toString(static_cast<qlonglong>(o.done.countedOnly)));
            Q_EMIT finished(true, message);
        });
}

}  // namespace tw::ui
