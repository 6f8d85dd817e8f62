#include "dialogs/import_dialog.h"

#include "jobs/worker_pool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw::ui {

namespace {
struct PreviewResult {
    core::Result<core::FilePreview> preview = core::makeError("not run");
};
struct ImportResult {
    core::Result<core::ImportReport> report = core::makeError("not run");
    std::vector<core::QuarantineRow> quarantined;
};
const std::vector<std::pair<core::Field, const char*>>& editableFields() {
    static const std::vector<std::pair<core::Field, const char*>> f{
        {core::Field::Text, QT_TRANSLATE_NOOP("tw::ui::ImportDialog", "Text")},
        {core::Field::Date, QT_TRANSLATE_NOOP("tw::ui::ImportDialog", "Date")},
        {core::Field::Channel, QT_TRANSLATE_NOOP("tw::ui::ImportDialog", "Channel")},
        {core::Field::Rating, QT_TRANSLATE_NOOP("tw::ui::ImportDialog", "Rating")},
        {core::Field::Id, QT_TRANSLATE_NOOP("tw::ui::ImportDialog", "Id")},
        {core::Field::Customer, QT_TRANSLATE_NOOP("tw::ui::ImportDialog", "Customer")}};
    return f;
}
// What the preview's headers call a field the file's column is read as.
QString fieldLabel(core::Field field) {
    for (const auto& [f, label] : editableFields())
        if (f == field) return ImportDialog::tr(label);
    if (field == core::Field::Language) return ImportDialog::tr("Language");
    if (field == core::Field::Consent) return ImportDialog::tr("Consent");
    return QString::fromLatin1(core::fieldName(field));
}
}  // namespace

