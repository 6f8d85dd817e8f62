#include "views/dashboard_panel.h"
#include "theme.h"
#include "views/chart_saving.h"

#include "jobs/worker_pool.h"
#include "store/sentiment_aggregates.h"
#include "views/category_chart.h"
#include "views/chart_axes.h"
#include "views/escalation_card.h"
#include "views/sentiment_charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tw::ui {

namespace {
struct Aggregates {
    core::Result<std::vector<core::ChannelSentiment>> channels = core::makeError("not run");
    core::Result<std::vector<core::MonthSentiment>> months = core::makeError("not run");
};
}  // namespace

DashboardPanel::DashboardPanel(QWidget* parent)
    : QWidget(parent),
      byChannel_(new QChartView(this)),
      overTime_(new QChartView(this)),
      categories_(new CategoryChart(this)),
      escalations_(new EscalationCard(this)),
      status_(new QLabel(this)) {
    offerChartSaving(byChannel_);
    offerChartSaving(overTime_);
    pool_.setMaxThreadCount(1);
    byChannel_->setRenderHint(QPainter::Antialiasing);
    overTime_->setRenderHint(QPainter::Antialiasing);
    byChannel_->setMinimumHeight(260);
    overTime_->setMinimumHeight(260);
    auto* charts = new QHBoxLayout;
    charts->addWidget(byChannel_, 1);
    charts->addWidget(overTime_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addLayout(charts, 1);
    auto* lower = new QHBoxLayout;
    lower->addWidget(categories_, 3);
    lower->addWidget(escalations_, 2);
    layout->addLayout(lower, 1);
    status_->setText(tr("Click a bar, a month or a category to read those verbatims."));
    connect(categories_, &CategoryChart::filterRequested, this, &DashboardPanel::filterRequested);
    connect(escalations_, &EscalationCard::queueRequested, this, &DashboardPanel::escalationsRequested);
}

DashboardPanel::~DashboardPanel() {
    pool_.clear();
    pool_.waitForDone();
}

void DashboardPanel::setAccess(const std::optional<core::AccessContext>& access) { categories_->setAccess(access); }

void DashboardPanel::setStore(const QString& path) {
    path_ = path;
    refresh();
}

void DashboardPanel::refresh() {
    if (path_.isEmpty()) return;
    categories_->setStore(path_);
    escalations_->setStore(path_);
    const quint64 gen = ++generation_;
    runAsync<Aggregates>(
        pool_, this,
        [path = path_.toStdString()] {
            Aggregates a;
            auto store = threadStore(path);
            if (!store) {
                a.channels = store.error();
                return a;
            }
            a.channels = core::sentimentByChannel(**store);
            a.months = core::sentimentByMonth(**store);
            return a;
        },
        [this, gen](Aggregates a) {
            if (gen != generation_) return;
            if (!a.channels || !a.months) {
                status_->setText(
                    QString::fromStdString((!a.channels ? a.channels.error() : a.months.error()).describe()));
                return;
            }
            // Sentiment by channel: one stacked bar per channel; a bar opens its verbatims.
            channels_.clear();
            for (const auto& c : *a.channels) channels_ << QString::fromStdString(c.channel);
            const ChannelChart bars = buildChannelChart(*a.channels);
            const auto sets = bars.series->barSets();
            for (int s = 0; s < sets.size(); ++s)
                connect(sets[s], &QBarSet::clicked, this, [this, s](int index) { clickBar(s, index); });
            QChart* old = byChannel_->chart();
            themeChart(bars.chart);
            byChannel_->setChart(bars.chart);
            delete old;

            // Sentiment over time: mean per month and the share of negative verbatims.
            months_.clear();
            for (const auto& m : *a.months) months_.push_back(m.start);
            const MonthChart line = buildMonthChart(*a.months);
            connect(line.points, &QScatterSeries::clicked, this, [this](const QPointF& p) {
                auto ms = static_cast<std::int64_t>(p.x() / 1000.0);
                for (int i = 0; i < static_cast<int>(months_.size()); ++i) {
                    if (months_[static_cast<std::size_t>(i)] == ms) clickMonth(i);
                }
            });
            connect(line.mean, &QLineSeries::clicked, this, [this](const QPointF& p) {
                auto ms = static_cast<std::int64_t>(p.x() / 1000.0);
                int best = -1;
                for (int i = 0; i < static_cast<int>(months_.size()); ++i) {
                    if (months_[static_cast<std::size_t>(i)] <= ms) best = i;
                }
                if (best >= 0) clickMonth(best);
            });
            QChart* oldLine = overTime_->chart();
            themeChart(line.chart);
            overTime_->setChart(line.chart);
            delete oldLine;
            Q_EMIT refreshed();
        });
}

void DashboardPanel::clickBar(int set, int index) {
    if (index < 0 || index >= channels_.size() || set < 0 || set > 3) return;
    core::BrowseFilter f;
    f.channel = channels_[index].toStdString();
    f.label = kSentimentLabels[set];
    Q_EMIT filterRequested(f, tr("%1 verbatims on %2").arg(tr(kSentimentLabels[set]), channels_[index]));
}

void DashboardPanel::clickMonth(int index) {
    if (index < 0 || index >= static_cast<int>(months_.size())) return;
    core::BrowseFilter f;
    f.from = months_[static_cast<std::size_t>(index)];
    f.until = core::endOfMonth(*f.from);
    QString month = QDateTime::fromSecsSinceEpoch(*f.from, QTimeZone::utc()).toString(QStringLiteral("MMMM yyyy"));
    Q_EMIT filterRequested(f, tr("verbatims of %1").arg(month));
}

}  // namespace tw::ui
