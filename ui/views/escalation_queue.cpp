#include "views/escalation_queue.h"

#include "store/role_reader.h"
#include "store/trend_alerts.h"
#include "vocabulary.h"

#include "jobs/worker_pool.h"
#include "store/redacted_view.h"
#include "util/civil_time.h"
#include "views/pii_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tw::ui {

namespace {

enum Column { kId, kType, kSeverity, kState, kAssignee, kOpened, kDue, kVerbatim, kColumns };

// Sorts by the value in Qt::UserRole (severity rank, due time) instead of the text.
class RankedItem final : public QTableWidgetItem {
public:
    RankedItem(const QString& text, qint64 rank) : QTableWidgetItem(text) { setData(Qt::UserRole, rank); }
    bool operator<(const QTableWidgetItem& other) const override {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

struct QueueData {
    core::Result<std::vector<core::Escalation>> rows = core::makeError("not run");
    core::Result<core::EscalationFigures> figures = core::makeError("not run");
    core::Result<std::vector<std::string>> assignees = core::makeError("not run");
};

struct DetailData {
    core::Result<std::optional<core::ShownVerbatim>> verbatim = core::makeError("not run");
    core::Result<std::vector<core::EscalationEvent>> history = core::makeError("not run");
};

std::int64_t nowSeconds() { return QDateTime::currentSecsSinceEpoch(); }
QString day(std::int64_t t) { return localDay(t); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

EscalationQueue::EscalationQueue(QWidget* parent)
    : QWidget(parent),
      type_(new QComboBox(this)),
      state_(new QComboBox(this)),
      assignee_(new QComboBox(this)),
      overdue_(new QCheckBox(tr("Overdue only"), this)),
      actorLabel_(new QLabel(this)),
      summary_(new QLabel(this)),
      table_(new QTableWidget(this)),
      detail_(new QTextBrowser(this)),
      triage_(new QPushButton(tr("&Triage"), this)),
      assign_(new QPushButton(tr("A&ssign…"), this)),
      review_(new QPushButton(tr("Start &review"), this)),
      action_(new QPushButton(tr("&Actioned…"), this)),
      close_(new QPushButton(tr("&Close without action…"), this)),
      bulkTriage_(new QPushButton(tr("Triage all selected"), this)) {
    pool_.setMaxThreadCount(1);
    type_->addItem(tr("All types"), QString());
    for (const auto& t : core::EscalationDetector::builtin().types())
        type_->addItem(escalationTypeLabel(t.name), qs(t.name));
    // Opened by the tsunami radar for new waves and tsunamis.
    type_->addItem(escalationTypeLabel(core::kEmergingIssue), QString::fromLatin1(core::kEmergingIssue));
    state_->addItem(tr("Open"), QStringLiteral("open"));
    state_->addItem(tr("All states"), QString());
    for (std::size_t s = 0; s < core::kEscalationStateCount; ++s) {
        const auto state = static_cast<core::EscalationState>(s);
        state_->addItem(escalationStateLabel(state), QString::fromLatin1(core::escalationStateName(state)));
    }
    assignee_->addItem(tr("Anyone"), QString());
    type_->setToolTip(tr("Only escalations of this type"));
    state_->setToolTip(tr("Only escalations in this state; Open is every state before actioned or closed"));
    assignee_->setToolTip(tr("Only escalations assigned to this person"));
    overdue_->setToolTip(tr("Only open escalations past their due date"));
    table_->setColumnCount(kColumns);
    table_->setHorizontalHeaderLabels(
        {tr("ID"), tr("Type"), tr("Severity"), tr("State"), tr("Assignee"), tr("Opened"), tr("Due"), tr("Verbatim")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSortingEnabled(true);
    table_->setToolTip(tr("Click a column to sort; overdue escalations are shown in red"));
    detail_->setOpenLinks(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Type"), this));
    filters->addWidget(type_);
    filters->addWidget(new QLabel(tr("State"), this));
    filters->addWidget(state_);
    filters->addWidget(new QLabel(tr("Assignee"), this));
    filters->addWidget(assignee_);
    filters->addWidget(overdue_);
    filters->addStretch(1);
    filters->addWidget(actorLabel_);
    auto* actions = new QHBoxLayout;
    buildActions(actions);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(detail_, 1);
    rightLayout->addLayout(actions);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table_);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 560});
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(summary_, 1);
    bottom->addWidget(bulkTriage_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    setAccess(std::nullopt);
    for (QComboBox* c : {type_, state_, assignee_}) {
        connect(c, &QComboBox::currentIndexChanged, this, &EscalationQueue::refresh);
    }
    connect(overdue_, &QCheckBox::toggled, this, &EscalationQueue::refresh);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        showDetail();
        updateActions();
    });
    summary_->setText(tr("Open a store to see its escalations."));
    updateActions();
}

EscalationQueue::~EscalationQueue() {
    pool_.clear();
    pool_.waitForDone();
}

void EscalationQueue::buildActions(QHBoxLayout* bar) {
    triage_->setToolTip(tr("Confirm the flag is worth acting on (new → triaged)"));
    assign_->setToolTip(tr("Give it to someone (triaged → assigned), or hand it to someone else"));
    review_->setToolTip(tr("The assignee is working on it (assigned → in review)"));
    action_->setToolTip(tr("Reported, customer contacted or fixed, with a note (in review → actioned)"));
    close_->setToolTip(tr("Nothing to do, with a note saying why"));
    bulkTriage_->setToolTip(tr("Triage every selected escalation that is new"));
    for (QPushButton* b : {triage_, assign_, review_, action_, close_}) bar->addWidget(b);
    bar->addStretch(1);
    connect(triage_, &QPushButton::clicked, this, [this] { askAndMove(core::EscalationState::Triaged); });
    connect(assign_, &QPushButton::clicked, this, [this] { askAndMove(core::EscalationState::Assigned); });
    connect(review_, &QPushButton::clicked, this, [this] { askAndMove(core::EscalationState::InReview); });
    connect(action_, &QPushButton::clicked, this, [this] { askAndMove(core::EscalationState::Actioned); });
    connect(close_, &QPushButton::clicked, this, [this] { askAndMove(core::EscalationState::ClosedNoAction); });
    connect(bulkTriage_, &QPushButton::clicked, this, &EscalationQueue::triageSelected);
}

void EscalationQueue::setActor(const QString& actor) {
    actor_ = actor;
    actorLabel_->setText(tr("Acting as %1").arg(actor));
}

void EscalationQueue::setAccess(std::optional<core::AccessContext> access) {
    access_ = std::move(access);
    // Without users in the store, the operating-system user acts.
    const QString user = qEnvironmentVariable("USER");
    setActor(access_ ? qs(access_->user) : user.isEmpty() ? tr("workbench user") : user);
}

void EscalationQueue::setStore(const QString& path) {
    path_ = path;
    rows_.clear();
    table_->setRowCount(0);
    detail_->clear();
    refresh();
}

void EscalationQueue::showType(const QString& type) {
    const QSignalBlocker block(type_);
    const QSignalBlocker blockState(state_);
    type_->setCurrentIndex(std::max(0, type_->findData(type)));
    state_->setCurrentIndex(0);  // open
    refresh();
}

core::EscalationFilter EscalationQueue::filter() const {
    core::EscalationFilter f;
    const QString type = type_->currentData().toString();
    if (!type.isEmpty()) f.types = {type.toStdString()};
    const QString state = state_->currentData().toString();
    if (state == QStringLiteral("open")) {
        for (std::size_t s = 0; s < core::kEscalationStateCount; ++s) {
            if (core::isOpen(static_cast<core::EscalationState>(s)))
                f.states.push_back(static_cast<core::EscalationState>(s));
        }
    } else if (!state.isEmpty()) {
        f.states = {*core::escalationStateFromName(state.toStdString())};
    }
    const QString who = assignee_->currentData().toString();
    if (!who.isEmpty()) f.assignee = who.toStdString();
    f.overdueOnly = overdue_->isChecked();
    return f;
}

void EscalationQueue::refresh() {
    if (path_.isEmpty()) return;
    const int generation = ++generation_;
    now_ = nowSeconds();
    runAsync<QueueData>(
        pool_, this,
        [path = path_.toStdString(), f = filter(), now = now_, access = access_]() {
            QueueData d;
            auto store = threadStore(path);
            if (!store) {
                d.rows = store.error();
                return d;
            }
            core::EscalationRepository repo(**store);
            if (access) {
                auto reader = core::RoleReader::open(**store, *access);
                d.rows =
                    reader ? reader->escalations(f, now) : core::Result<std::vector<core::Escalation>>(reader.error());
            } else {
                d.rows = repo.list(f, now);
            }
            d.figures = repo.figures(now);
            d.assignees = repo.assignees();
            return d;
        },
        [this, generation](QueueData d) {
            if (generation != generation_) return;  // a newer filter is on its way
            if (!d.rows || !d.figures || !d.assignees) {
                const core::Error& e = !d.rows ? d.rows.error() : !d.figures ? d.figures.error() : d.assignees.error();
                summary_->setText(tr("Cannot read the escalations: %1").arg(qs(e.describe())));
                return;
            }
            fill(std::move(d.rows.value()), *d.figures, *d.assignees);
        });
}

void EscalationQueue::fill(std::vector<core::Escalation> rows, const core::EscalationFigures& figures,
                           const std::vector<std::string>& assignees) {
    const std::int64_t keep = current() ? current()->id : 0;
    rows_ = std::move(rows);
    {
        const QSignalBlocker block(assignee_);
        const QString chosen = assignee_->currentData().toString();
        while (assignee_->count() > 1) assignee_->removeItem(1);
        for (const auto& a : assignees) assignee_->addItem(qs(a), qs(a));
        assignee_->setCurrentIndex(std::max(0, assignee_->findData(chosen)));
    }
    QSignalBlocker block(table_);
    table_->setSortingEnabled(false);
    table_->clearContents();
    table_->setRowCount(static_cast<int>(rows_.size()));
    int selectRow = -1;
    for (int r = 0; r < static_cast<int>(rows_.size()); ++r) {
        const core::Escalation& e = rows_[static_cast<std::size_t>(r)];
        const bool late = e.overdue(now_);
        auto* id = new RankedItem(QString::number(e.id), e.id);
        id->setData(Qt::UserRole + 1, static_cast<qlonglong>(e.id));
        table_->setItem(r, kId, id);
        table_->setItem(r, kType, new QTableWidgetItem(escalationTypeLabel(e.type)));
        table_->setItem(r, kSeverity, new RankedItem(severityLabel(e.severity), static_cast<int>(e.severity)));
        QString state = escalationStateLabel(e.state);
        if (e.resolution) state += QStringLiteral(" (%1)").arg(resolutionLabel(*e.resolution));
        table_->setItem(r, kState, new QTableWidgetItem(state));
        table_->setItem(r, kAssignee, new QTableWidgetItem(e.assignee ? qs(*e.assignee) : QString()));
        table_->setItem(r, kOpened, new RankedItem(day(e.openedAt), e.openedAt));
        table_->setItem(r, kDue, new RankedItem(late ? tr("%1 overdue").arg(day(e.dueAt)) : day(e.dueAt), e.dueAt));
        table_->setItem(r, kVerbatim, new RankedItem(QString::number(e.verbatimId), e.verbatimId));
        if (late) {
            for (int c = 0; c < kColumns; ++c) {
                table_->item(r, c)->setBackground(QColor(0xf8, 0xd7, 0xd7));
                table_->item(r, c)->setForeground(QColor(0x8b, 0, 0));
            }
        }
        if (e.severity == core::Severity::Critical) {
            QFont bold = table_->item(r, kSeverity)->font();
            bold.setBold(true);
            table_->item(r, kSeverity)->setFont(bold);
        }
        if (e.id == keep) selectRow = r;
    }
    table_->setSortingEnabled(true);
    if (selectRow >= 0) table_->selectRow(selectRow);
    block.unblock();
    const auto& t = figures.total;
    QString text = tr("%L1 listed · in the store: %L2 open, %L3 overdue, %L4 actioned, %L5 closed without action")
                       .arg(rows_.size())
                       .arg(t.open)
                       .arg(t.overdue)
                       .arg(t.actioned)
                       .arg(t.closedNoAction);
    if (t.medianHoursToAction) text += tr(" · median time to action %1 h").arg(*t.medianHoursToAction, 0, 'f', 1);
    summary_->setText(text);
    showDetail();
    updateActions();
    Q_EMIT loaded(static_cast<int>(rows_.size()));
}

std::vector<std::int64_t> EscalationQueue::selectedIds() const {
    std::vector<std::int64_t> ids;
    for (const QModelIndex& i : table_->selectionModel()->selectedRows(kId)) {
        ids.push_back(table_->item(i.row(), kId)->data(Qt::UserRole + 1).toLongLong());
    }
    return ids;
}

std::optional<core::Escalation> EscalationQueue::current() const {
    const auto ids = selectedIds();
    if (ids.size() != 1) return std::nullopt;
    for (const auto& e : rows_) {
        if (e.id == ids.front()) return e;
    }
    return std::nullopt;
}

void EscalationQueue::updateActions() {
    const auto e = current();
    const auto next = e ? core::nextStates(e->state) : std::vector<core::EscalationState>{};
    auto allowed = [&](core::EscalationState s) { return std::find(next.begin(), next.end(), s) != next.end(); };
    triage_->setEnabled(allowed(core::EscalationState::Triaged));
    assign_->setEnabled(allowed(core::EscalationState::Assigned));
    review_->setEnabled(allowed(core::EscalationState::InReview));
    action_->setEnabled(allowed(core::EscalationState::Actioned));
    close_->setEnabled(allowed(core::EscalationState::ClosedNoAction));
    bulkTriage_->setEnabled(selectedIds().size() > 1);
}

void EscalationQueue::showDetail() {
    const auto e = current();
    if (!e) {
        detail_->setHtml(selectedIds().size() > 1
                             ? tr("<p style='color:gray'>%1 escalations selected.</p>").arg(selectedIds().size())
                             : tr("<p style='color:gray'>Select an escalation to read it.</p>"));
        return;
    }
    runAsync<DetailData>(
        pool_, this,
        [path = path_.toStdString(), esc = *e, access = access_]() {
            DetailData d;
            auto store = threadStore(path);
            if (!store) {
                d.verbatim = store.error();
                return d;
            }
            // Shown as the signed-in role's lists show it (the core decides; sealed text opens
            // with the role's keys).
            if (access) {
                auto reader = core::RoleReader::open(**store, *access);
                d.verbatim = reader ? reader->show(esc.verbatimId, esc.evidence)
                                    : core::Result<std::optional<core::ShownVerbatim>>(reader.error());
            } else {
                d.verbatim = core::showVerbatim(**store, esc.verbatimId, esc.evidence);
            }
            d.history = core::EscalationRepository(**store).history(esc.id);
            return d;
        },
        [this, esc = *e](DetailData d) {
            const auto still = current();
            if (!still || still->id != esc.id) return;
            QString html = QStringLiteral("<h3>") +
                           tr("Escalation %1: %2").arg(esc.id).arg(escalationTypeLabel(esc.type).toHtmlEscaped()) +
                           QStringLiteral("</h3><p>");
            html += tr("Severity <b>%1</b> · state <b>%2</b> · opened %3 · due %4")
                        .arg(severityLabel(esc.severity), escalationStateLabel(esc.state), day(esc.openedAt),
                             day(esc.dueAt));
            if (esc.overdue(now_))
                html += QStringLiteral(" <b style='color:#b00'>") + tr("OVERDUE") + QStringLiteral("</b>");
            if (esc.assignee) html += tr(" · assigned to %1").arg(qs(*esc.assignee).toHtmlEscaped());
            html += QStringLiteral("</p><p style='color:#2f5fa8'>") + tr("Why: %1").arg(qs(esc.why).toHtmlEscaped());
            if (esc.merged > 1) html += tr(" (%1 flags merged)").arg(esc.merged);
            html += QStringLiteral("</p>");
            const core::ContactDecision contact = esc.contact();
            if (esc.type == core::kEmergingIssue) {
                // Not one customer's matter: the verbatim shown is the first of the burst.
                html += QStringLiteral("<p style='color:#2f5fa8'>") +
                        tr("An emerging issue found by the trend radar; the verbatim below is the first of its "
                           "burst, and the Radar tab shows its days.") +
                        QStringLiteral("</p>");
            } else {
                html += QStringLiteral("<p style='color:%1'>")
                            .arg(contact.allowed ? QStringLiteral("#2a7a2a") : QStringLiteral("#8a5a00")) +
                        (contact.allowed ? tr("Consent: %1. The customer may be contacted: %2.")
                                         : tr("Consent: %1. The customer may not be contacted: %2."))
                            .arg(consentLabel(esc.consent), qs(contact.why).toHtmlEscaped()) +
                        QStringLiteral("</p>");
            }
            if (!d.verbatim) {
                html += QStringLiteral("<p style='color:#b00'>") + qs(d.verbatim.error().describe()).toHtmlEscaped() +
                        QStringLiteral("</p>");
            } else if (!*d.verbatim) {
                html += QStringLiteral("<p style='color:gray'>") + tr("The verbatim is no longer stored.") +
                        QStringLiteral("</p>");
            } else {
                const core::Verbatim& v = (*d.verbatim)->verbatim;
                html += QStringLiteral("<p style='color:gray'>") +
                        tr("Verbatim #%1 · %2 · %3")
                            .arg(v.id)
                            .arg(qs(v.channel).toHtmlEscaped(), v.createdAt ? localTime(*v.createdAt) : tr("undated")) +
                        QStringLiteral("</p><p>") + markedHtml(v, (*d.verbatim)->spans) + QStringLiteral("</p>") +
                        piiLegend(v);
            }
            if (d.history) {
                html += QStringLiteral("<p><b>") + tr("History") + QStringLiteral("</b><br>");
                for (const auto& ev : *d.history) {
                    html += QStringLiteral("%1 · %2 · %3 → %4")
                                .arg(localTime(ev.at), qs(ev.actor).toHtmlEscaped(),
                                     ev.from ? escalationStateLabel(*ev.from) : QStringLiteral("–"),
                                     escalationStateLabel(ev.to));
                    if (ev.assignee) html += QStringLiteral(" (%1)").arg(qs(*ev.assignee).toHtmlEscaped());
                    if (!ev.note.empty()) html += QStringLiteral(" — ") + qs(ev.note).toHtmlEscaped();
                    html += QStringLiteral("<br>");
                }
                html += QStringLiteral("</p>");
            }
            detail_->setHtml(html);
            Q_EMIT detailShown(esc.id);
        });
}

void EscalationQueue::askAndMove(core::EscalationState to) {
    core::Move m{to, std::nullopt, {}, std::nullopt};
    bool ok = true;
    if (to == core::EscalationState::Assigned) {
        const QString who = QInputDialog::getText(this, tr("Assign"), tr("Assign to:"), QLineEdit::Normal, {}, &ok);
        if (!ok || who.trimmed().isEmpty()) return;
        m.assignee = who.trimmed().toStdString();
    }
    if (to == core::EscalationState::Actioned) {
        const QStringList choices{resolutionLabel(core::Resolution::Reported),
                                  resolutionLabel(core::Resolution::Contacted),
                                  resolutionLabel(core::Resolution::Fixed)};
        const QString how =
            QInputDialog::getItem(this, tr("Actioned"), tr("How was it actioned?"), choices, 0, false, &ok);
        if (!ok) return;
        m.resolution = static_cast<core::Resolution>(choices.indexOf(how));
    }
    if (!core::isOpen(to)) {
        const QString note =
            QInputDialog::getMultiLineText(this, tr("Note"), tr("What was done, or why nothing needs doing:"), {}, &ok);
        if (!ok) return;
        m.note = note.toStdString();
    }
    moveSelected(m);
}

void EscalationQueue::triageSelected() {
    moveSelected({core::EscalationState::Triaged, std::nullopt, {}, std::nullopt});
}

void EscalationQueue::moveSelected(const core::Move& move) {
    const auto ids = selectedIds();
    if (ids.empty() || path_.isEmpty()) return;
    using Outcome = core::Result<std::vector<core::Status>>;
    runAsync<Outcome>(
        pool_, this,
        [path = path_.toStdString(), ids, move, actor = actor_.toStdString(), access = access_]() -> Outcome {
            auto store = core::Store::open(path);
            if (!store) return store.error();
            if (!access) return core::EscalationRepository(*store).moveMany(ids, move, actor, nowSeconds());
            auto reader = core::RoleReader::open(*store, *access);
            if (!reader) return reader.error();
            std::vector<core::Status> out;
            for (std::int64_t id : ids) {
                auto e = reader->moveEscalation(id, move, nowSeconds());
                out.push_back(e ? core::Status(core::Ok{}) : core::Status(e.error()));
            }
            return out;
        },
        [this](Outcome r) {
            int applied = 0;
            QStringList refusals;
            if (!r) {
                refusals << qs(r.error().describe());
            } else {
                for (const auto& st : *r) {
                    if (st) {
                        ++applied;
                    } else {
                        refusals << qs(st.error().describe());
                    }
                }
            }
            summary_->setText(
                refusals.isEmpty()
                    ? tr("%1 moved").arg(applied)
                    : tr("%1 moved; not moved: %2").arg(applied).arg(refusals.join(QStringLiteral("; "))));
            Q_EMIT moved(applied, refusals);
            refresh();
        });
}

}  // namespace tw::ui