ImportDialog::ImportDialog(QString storePath, QWidget* parent)
    : QDialog(parent),
      storePath_(std::move(storePath)),
      file_(new QLineEdit(this)),
      format_(new QComboBox(this)),
      channel_(new QLineEdit(this)),
      preview_(new QTableWidget(this)),
      info_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      importButton_(new QPushButton(tr("&Import"), this)),
      cancelButton_(new QPushButton(tr("Cancel import"), this)),
      summary_(new QLabel(this)),
      quarantine_(new QTableWidget(this)) {
    setWindowTitle(tr("Import feedback"));
    setAcceptDrops(true);
    pool_.setMaxThreadCount(1);
    resize(900, 640);

    auto* browse = new QPushButton(tr("Browse…"), this);
    file_->setPlaceholderText(tr("Choose a CSV, TSV, JSON Lines, JSON or text file, or drop it here"));
    const std::pair<const char*, QString> formats[] = {
        {"auto", tr("Detect from the file")}, {"csv", tr("CSV")},   {"tsv", tr("TSV (tab-separated)")},
        {"jsonl", tr("JSON Lines")},          {"json", tr("JSON")}, {"text", tr("Plain text, one verbatim per line")}};
    for (const auto& [id, label] : formats) format_->addItem(label, QString::fromLatin1(id));
    channel_->setPlaceholderText(tr("from the file"));
    channel_->setToolTip(tr("A channel for every record (survey, chat, call…) when the file has no channel column"));
    file_->setToolTip(tr("The file to import; its first records are previewed below"));
    format_->setToolTip(tr("How the file is read; detected from its name and first bytes unless chosen"));
    browse->setToolTip(tr("Choose the file to import"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Channel for every record:"), channel_);
    auto* mapRow = new QHBoxLayout;
    for (const auto& [field, label] : editableFields()) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("map_") + QString::fromLatin1(core::fieldName(field)));
        box->setToolTip(tr("The file's column read as %1; detected from its header, or choose another").arg(tr(label)));
        mapRow->addWidget(new QLabel(tr(label), this));
        mapRow->addWidget(box, 1);
        mapping_[field] = box;
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!updatingMapping_) requestPreview();
        });
    }
    form->addRow(tr("Columns:"), mapRow);

    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview_->horizontalHeader()->setDefaultSectionSize(160);
    quarantine_->setColumnCount(2);
    quarantine_->setHorizontalHeaderLabels({tr("Location"), tr("Why it was quarantined")});
    quarantine_->horizontalHeader()->setStretchLastSection(true);
    quarantine_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    quarantine_->setVisible(false);
    progress_->setVisible(false);
    cancelButton_->setVisible(false);
    importButton_->setEnabled(false);
    importButton_->setDefault(true);
    summary_->setWordWrap(true);
    info_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(importButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(cancelButton_, QDialogButtonBox::ActionRole);
    cancelButton_->setVisible(false);  // adding it to the box showed it

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(info_);
    layout->addWidget(preview_, 2);
    layout->addWidget(progress_);
    layout->addWidget(summary_);
    layout->addWidget(quarantine_, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        QString f = QFileDialog::getOpenFileName(
            this, tr("Import feedback"), file_->text(),
            tr("Feedback files (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;All files (*)"));
        if (!f.isEmpty()) setFile(f);
    });
    connect(file_, &QLineEdit::editingFinished, this, &ImportDialog::requestPreview);
    connect(format_, &QComboBox::currentIndexChanged, this, [this] {
        for (auto& [f, box] : mapping_) {
            updatingMapping_ = true;
            box->clear();
            updatingMapping_ = false;
        }
        requestPreview();
    });
    connect(channel_, &QLineEdit::editingFinished, this, &ImportDialog::requestPreview);
    connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(cancelButton_, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog() {
    if (cancel_) cancel_->cancel();
    pool_.waitForDone();
}

void ImportDialog::setFile(const QString& path) {
    file_->setText(path);
    for (auto& [f, box] : mapping_) {
        updatingMapping_ = true;
        box->clear();
        updatingMapping_ = false;
    }
    requestPreview();
}

core::ImportOptions ImportDialog::options() const {
    core::ImportOptions o;
    o.format = format_->currentData().toString().toStdString();
    if (!channel_->text().trimmed().isEmpty()) o.channel = channel_->text().trimmed().toStdString();
    std::string spec;
    for (const auto& [field, box] : mapping_) {
        if (box->count() == 0) continue;  // not chosen yet: keep the guess
        if (!spec.empty()) spec += ',';
        spec += std::string(core::fieldName(field)) + "=" +
                (box->currentIndex() <= 0 ? "" : box->currentText().toStdString());
    }
    o.map = spec;
    return o;
}

void ImportDialog::requestPreview() {
    if (file_->text().isEmpty() || running_) return;
    const quint64 gen = ++previewGeneration_;
    std::string path = file_->text().toStdString();
    core::ImportOptions o = options();
    info_->setText(tr("Reading the start of the file…"));
    runAsync<PreviewResult>(
        pool_, this, [path, o] { return PreviewResult{core::previewFile(path, o, 20)}; },
        [this, gen](PreviewResult r) {
            if (gen != previewGeneration_) return;
            if (!r.preview) {
                info_->setText(QStringLiteral("<span style='color:#b00'>%1</span>")
                                   .arg(QString::fromStdString(r.preview.error().describe()).toHtmlEscaped()));
                importButton_->setEnabled(false);
                preview_->clear();
                preview_->setRowCount(0);
                preview_->setColumnCount(0);
                Q_EMIT previewReady();
                return;
            }
            showPreview(*r.preview);
        });
}

void ImportDialog::showPreview(const core::FilePreview& p) {
    const auto& cols = p.columns;
    updatingMapping_ = true;
    for (const auto& [field, box] : mapping_) {
        if (box->count() != static_cast<int>(cols.size()) + 1) {
            box->clear();
            box->addItem(tr("(none)"));
            for (const auto& c : cols) box->addItem(QString::fromStdString(c));
        }
        const std::string* col = p.mapping.column(field);
        box->setCurrentIndex(col ? box->findText(QString::fromStdString(*col)) : 0);
    }
    updatingMapping_ = false;
    preview_->clear();
    preview_->setColumnCount(static_cast<int>(cols.size()));
    preview_->setRowCount(static_cast<int>(p.rows.size()));
    QStringList headers;
    for (const auto& c : cols) {
        QString h = QString::fromStdString(c);
        for (const auto& [field, column] : p.mapping.columns) {
            if (column == c) h += QStringLiteral(" → ") + fieldLabel(field);
        }
        headers << h;
    }
    preview_->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < static_cast<int>(p.rows.size()); ++r) {
        for (int c = 0; c < static_cast<int>(p.rows[static_cast<std::size_t>(r)].size()) && c < preview_->columnCount();
             ++c) {
            QString v = QString::fromStdString(p.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
            preview_->setItem(r, c,
                              new QTableWidgetItem(v.left(300).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "))));
        }
    }
    QString fmt = QString::fromStdString(p.format);
    if (p.format == "csv" || p.format == "tsv") {
        fmt += tr(", delimiter %1")
                   .arg(p.delimiter == '\t' ? tr("tab") : QStringLiteral("'%1'").arg(QLatin1Char(p.delimiter)));
    }
    if (p.format == "text") fmt += tr(", one verbatim per %1").arg(QString::fromStdString(p.textMode));
    bool hasText = p.mapping.column(core::Field::Text) != nullptr;
    info_->setText(tr("Format: %1 · encoding: %2 · %3")
                       .arg(fmt, QString::fromStdString(p.encoding),
                            hasText ? tr("first %n record(s) shown", nullptr, static_cast<int>(p.rows.size()))
                                    : tr("<span style='color:#b00'>choose the column that holds the text</span>")));
    if (!p.problems.empty()) {
        QString list;
        for (const auto& problem : p.problems) {
            list += QStringLiteral("<br>") +
                    QString::fromStdString(problem.location + ": " + problem.reason).toHtmlEscaped();
        }
        info_->setText(info_->text() +
                       tr("<br><span style='color:#a60'>Among the first records, %n will be quarantined:</span>",
                          nullptr, static_cast<int>(p.problems.size())) +
                       list);
    }
    importButton_->setEnabled(hasText || p.format == "jsonl" || p.format == "json");
    Q_EMIT previewReady();
}

void ImportDialog::setRunning(bool running) {
    running_ = running;
    importButton_->setEnabled(!running);
    cancelButton_->setVisible(running);
    progress_->setVisible(true);
    file_->setEnabled(!running);
    format_->setEnabled(!running);
    for (auto& [f, box] : mapping_) box->setEnabled(!running);
}

void ImportDialog::startImport() {
    if (running_ || file_->text().isEmpty()) return;
    setRunning(true);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    summary_->clear();
    quarantine_->setVisible(false);
    cancel_ = std::make_shared<core::CancelToken>();
    auto cancel = cancel_;
    std::string store = storePath_.toStdString(), path = file_->text().toStdString();
    core::ImportOptions o = options();
    QPointer<ImportDialog> self(this);
    runAsync<ImportResult>(
        pool_, this,
        [store, path, o, cancel, self]() {
            ImportResult r;
            auto s = core::Store::open(store);  // this worker's own writer connection
            if (!s) {
                r.report = s.error();
                return r;
            }
            r.report = core::importFile(
                *s, path, o,
                [self](const core::Progress& p) {
                    if (!p.totalBytes) return;
                    int value =
                        static_cast<int>(1000.0 * static_cast<double>(p.bytes) / static_cast<double>(p.totalBytes));
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, value, records = p.records] {
                            if (!self) return;
                            self->progress_->setValue(value);
                            self->summary_->setText(tr("%L1 records read…").arg(records));
                        },
                        Qt::QueuedConnection);
                },
                cancel.get());
            if (r.report) {
                auto q = s->quarantine(r.report->runId, 500);
                if (q) r.quarantined = std::move(q.value());
            }
            return r;
        },
        [this](ImportResult r) {
            setRunning(false);
            if (!r.report) {
                summary_->setText(QStringLiteral("<span style='color:#b00'>%1</span>")
                                      .arg(QString::fromStdString(r.report.error().describe()).toHtmlEscaped()));
                Q_EMIT importFinished(false);
                return;
            }
            progress_->setValue(1000);
            showReport(*r.report);
            quarantine_->setRowCount(static_cast<int>(r.quarantined.size()));
            for (int i = 0; i < static_cast<int>(r.quarantined.size()); ++i) {
                const auto& q = r.quarantined[static_cast<std::size_t>(i)];
                quarantine_->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(q.location)));
                auto* reason = new QTableWidgetItem(QString::fromStdString(q.reason));
                reason->setToolTip(QString::fromStdString(q.raw.substr(0, 2000)));
                quarantine_->setItem(i, 1, reason);
            }
            quarantine_->setVisible(!r.quarantined.empty());
            Q_EMIT importFinished(true);
        });
}

void ImportDialog::showReport(const core::ImportReport& r) {
    const auto& c = r.counters;
    QString text = r.cancelled
                       ? tr("Cancelled. What was imported is kept; import the same file again to continue.<br>")
                       : (r.resumed ? tr("Resumed an earlier, unfinished import of this file.<br>") : QString());
    text += tr("Read %L1 · stored %L2 · duplicates %L3 · quarantined %L4")
                .arg(c.read)
                .arg(c.stored)
                .arg(c.duplicates)
                .arg(c.quarantined);
    if (c.quarantined) text += tr("<br>Quarantined records are listed below; hover a reason to see the record.");
    summary_->setText(text);
}

void ImportDialog::cancelImport() {
    if (cancel_) cancel_->cancel();
}

void ImportDialog::reject() {
    if (running_) {
        cancelImport();
        return;  // closes once the job has stopped; the summary says so
    }
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls() && !running_) e->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* e) {
    const auto urls = e->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) setFile(urls.first().toLocalFile());
}

}  // namespace tw::ui
