#include "views/radar_view.h"
#include "theme.h"
#include "views/chart_saving.h"

#include "jobs/worker_pool.h"
#include "store/role_reader.h"
#include "store/trend_topics.h"
#include "util/civil_time.h"
#include "views/trend_charts.h"

#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw::ui {

namespace {

struct RadarRun {
    core::TrendSeries series;
    std::vector<core::TrendFinding> findings;
    std::vector<core::TrendAlert> alerts;
    std::string alertProblem;  // why no alert could be raised (a read-only store)
};
using RunResult = core::Result<RadarRun>;

QDate dateOfDay(std::int64_t day) { return QDate(1970, 1, 1).addDays(day); }
std::int64_t dayOf(const QDate& d) { return QDate(1970, 1, 1).daysTo(d); }
QString isoDay(std::int64_t day) { return QString::fromStdString(core::formatIsoDate(day * 86400)); }

QString quoted(const std::string& s) { return QStringLiteral("\"%1\"").arg(QString::fromStdString(s)); }

QString channelsRule(const std::vector<QString>& channels) {
    QStringList parts;
    for (const QString& c : channels) parts << QStringLiteral("channel:\"%1\"").arg(c);
    return parts.size() == 1 ? parts.front() : QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" OR ")));
}

}  // namespace

