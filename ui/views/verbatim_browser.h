#pragma once
// The verbatim browser: a search box (the store's full-text search), a table over the windowed
// model, and a detail pane with the selected verbatim's full text and metadata.

#include "store/verbatim.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace tw::ui {

class VerbatimTableModel;

class VerbatimBrowser final : public QWidget {
    Q_OBJECT
public:
    explicit VerbatimBrowser(QWidget* parent = nullptr);
    void setStore(const QString& path);
    void refresh();
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
    QTableView* table_;
    QTextBrowser* detail_;
    QTimer* debounce_;
};

}  // namespace tw::ui
