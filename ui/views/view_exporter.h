#pragma once
// Exports what the verbatim browser shows (its filter and search, as the signed-in role reads it)
// to a CSV, JSON Lines or XLSX file, or reports on it in a PDF, in the background, through the
// core (store/view_export.h, report/report_data.h): the core decides what the role may export or
// see, and both are audited.

#include "governance/access_context.h"
#include "store/verbatim_reader.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

class QWidget;

namespace tw::ui {

class ViewExporter final : public QObject {
    Q_OBJECT
public:
    explicit ViewExporter(QObject* parent = nullptr);
    ~ViewExporter() override;
    // Asks for a file (its type chooses the format), then exports; false when the user cancelled.
    bool chooseAndExport(QWidget* dialogParent, const QString& storePath, const core::BrowseFilter& filter,
                         const std::optional<core::AccessContext>& access);
    void exportTo(const QString& file, const QString& storePath, const core::BrowseFilter& filter,
                  const std::optional<core::AccessContext>& access);
    // The PDF report of the same filter (ui/report/pdf_report.h): gathered in the background,
    // laid out on this thread.
    bool chooseAndReport(QWidget* dialogParent, const QString& storePath, const core::BrowseFilter& filter,
                         const std::optional<core::AccessContext>& access);
    void reportTo(const QString& file, const QString& storePath, const core::BrowseFilter& filter,
                  const std::optional<core::AccessContext>& access);
    [[nodiscard]] bool busy() const { return busy_; }

Q_SIGNALS:
    // `message` says how many went where, or why nothing was written.
    void finished(bool ok, const QString& message);

private:
    QThreadPool pool_;
    bool busy_ = false;
};

}  // namespace tw::ui
