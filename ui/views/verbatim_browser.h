#pragma once
// The verbatim browser: a search box that takes the rule language (checked as you type, errors at
// line:column), a table over the windowed model, and a detail pane with the selected verbatim's
// full text, the search's matches and the words that moved its score highlighted, its
// categories and metadata.

#include "rules/matcher.h"
#include "store/verbatim.h"
#include "store/verbatim_reader.h"

#include <QPushButton>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace tw::ui {

class VerbatimTableModel;
class ViewExporter;

class VerbatimBrowser final : public QWidget {
    Q_OBJECT
public:
    explicit VerbatimBrowser(QWidget* parent = nullptr);
    void setStore(const QString& path);
    void refresh();
    // Shows only the verbatims of a dashboard selection (channel, label, period), with a chip
    // that says so and clears it; the search box still narrows within it.
    void applyFilter(const core::BrowseFilter& filter, const QString& description);
    void clearFilter();
    // Shows a saved view's filter: its rule in the search box, the rest behind a chip that says
    // `description` (or the view's name) and clears it.
    void showView(const core::BrowseFilter& filter, const QString& description);
    // The chip's text while a filter beyond the search box is on, else empty.
    [[nodiscard]] QString filterDescription() const;
    [[nodiscard]] VerbatimTableModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    [[nodiscard]] QLineEdit* searchBox() const { return search_; }
    [[nodiscard]] QTextBrowser* detail() const { return detail_; }
    [[nodiscard]] QLabel* countLabel() const { return count_; }
    [[nodiscard]] QLabel* ruleError() const { return ruleError_; }
    // Sets the search box's rule and applies it at once (the KWIC view and the phrase list use it).
    void search(const QString& rule);
    // For a role that reads restricted text in full with a reason (a legal reviewer): opens the
    // selected verbatim through the core, which audits the opening with `reason`.
    void readInFull(const QString& reason);
    [[nodiscard]] QPushButton* readInFullButton() const { return readFull_; }
    // Asks for a file and exports what the table shows: its filter and search, as the role reads it.
    void chooseExport();
    // Asks for a file and writes the PDF report of what the table shows.
    void chooseReport();
    [[nodiscard]] ViewExporter* exporter() const { return exporter_; }
    [[nodiscard]] QToolButton* exportButton() const { return exportButton_; }
    // What the browser says instead of an empty table (no verbatims, nothing matches), or null
    // while the table is shown.
    [[nodiscard]] QLabel* emptyState() const;

Q_SIGNALS:
    void countChanged(qint64 count);
    void openedInFull(qint64 id);
    void exported(const QString& message);

private:
    QString highlightedText(const core::Verbatim& v) const;
    QString explanationList(const core::Verbatim& v) const;
    void applySearch();
    void showDetail();
    void showEmptyState(qint64 total, qint64 countedOnly);

    VerbatimTableModel* model_;
    QLineEdit* search_;
    QLabel* count_;
    QLabel* ruleError_;
    std::unique_ptr<core::RuleSet> rule_;  // the search box's rule, compiled, for highlighting
    QLabel* chip_;
    QToolButton* clearChip_;
    QTableView* table_;
    QTextBrowser* detail_;
    QPushButton* readFull_;
    QTimer* debounce_;
    ViewExporter* exporter_;
    QToolButton* exportButton_;
    QLabel* empty_;
    QThreadPool pool_;
    int keepRow_ = -1;  // the current row kept across a preview-to-index swap
};

}  // namespace tw::ui
