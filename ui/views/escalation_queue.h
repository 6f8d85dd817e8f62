#pragma once
// The escalation queue: every escalation the risk scan opened, sortable by due date and
// severity, overdue ones highlighted, filtered by type, state and assignee; a detail pane with
// the verbatim (personal data redacted, evidence highlighted), why it was flagged and its
// history; actions that move it through the workflow (the core refuses illegal moves and says
// why), and bulk triage of the selected rows. Reads and moves run on a worker thread.

#include "governance/access_context.h"
#include "store/escalation_repository.h"

#include <QThreadPool>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace tw::ui {

class EscalationQueue final : public QWidget {
    Q_OBJECT
public:
    explicit EscalationQueue(QWidget* parent = nullptr);
    ~EscalationQueue() override;
    void setStore(const QString& path);
    void refresh();
    // Shows only this type's open escalations (the dashboard's drill-down); empty: all types.
    void showType(const QString& type);
    // Applies `move` to the selected escalations; returns at once, the result arrives as moved().
    void moveSelected(const core::Move& move);
    void triageSelected();
    // Who acts: the signed-in user on a store with users; the operating-system user otherwise.
    [[nodiscard]] QString actor() const { return actor_; }
    void setActor(const QString& actor);
    // The signed-in user's access (nothing on a store without users): the queue and its moves
    // follow that role's policy (store/role_reader.h). Takes effect with the next refresh.
    void setAccess(std::optional<core::AccessContext> access);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QTextBrowser* detail() const { return detail_; }
    [[nodiscard]] QComboBox* typeFilter() const { return type_; }
    [[nodiscard]] QComboBox* stateFilter() const { return state_; }
    [[nodiscard]] QLabel* summary() const { return summary_; }
    [[nodiscard]] const std::vector<core::Escalation>& rows() const { return rows_; }

Q_SIGNALS:
    void loaded(int rows);
    // After a move: how many were moved and the refusals' messages.
    void moved(int applied, const QStringList& refusals);
    void detailShown(qint64 escalationId);

private:
    void buildActions(QHBoxLayout* bar);
    void fill(std::vector<core::Escalation> rows, const core::EscalationFigures& figures,
              const std::vector<std::string>& assignees);
    void showDetail();
    void updateActions();
    std::vector<std::int64_t> selectedIds() const;
    std::optional<core::Escalation> current() const;
    void askAndMove(core::EscalationState to);
    core::EscalationFilter filter() const;

    QString path_;
    QString actor_;
    std::optional<core::AccessContext> access_;
    QComboBox* type_;
    QComboBox* state_;
    QComboBox* assignee_;
    QCheckBox* overdue_;
    QLabel* actorLabel_;
    QLabel* summary_;
    QTableWidget* table_;
    QTextBrowser* detail_;
    QPushButton* triage_;
    QPushButton* assign_;
    QPushButton* review_;
    QPushButton* action_;
    QPushButton* close_;
    QPushButton* bulkTriage_;
    std::vector<core::Escalation> rows_;
    std::int64_t now_ = 0;
    int generation_ = 0;
    QThreadPool pool_;
};

}  // namespace tw::ui