RadarView::RadarView(QWidget* parent)
    : QWidget(parent),
      since_(new QDateEdit(this)),
      until_(new QDateEdit(this)),
      topics_(new QComboBox(this)),
      run_(new QPushButton(tr("Find"), this)),
      read_(new QPushButton(tr("Read Its Verbatims"), this)),
      status_(new QLabel(this)),
      table_(new QTableWidget(this)),
      radar_(new RadarChart),
      timeline_(new TimelineChart),
      radarView_(new QChartView(radar_, this)),
      timelineView_(new QChartView(timeline_, this)) {
    offerChartSaving(radarView_);
    offerChartSaving(timelineView_);
    pool_.setMaxThreadCount(1);
    for (QDateEdit* d : {since_, until_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    since_->setToolTip(tr("First day looked at"));
    until_->setToolTip(tr("Last day looked at; phrases are those emerging in its final weeks"));
    topics_->addItem(tr("Categories"), QStringLiteral("category"));
    topics_->addItem(tr("Emerging phrases"), QStringLiteral("phrase"));
    topics_->addItem(tr("Categories and phrases"), QStringLiteral("both"));
    run_->setToolTip(tr("Look for topics rising above their baseline in these days, across channels"));
    topics_->setToolTip(tr("What a topic is: a leaf category, a phrase emerging in the window's final weeks, or both"));
    read_->setEnabled(false);
    read_->setToolTip(tr("Open the selected finding's verbatims (its topic, days and channels) in the browser"));
    table_->setColumnCount(7);
    table_->setHorizontalHeaderLabels({tr("Class"), tr("Topic"), tr("Start"), tr("Mentions / expected"), tr("Growth"),
                                       tr("Anger"), tr("Escalation")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->setVisible(false);
    for (int c : {0, 2, 3, 4, 5, 6}) table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setWordWrap(true);
    for (QChartView* v : {radarView_, timelineView_}) v->setRenderHint(QPainter::Antialiasing);
    radarView_->setMinimumSize(380, 260);
    timelineView_->setMinimumHeight(220);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Days"), this));
    bar->addWidget(since_);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(until_);
    bar->addWidget(new QLabel(tr("Topics"), this));
    bar->addWidget(topics_);
    bar->addWidget(run_);
    bar->addStretch(1);
    bar->addWidget(read_);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(radarView_);
    top->addWidget(table_);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setSizes({560, 840});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(timelineView_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({480, 320});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(status_);
    layout->addWidget(split, 1);
    status_->setText(tr("Open a store: the radar looks at all of it."));

    connect(run_, &QPushButton::clicked, this, [this] {
        windowChosen_ = true;
        run();
    });
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty()) selectFinding(rows.front().row());
    });
    connect(table_, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { Q_EMIT searchRequested(ruleForFinding(row)); });
    connect(read_, &QPushButton::clicked, this, [this] {
        if (selected_ >= 0) Q_EMIT searchRequested(ruleForFinding(selected_));
    });
    connect(radar_, &RadarChart::findingClicked, this, [this](int f) { table_->selectRow(f); });
    connect(timeline_, &TimelineChart::burstClicked, this, [this](const QString& channel, qint64 from, qint64 to) {
        if (selected_ >= 0) Q_EMIT searchRequested(ruleForBurst(selected_, channel, from, to));
    });
}

RadarView::~RadarView() {
    pool_.clear();
    pool_.waitForDone();
}

void RadarView::setStore(const QString& path) {
    path_ = path;
    windowChosen_ = false;
    findings_.clear();
    series_ = {};
    show();
    run();
}

void RadarView::setWindow(const QDate& since, const QDate& until) {
    since_->setDate(since);
    until_->setDate(until);
    windowChosen_ = true;
}

void RadarView::setTopics(const QString& source) { topics_->setCurrentIndex(std::max(0, topics_->findData(source))); }

void RadarView::run() {
    if (path_.isEmpty()) return;
    core::TrendWindow window;
    if (windowChosen_) {
        window.since = dayOf(since_->date()) * 86400;
        window.until = (dayOf(until_->date()) + 1) * 86400;  // the last day included
    }
    const auto source = core::topicSourceFromName(topics_->currentData().toString().toStdString());
    status_->setText(tr("Looking for emerging issues…"));
    run_->setEnabled(false);
    const quint64 gen = ++generation_;
    runAsync<RunResult>(
        pool_, this,
        [path = path_.toStdString(), window, source = source.value_or(core::TopicSource::Categories),
         access = access_]() {
            return withThreadStore(path, [&](core::Store& s) -> RunResult {
                std::optional<core::RoleReader> reader;
                if (access) {
                    auto r = core::RoleReader::open(s, *access);
                    if (!r) return r.error();
                    reader.emplace(std::move(*r));
                }
                auto series = core::loadTrendSeries(s, reader ? &*reader : nullptr, window, source);
                if (!series) return series.error();
                RadarRun out{std::move(*series), {}, {}, {}};
                out.findings = core::detectTrends(out.series);
                // Alerts go into the queue through a writable connection of the worker's own.
                auto writable = core::Store::open(path);
                auto alerts = writable
                                  ? core::raiseTrendAlerts(*writable, out.findings, QDateTime::currentSecsSinceEpoch())
                                  : core::Result<std::vector<core::TrendAlert>>(writable.error());
                if (alerts)
                    out.alerts = std::move(*alerts);
                else
                    out.alertProblem = alerts.error().describe();
                return out;
            });
        },
        [this, gen](RunResult r) {
            if (gen != generation_) return;
            run_->setEnabled(true);
            if (!r) {
                status_->setText(QString::fromStdString(r.error().describe()));
                return;
            }
            series_ = std::move(r->series);
            findings_ = std::move(r->findings);
            alerts_.clear();
            int opened = 0;
            for (const core::TrendAlert& a : r->alerts) {
                alerts_[a.finding] = a;
                opened += a.opened;
            }
            if (series_.days > 0) {
                since_->setDate(dateOfDay(series_.firstDay));
                until_->setDate(dateOfDay(series_.firstDay + series_.days - 1));
            }
            show();
            QString text = findings_.empty()
                               ? tr("No topic rises above its baseline in these %1 days.").arg(series_.days)
                               : tr("%n findings in %1 days of %2 topics", "", static_cast<int>(findings_.size()))
                                     .arg(series_.days)
                                     .arg(series_.topics.size());
            if (opened > 0) text += tr("; %n new escalations opened", "", opened);
            if (!r->alertProblem.empty())
                text += tr("; no escalation could be opened: %1").arg(QString::fromStdString(r->alertProblem));
            if (!findings_.empty()) text += tr(". Select one for its days; double-click to read its verbatims.");
            status_->setText(text);
            Q_EMIT finished(static_cast<int>(findings_.size()), opened);
        });
}

void RadarView::show() {
    selected_ = -1;
    read_->setEnabled(false);
    timeline_->clear();
    radar_->setFindings(findings_);
    themeChart(radar_);
    table_->setRowCount(static_cast<int>(findings_.size()));
    for (int i = 0; i < static_cast<int>(findings_.size()); ++i) {
        const core::TrendFinding& f = findings_[static_cast<std::size_t>(i)];
        QStringList channels;
        for (const core::ChannelBurst& b : f.channels) {
            const int lag = f.leadLagDays.count(b.channel) ? f.leadLagDays.at(b.channel) : 0;
            QString one =
                tr("%1 %2/%3").arg(QString::fromStdString(b.channel)).arg(b.observed).arg(b.expected, 0, 'f', 1);
            if (lag > 0) one += tr(" (+%n d)", "days after the first channel", lag);
            channels << one;
        }
        auto* cls = new QTableWidgetItem(trendClassLabel(f.cls));
        cls->setForeground(trendClassColor(f.cls));
        QFont bold = cls->font();
        bold.setBold(f.cls != core::TrendClass::Ripple);
        cls->setFont(bold);
        cls->setToolTip(QString::fromStdString(f.why));
        table_->setItem(i, 0, cls);
        auto* topic = new QTableWidgetItem(f.phrase ? QStringLiteral("“%1”").arg(QString::fromStdString(f.topic))
                                                    : QString::fromStdString(f.topic));
        if (!f.related.empty()) {
            QStringList related;
            for (const std::string& r : f.related) related << QString::fromStdString(r);
            topic->setToolTip(tr("Comes with: %1").arg(related.join(QStringLiteral(", "))));
        }
        topic->setToolTip(topic->toolTip().isEmpty() ? topic->text()
                                                     : topic->text() + QLatin1Char('\n') + topic->toolTip());
        table_->setItem(i, 1, topic);
        table_->setItem(i, 2, new QTableWidgetItem(isoDay(f.startDay)));
        auto* where = new QTableWidgetItem(channels.join(QStringLiteral("\n")));
        where->setToolTip(QString::fromStdString(f.why));
        table_->setItem(i, 3, where);
        table_->setItem(i, 4, new QTableWidgetItem(QStringLiteral("%1×").arg(f.growth(), 0, 'f', 1)));
        table_->setItem(i, 5,
                        new QTableWidgetItem(QStringLiteral("%1 %2%3")
                                                 .arg(f.meanAnger, 0, 'f', 2)
                                                 .arg(f.intensityTrend >= 0 ? QStringLiteral("+") : QString())
                                                 .arg(f.intensityTrend, 0, 'f', 2)));
        table_->item(i, 5)->setToolTip(tr("Mean anger of its verbatims, and its change a week; %1% of them negative")
                                           .arg(qRound(f.negativeShare * 100)));
        QString escalation;
        if (auto a = alerts_.find(static_cast<std::size_t>(i)); a != alerts_.end())
            escalation = (a->second.opened ? tr("#%1 opened") : tr("#%1")).arg(a->second.escalationId);
        table_->setItem(i, 6, new QTableWidgetItem(escalation));
    }
}

void RadarView::selectFinding(int finding) {
    if (finding < 0 || finding >= static_cast<int>(findings_.size())) return;
    selected_ = finding;
    read_->setEnabled(true);
    const core::TrendFinding& f = findings_[static_cast<std::size_t>(finding)];
    for (std::size_t t = 0; t < series_.topics.size(); ++t) {
        if (series_.topics[t].name != f.topic || series_.topics[t].phrase != f.phrase) continue;
        timeline_->show(series_, t, f, core::expectedCounts(series_, t));
        themeChart(timeline_);
        break;
    }
    if (table_->currentRow() != finding) table_->selectRow(finding);
}

QString RadarView::ruleForFinding(int finding) const {
    if (finding < 0 || finding >= static_cast<int>(findings_.size())) return {};
    const core::TrendFinding& f = findings_[static_cast<std::size_t>(finding)];
    std::vector<QString> channels;
    for (const core::ChannelBurst& b : f.channels) channels.push_back(QString::fromStdString(b.channel));
    // The topic and days as for a burst of no one channel, then the finding's channels.
    return ruleForBurst(finding, {}, f.startDay, f.endDay) + QLatin1Char(' ') + channelsRule(channels);
}

QString RadarView::ruleForBurst(int finding, const QString& channel, qint64 fromDay, qint64 toDay) const {
    if (finding < 0 || finding >= static_cast<int>(findings_.size())) return {};
    const core::TrendFinding& f = findings_[static_cast<std::size_t>(finding)];
    QString topic;
    if (f.phrase) {
        QStringList phrases{quoted(f.topic)};
        for (const std::string& r : f.related) phrases << quoted(r);
        topic =
            phrases.size() == 1 ? phrases.front() : QStringLiteral("(%1)").arg(phrases.join(QStringLiteral(" OR ")));
    } else {
        topic = QStringLiteral("category:") + quoted(f.topic);
    }
    QString rule = QStringLiteral("%1 date:%2..%3").arg(topic, isoDay(fromDay), isoDay(toDay));
    if (!channel.isEmpty()) rule += QLatin1Char(' ') + channelsRule({channel});
    return rule;
}

}  // namespace tw::ui
