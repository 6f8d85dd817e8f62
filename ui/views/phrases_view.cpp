#include "views/phrases_view.h"

#include "store/role_reader.h"

#include "jobs/worker_pool.h"
#include "util/civil_time.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw::ui {

namespace {
using Report = core::Result<core::PhraseReport>;
std::int64_t secondsOf(const QDate& d) {
    return core::daysFromCivil(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day())) * 86400;
}
}  // namespace

PhrasesView::PhrasesView(QWidget* parent)
    : QWidget(parent),
      since_(new QDateEdit(this)),
      until_(new QDateEdit(this)),
      channel_(new QLineEdit(this)),
      support_(new QSpinBox(this)),
      run_(new QPushButton(tr("Find"), this)),
      status_(new QLabel(this)),
      table_(new QTableWidget(this)) {
    pool_.setMaxThreadCount(1);
    for (QDateEdit* d : {since_, until_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    since_->setToolTip(tr("First day of the recent window"));
    until_->setToolTip(tr("Last day of the recent window; the baseline is the four windows before it"));
    channel_->setPlaceholderText(tr("all channels"));
    channel_->setMaximumWidth(140);
    channel_->setToolTip(tr("Only this channel's verbatims (call, chat, email…); empty for all"));
    support_->setRange(2, 1000);
    support_->setValue(5);
    support_->setPrefix(tr("at least "));
    support_->setSuffix(tr(" verbatims"));
    support_->setToolTip(tr("How many recent verbatims a phrase needs before it is listed"));
    run_->setToolTip(tr("Phrases whose share of the recent window rose significantly against the baseline"));
    table_->setColumnCount(6);
    table_->setHorizontalHeaderLabels(
        {tr("Phrase"), tr("Recent"), tr("Before"), tr("Lift"), tr("Log-likelihood"), tr("Channels")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Recent window"), this));
    bar->addWidget(since_);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(until_);
    bar->addWidget(channel_);
    bar->addWidget(support_);
    bar->addWidget(run_);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);
    status_->setText(
        tr("Pick the recent window and press Find: phrases that rise against the weeks before it. "
           "Double-click one to read its verbatims."));
    connect(run_, &QPushButton::clicked, this, &PhrasesView::run);
    connect(table_, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { Q_EMIT searchRequested(ruleForRow(row)); });
    showWindow(QDate::currentDate().addDays(-7), QDate::currentDate());
}

PhrasesView::~PhrasesView() {
    pool_.clear();
    pool_.waitForDone();
}

void PhrasesView::setStore(const QString& path) {
    path_ = path;
    chosen_ = false;
    table_->setRowCount(0);
    // Start on the store's last week.
    using Last = core::Result<std::int64_t>;
    runAsync<Last>(
        pool_, this,
        [p = path.toStdString()]() {
            return withThreadStore(p, [](core::Store& s) -> Last {
                auto stats = s.stats();
                if (!stats) return stats.error();
                return stats->lastCreatedAt.value_or(0);
            });
        },
        [this](Last last) {
            if (!last || *last == 0) return;
            const QDate end = QDate(1970, 1, 1).addDays(*last / 86400);
            if (!chosen_) showWindow(end.addDays(-6), end);  // unless one was chosen meanwhile
        });
}

void PhrasesView::setWindow(const QDate& since, const QDate& until) {
    chosen_ = true;
    showWindow(since, until);
}

void PhrasesView::showWindow(const QDate& since, const QDate& until) {
    since_->setDate(since);
    until_->setDate(until);
}

void PhrasesView::run() {
    if (path_.isEmpty()) return;
    core::PhraseQuery q;
    q.since = secondsOf(since_->date());
    q.until = secondsOf(until_->date()) + 86400;  // the last day included
    if (!channel_->text().trimmed().isEmpty()) q.channel = channel_->text().trimmed().toStdString();
    q.options.minSupport = support_->value();
    status_->setText(tr("Counting phrases…"));
    const quint64 gen = ++generation_;
    runAsync<Report>(
        pool_, this,
        [path = path_.toStdString(), q, access = access_]() {
            return withThreadStore(path, [&](core::Store& s) -> Report {
                if (!access) return core::emergingPhrases(s, q);
                auto reader = core::RoleReader::open(s, *access);
                if (!reader) return reader.error();
                return reader->phrases(q);
            });
        },
        [this, gen](Report r) {
            if (gen != generation_) return;
            if (!r) {
                status_->setText(QString::fromStdString(r.error().describe()));
                return;
            }
            report_ = std::move(r.value());
            table_->setRowCount(static_cast<int>(report_.phrases.size()));
            for (int i = 0; i < static_cast<int>(report_.phrases.size()); ++i) {
                const auto& p = report_.phrases[static_cast<std::size_t>(i)];
                QStringList channels;
                for (const auto& [name, n] : p.channels)
                    channels << QStringLiteral("%1 %2").arg(QString::fromStdString(name)).arg(n);
                table_->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(p.phrase)));
                table_->setItem(i, 1, new QTableWidgetItem(QString::number(p.recent)));
                table_->setItem(i, 2, new QTableWidgetItem(QString::number(p.baseline)));
                table_->setItem(i, 3, new QTableWidgetItem(QString::number(p.lift, 'f', 1)));
                table_->setItem(i, 4, new QTableWidgetItem(QString::number(p.llr, 'f', 1)));
                table_->setItem(i, 5, new QTableWidgetItem(channels.join(QStringLiteral(", "))));
            }
            status_->setText(tr("%L1 recent verbatims against %L2 before (from %3): %L4 phrases rise")
                                 .arg(QLocale().toString(report_.recentVerbatims),
                                      QLocale().toString(report_.baselineVerbatims),
                                      QString::fromStdString(core::formatIsoDate(report_.baselineFrom)))
                                 .arg(report_.phrases.size()));
            Q_EMIT finished(static_cast<int>(report_.phrases.size()));
        });
}

QString PhrasesView::ruleForRow(int row) const {
    if (row < 0 || row >= static_cast<int>(report_.phrases.size())) return {};
    const auto& p = report_.phrases[static_cast<std::size_t>(row)];
    QString rule =
        QStringLiteral("\"%1\" date:%2..%3")
            .arg(QString::fromStdString(p.phrase), QString::fromStdString(core::formatIsoDate(report_.recentFrom)),
                 QString::fromStdString(core::formatIsoDate(report_.recentUntil - 86400)));
    if (!channel_->text().trimmed().isEmpty()) rule += QStringLiteral(" channel:") + channel_->text().trimmed();
    return rule;
}

}  // namespace tw::ui
