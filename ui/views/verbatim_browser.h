#pragma once
// The verbatim browser: a search box (the store's full-text search), a table over the windowed
// model, and a detail pane with the selected verbatim's full text and metadata.

#include "store/verbatim.h"
#include "store/verbatim_reader.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace tw::ui {

class VerbatimTableModel;

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
    [[nodiscard]] VerbatimTableModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    [[nodiscard]] QLineEdit* searchBox() const { return search_; }
    [[nodiscard]] QTextBrowser* detail() const { return detail_; }

Q_SIGNALS:
    void countChanged(qint64 count);

private:
    QString highlightedText(const core::Verbatim& v) const;
    QString explanationList(const core::Verbatim& v) const;
    void applySearch();
    void showDetail();

    VerbatimTableModel* model_;
    QLineEdit* search_;
    QLabel* count_;
    QLabel* chip_;
    QToolButton* clearChip_;
    QTableView* table_;
    QTextBrowser* detail_;
    QTimer* debounce_;
};

}  // namespace tw::ui
