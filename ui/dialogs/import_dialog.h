#pragma once
// Import a file into the open store: pick or drop a file, see the first rows and how columns map
// to fields, adjust the mapping, then import on a background thread with progress and cancel.
// The summary lists the quarantined records with their location and reason.

#include "ingest/importer.h"
#include "jobs/progress.h"

#include <QDialog>
#include <QThreadPool>

#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tw::ui {

class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    ImportDialog(QString storePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    void startImport();
    void cancelImport();
    [[nodiscard]] bool isRunning() const { return running_; }
    [[nodiscard]] QTableWidget* previewTable() const { return preview_; }
    [[nodiscard]] QTableWidget* quarantineTable() const { return quarantine_; }
    [[nodiscard]] QLabel* summaryLabel() const { return summary_; }

Q_SIGNALS:
    void previewReady();
    void importFinished(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void reject() override;

private:
    core::ImportOptions options() const;
    void requestPreview();
    void showPreview(const core::FilePreview& p);
    void showReport(const core::ImportReport& r);
    void setRunning(bool running);

    QString storePath_;
    QLineEdit* file_;
    QComboBox* format_;
    QLineEdit* channel_;
    std::map<core::Field, QComboBox*> mapping_;
    QTableWidget* preview_;
    QLabel* info_;
    QProgressBar* progress_;
    QPushButton* importButton_;
    QPushButton* cancelButton_;
    QLabel* summary_;
    QTableWidget* quarantine_;
    bool running_ = false;
    bool updatingMapping_ = false;
    quint64 previewGeneration_ = 0;
    std::shared_ptr<core::CancelToken> cancel_;
    QThreadPool pool_;
};

}  // namespace tw::ui
