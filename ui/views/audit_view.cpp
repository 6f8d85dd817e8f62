#include "views/audit_view.h"
#include "theme.h"

#include "jobs/worker_pool.h"
#include "store/audit_repository.h"
#include "store/role_reader.h"
#include "util/civil_time.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

namespace tw::ui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

const char* const kActions[] = {"sign_in",         "sign_in_failed",  "user_add",
                                "password_change", "role_grant",      "user_disable",
                                "policy_change",   "open_restricted", "open_restricted_refused",
                                "escalation_move", "export",          "audit_export"};

QString csvField(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

}  // namespace

AuditView::AuditView(QWidget* parent)
    : QWidget(parent),
      actor_(new QLineEdit(this)),
      action_(new QComboBox(this)),
      integrity_(new QLabel(this)),
      status_(new QLabel(this)),
      table_(new QTableWidget(0, 6, this)) {
    auto* filters = new QHBoxLayout;
    actor_->setPlaceholderText(tr("Who (user name)"));
    actor_->setToolTip(tr("Only entries by this user"));
    action_->setToolTip(tr("Only entries of this action"));
    action_->addItem(tr("Every action"), QString());
    for (const char* a : kActions) action_->addItem(auditActionLabel(a), QString::fromLatin1(a));
    auto* verifyButton = new QPushButton(tr("&Verify the chain"), this);
    verifyButton->setToolTip(tr("Recompute every entry's hash and its link to the one before"));
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setToolTip(tr("Save the entries shown as CSV (the export is itself audited)"));
    filters->addWidget(new QLabel(tr("Who"), this));
    filters->addWidget(actor_);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(action_);
    filters->addStretch(1);
    filters->addWidget(verifyButton);
    filters->addWidget(exportButton);
    table_->setHorizontalHeaderLabels(
        {tr("#"), tr("When (UTC)"), tr("Who"), tr("Action"), tr("Concerning"), tr("Detail")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    integrity_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(integrity_);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    connect(actor_, &QLineEdit::editingFinished, this, &AuditView::refresh);
    connect(action_, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                          QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty()) exportTo(file);
    });
    pool_.setMaxThreadCount(1);
}

AuditView::~AuditView() { pool_.waitForDone(); }

void AuditView::setStore(const QString& path) {
    path_ = path;
    table_->setRowCount(0);
    integrity_->clear();
    refresh();
}

void AuditView::refresh() {
    if (path_.isEmpty()) return;
    const int generation = ++generation_;
    core::AuditFilter filter;
    if (!actor_->text().trimmed().isEmpty()) filter.actor = actor_->text().trimmed().toStdString();
    if (!action_->currentData().toString().isEmpty()) filter.action = action_->currentData().toString().toStdString();
    using Entries = core::Result<std::vector<core::AuditEntry>>;
    runAsync<Entries>(
        pool_, this,
        [path = path_.toStdString(), filter, access = access_]() {
            return withThreadStore(path, [&](core::Store& s) -> Entries {
                auto reader = core::RoleReader::open(
                    s, access ? *access : core::AccessContext::of({}, core::Role::Manager, core::Policies::defaults()));
                if (!reader) return reader.error();
                return reader->audit(filter);
            });
        },
        [this, generation](Entries r) {
            if (generation != generation_) return;
            if (!r) {
                entries_.clear();
                table_->setRowCount(0);
                status_->setText(qs(r.error().message));
                Q_EMIT loaded(0);
                return;
            }
            fill(std::move(*r));
        });
}

void AuditView::fill(std::vector<core::AuditEntry> entries) {
    entries_ = std::move(entries);
    table_->setRowCount(static_cast<int>(entries_.size()));
    for (int row = 0; row < static_cast<int>(entries_.size()); ++row) {
        const core::AuditEntry& e = entries_[static_cast<std::size_t>(row)];
        const QStringList cells{QString::number(e.seq),     localTime(e.at), qs(e.actor),
                                auditActionLabel(e.action), qs(e.target),    qs(e.detail)};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
    status_->setText(tr("%n entries", nullptr, static_cast<int>(entries_.size())));
    Q_EMIT loaded(static_cast<int>(entries_.size()));
}

void AuditView::verify() {
    if (path_.isEmpty()) return;
    using Check = core::Result<core::AuditVerification>;
    runAsync<Check>(
        pool_, this,
        [path = path_.toStdString()]() {
            return withThreadStore(path, [&](core::Store& s) { return core::AuditRepository(s).verify(); });
        },
        [this](Check r) {
            if (!r) {
                integrity_->setText(qs(r.error().describe()));
                return;
            }
            if (r->broken) {
                integrity_->setStyleSheet(QStringLiteral("color: %1").arg(errorColour()));
                integrity_->setText(
                    tr("The audit trail is broken at entry %1: %2").arg(r->broken->seq).arg(qs(r->broken->why)));
            } else {
                integrity_->setStyleSheet(QStringLiteral("color: %1").arg(okColour()));
                integrity_->setText(tr("The chain of %1 entries is intact. Its head is %2: note it elsewhere to "
                                       "detect a trail replaced as a whole.")
                                        .arg(r->entries)
                                        .arg(qs(r->headHash)));
            }
            Q_EMIT verified(!r->broken);
        });
}

bool AuditView::exportTo(const QString& file) {
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        status_->setText(tr("Cannot write %1").arg(file));
        return false;
    }
    QTextStream s(&out);
    s << "seq,at,actor,action,target,detail,hash\n";
    for (const core::AuditEntry& e : entries_) {
        s << e.seq << ',' << qs(core::formatIsoUtc(e.at)) << ',' << csvField(qs(e.actor)) << ','
          << csvField(qs(e.action)) << ',' << csvField(qs(e.target)) << ',' << csvField(qs(e.detail)) << ','
          << qs(e.hash) << '\n';
    }
    out.close();
    auto store = core::Store::open(path_.toStdString());
    const std::string who = access_ ? access_->user : qEnvironmentVariable("USER").toStdString();
    if (store) {
        (void)core::AuditRepository(*store).append(
            who, "audit_export", "audit", std::to_string(entries_.size()) + " entries to " + file.toStdString(),
            QDateTime::currentSecsSinceEpoch());
    }
    status_->setText(tr("%n entries exported to %1", nullptr, static_cast<int>(entries_.size())).arg(file));
    return true;
}

}  // namespace tw::ui
