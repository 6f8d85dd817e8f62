#pragma once
// Emerging phrases: the phrases whose share rises in a recent window against the weeks before it
// (log-likelihood, minimum support, stop words; optionally one channel), computed in the core on
// a worker. Double-clicking a phrase reads its verbatims of the recent window in the browser.

#include "governance/access_context.h"

#include <optional>
#include "store/phrase_scan.h"

#include <QThreadPool>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tw::ui {

class PhrasesView final : public QWidget {
    Q_OBJECT
public:
    explicit PhrasesView(QWidget* parent = nullptr);
    ~PhrasesView() override;
    void setStore(const QString& path);
    // The signed-in user's access (nothing: a store without users): phrases come only from the
    // verbatims the role may read. Takes effect with the next run.
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    void setWindow(const QDate& since, const QDate& until);
    void run();
    // The browser rule for the phrase in row `row` within the recent window.
    [[nodiscard]] QString ruleForRow(int row) const;
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QLineEdit* channelBox() const { return channel_; }

Q_SIGNALS:
    void finished(int phrases);
    void searchRequested(const QString& rule);

private:
    void showWindow(const QDate& since, const QDate& until);

    bool chosen_ = false;  // a window was set since the store opened
    QDateEdit* since_;
    QDateEdit* until_;
    QLineEdit* channel_;
    QSpinBox* support_;
    QPushButton* run_;
    QLabel* status_;
    QTableWidget* table_;
    QString path_;
    std::optional<core::AccessContext> access_;
    core::PhraseReport report_;
    quint64 generation_ = 0;
    QThreadPool pool_;
};

}  // namespace tw::ui
