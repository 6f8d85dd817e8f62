#include "views/escalation_card.h"

#include "theme.h"
#include "views/chart_saving.h"
#include "vocabulary.h"

#include "jobs/worker_pool.h"
#include "views/chart_axes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tw::ui {

EscalationCard::EscalationCard(QWidget* parent)
    : QWidget(parent), chart_(new QChartView(this)), figures_(new QLabel(this)) {
    offerChartSaving(chart_);
    pool_.setMaxThreadCount(1);
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumHeight(220);
    figures_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chart_, 1);
    layout->addWidget(figures_);
    setToolTip(tr("Click a type to open its escalations in the queue"));
}

EscalationCard::~EscalationCard() {
    pool_.clear();
    pool_.waitForDone();
}

void EscalationCard::setStore(const QString& path) {
    path_ = path;
    refresh();
}

void EscalationCard::refresh() {
    if (path_.isEmpty()) return;
    const quint64 gen = ++generation_;
    using Figures = core::Result<core::EscalationFigures>;
    runAsync<Figures>(
        pool_, this,
        [path = path_.toStdString()]() -> Figures {
            auto store = threadStore(path);
            if (!store) return store.error();
            return core::EscalationRepository(**store).figures(QDateTime::currentSecsSinceEpoch());
        },
        [this, gen](Figures f) {
            if (gen != generation_) return;
            if (!f) {
                figures_->setText(QString::fromStdString(f.error().describe()));
                return;
            }
            types_.clear();
            QStringList labels;
            auto* open = new QBarSet(tr("open"));
            open->setColor(QColor(0xe0, 0xa0, 0x30));
            auto* overdue = new QBarSet(tr("overdue"));
            overdue->setColor(QColor(0xc0, 0x30, 0x30));
            double most = 0;
            for (const auto& t : f->types) {
                types_ << QString::fromStdString(t.type);
                labels << escalationTypeLabel(t.type);
                *open << static_cast<double>(t.open);
                *overdue << static_cast<double>(t.overdue);
                most = std::max(most, static_cast<double>(t.open));
            }
            auto* series = new QHorizontalBarSeries;
            series->append(open);
            series->append(overdue);
            for (QBarSet* set : {open, overdue}) connect(set, &QBarSet::clicked, this, &EscalationCard::clickType);
            auto* chart = new QChart;
            chart->addSeries(series);
            chart->setTitle(tr("Open escalations by type"));
            addBarAxes(chart, series, labels, most, Qt::Horizontal);
            chart->legend()->setAlignment(Qt::AlignBottom);
            QChart* old = chart_->chart();
            themeChart(chart);
            chart_->setChart(chart);
            delete old;
            const auto& t = f->total;
            QString text = types_.isEmpty() ? tr("No escalations yet: flags open them when the store is analysed.")
                                            : tr("%L1 open, %L2 overdue · %L3 actioned, %L4 closed without action")
                                                  .arg(t.open)
                                                  .arg(t.overdue)
                                                  .arg(t.actioned)
                                                  .arg(t.closedNoAction);
            if (t.medianHoursToAction)
                text += tr(" · median time to action %1 h").arg(*t.medianHoursToAction, 0, 'f', 1);
            figures_->setText(text);
            Q_EMIT refreshed();
        });
}

void EscalationCard::clickType(int index) {
    if (index < 0 || index >= types_.size()) return;
    Q_EMIT queueRequested(types_[index]);
}

}  // namespace tw::ui
