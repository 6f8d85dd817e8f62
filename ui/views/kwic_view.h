#pragma once
// The KWIC (keyword in context) view: every match of a rule in the store as one line, its left
// context right-aligned against the match, sortable by date, match, left or right context, and
// exportable as CSV. Double-clicking a line shows the rule's verbatims in the browser.

#include "governance/access_context.h"
#include "store/kwic_query.h"

#include <optional>

#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tw::ui {

class KwicView final : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kMaxLines = 2000;
    explicit KwicView(QWidget* parent = nullptr);
    ~KwicView() override;
    void setStore(const QString& path);
    // The signed-in user's access (nothing: a store without users); lines leave out what the
    // role may only count. Takes effect with the next query.
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    // Runs the rule in the box (checked first: a mistake is shown, nothing runs).
    void run();
    // Writes the lines shown as CSV; false (and a message) when the file cannot be written.
    bool exportCsv(const QString& file);
    [[nodiscard]] QLineEdit* ruleBox() const { return rule_; }
    [[nodiscard]] QComboBox* sortBox() const { return sort_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QLabel* status() const { return status_; }

Q_SIGNALS:
    void finished(int lines);
    void searchRequested(const QString& rule);

private:
    void show(std::vector<core::KwicRow> rows);
    void chooseExport();

    QLineEdit* rule_;
    QSpinBox* width_;
    QComboBox* sort_;
    QPushButton* run_;
    QPushButton* export_;
    QLabel* status_;
    QTableWidget* table_;
    QString path_;
    std::optional<core::AccessContext> access_;
    std::vector<core::KwicRow> rows_;
    quint64 generation_ = 0;
    QThreadPool pool_;
};

}  // namespace tw::ui
