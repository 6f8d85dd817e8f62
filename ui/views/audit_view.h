#pragma once
// The audit trail for the roles allowed to read it: every sign-in, grant, policy change, export,
// escalation transition and opening of a restricted verbatim, filterable by who and what; a
// check of the hash chain that names the first broken link; and an export (itself audited).
// What a role may read is decided by the core (store/role_reader.h). Reads run on a worker thread.

#include "governance/access_context.h"
#include "governance/audit_chain.h"

#include <QThreadPool>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tw::ui {

class AuditView final : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(QWidget* parent = nullptr);
    ~AuditView() override;
    void setStore(const QString& path);
    // Nothing: a store without users, read as a manager would.
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    void refresh();
    void verify();
    // Writes the shown entries as CSV to `file`; the export is audited.
    bool exportTo(const QString& file);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QLabel* status() const { return status_; }
    [[nodiscard]] QLabel* integrity() const { return integrity_; }
    [[nodiscard]] QLineEdit* actorFilter() const { return actor_; }
    [[nodiscard]] QComboBox* actionFilter() const { return action_; }

Q_SIGNALS:
    void loaded(int rows);
    void verified(bool intact);

private:
    void fill(std::vector<core::AuditEntry> entries);

    QString path_;
    std::optional<core::AccessContext> access_;
    QLineEdit* actor_;
    QComboBox* action_;
    QLabel* integrity_;
    QLabel* status_;
    QTableWidget* table_;
    std::vector<core::AuditEntry> entries_;
    int generation_ = 0;
    QThreadPool pool_;
};

}  // namespace tw::ui
