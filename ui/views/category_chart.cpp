#include "views/category_chart.h"
#include "theme.h"
#include "views/chart_saving.h"

#include "store/role_reader.h"

#include "jobs/worker_pool.h"
#include "views/chart_axes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tw::ui {

namespace {
using Counts = core::Result<std::vector<core::CategoryCount>>;

QString shown(const std::string& path) {
    return QString::fromStdString(path).replace(QLatin1Char('/'), QStringLiteral(" › "));
}

std::string leafName(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

CategoryChart::CategoryChart(QWidget* parent)
    : QWidget(parent),
      view_(new QChartView(this)),
      crumb_(new QLabel(this)),
      back_(new QPushButton(tr("‹ Back"), this)),
      openAll_(new QPushButton(tr("Open all"), this)) {
    offerChartSaving(view_);
    pool_.setMaxThreadCount(1);
    view_->setRenderHint(QPainter::Antialiasing);
    back_->setObjectName(QStringLiteral("categoryBack"));
    back_->setToolTip(tr("Up one level of the taxonomy"));
    openAll_->setToolTip(tr("Read every verbatim of the category shown"));
    connect(back_, &QPushButton::clicked, this, &CategoryChart::up);
    connect(openAll_, &QPushButton::clicked, this, &CategoryChart::openLevel);
    auto* bar = new QHBoxLayout;
    bar->addWidget(back_);
    bar->addWidget(crumb_, 1);
    bar->addWidget(openAll_);
    // Every bar gets a row tall enough for its name; when they do not fit, the chart scrolls.
    scroll_ = new QScrollArea(this);
    scroll_->setWidget(view_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll_, 1);
    rebuild();
}

CategoryChart::~CategoryChart() {
    pool_.clear();
    pool_.waitForDone();
}

void CategoryChart::setStore(const QString& path) {
    if (path != path_) level_.clear();
    path_ = path;
    refresh();
}

void CategoryChart::refresh() {
    if (path_.isEmpty()) return;
    const quint64 gen = ++generation_;
    runAsync<Counts>(
        pool_, this,
        [path = path_.toStdString(), access = access_]() {
            return withThreadStore(path, [&](core::Store& s) -> Counts {
                if (!access) return core::CategoryRepository(s).counts({});
                auto reader = core::RoleReader::open(s, *access);
                if (!reader) return reader.error();
                return reader->categoryCounts({});
            });
        },
        [this, gen](Counts counts) {
            if (gen != generation_) return;
            if (!counts) {
                crumb_->setText(QString::fromStdString(counts.error().describe()));
                return;
            }
            counts_ = std::move(counts.value());
            // A level that no longer exists (the taxonomy was edited) falls back to the top.
            const std::string level = level_.toStdString();
            if (!level.empty() &&
                std::none_of(counts_.begin(), counts_.end(), [&](const auto& c) { return c.path == level; }))
                level_.clear();
            rebuild();
            Q_EMIT refreshed();
        });
}

bool CategoryChart::hasChildren(const std::string& path) const {
    const std::string prefix = path + "/";
    return std::any_of(counts_.begin(), counts_.end(), [&](const auto& c) { return c.path.starts_with(prefix); });
}

QStringList CategoryChart::barPaths() const {
    QStringList out;
    for (std::size_t i : bars_) out << QString::fromStdString(counts_[i].path);
    return out;
}

std::vector<std::int64_t> CategoryChart::barCounts() const {
    std::vector<std::int64_t> out;
    for (std::size_t i : bars_) out.push_back(counts_[i].verbatims);
    return out;
}

void CategoryChart::rebuild() {
    const std::string level = level_.toStdString();
    const int depth = level.empty() ? 0 : static_cast<int>(std::count(level.begin(), level.end(), '/')) + 1;
    bars_.clear();
    for (std::size_t i = 0; i < counts_.size(); ++i) {
        const auto& c = counts_[i];
        if (c.depth != depth || c.verbatims == 0) continue;
        if (!level.empty() && !c.path.starts_with(level + "/")) continue;
        bars_.push_back(i);
    }
    // Largest at the top: horizontal bars are drawn from the bottom up.
    std::stable_sort(bars_.begin(), bars_.end(),
                     [&](std::size_t a, std::size_t b) { return counts_[a].verbatims < counts_[b].verbatims; });
    back_->setEnabled(!level_.isEmpty());
    openAll_->setEnabled(!level_.isEmpty());
    crumb_->setText(level_.isEmpty() ? tr("All categories — click a bar to drill down")
                                     : tr("%1 — click a bar to drill down or read its verbatims").arg(shown(level)));

    auto* set = new QBarSet(tr("verbatims"));
    set->setColor(QColor(0x2f, 0x5f, 0xa8));
    QStringList names;
    for (std::size_t i : bars_) {
        *set << static_cast<double>(counts_[i].verbatims);
        names << QString::fromStdString(leafName(counts_[i].path)) +
                     (hasChildren(counts_[i].path) ? QStringLiteral(" ›") : QString());
    }
    connect(set, &QBarSet::clicked, this, &CategoryChart::clickBar);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Counts at the end of their bars, names in a small font: a row of the chart is as little as
    // a dozen pixels when every group is shown, and larger text is elided to "...".
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    QFont small = set->labelFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    set->setLabelFont(small);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Volume by category"));
    chart->legend()->setVisible(false);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setLabelsFont(small);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    useCountTicks(axisX, bars_.empty() ? 1.0 : static_cast<double>(counts_[bars_.back()].verbatims));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    view_->setMinimumHeight(std::max(240, 110 + 20 * static_cast<int>(bars_.size())));
    QChart* old = view_->chart();
    themeChart(chart);
    view_->setChart(chart);
    delete old;
}

void CategoryChart::clickBar(int index) {
    if (index < 0 || index >= static_cast<int>(bars_.size())) return;
    const std::string& path = counts_[bars_[static_cast<std::size_t>(index)]].path;
    if (hasChildren(path)) {
        level_ = QString::fromStdString(path);
        rebuild();
        return;
    }
    core::BrowseFilter f;
    f.category = path;
    Q_EMIT filterRequested(f, tr("category %1").arg(shown(path)));
}

void CategoryChart::up() {
    const qsizetype slash = level_.lastIndexOf(QLatin1Char('/'));
    level_ = slash < 0 ? QString() : level_.left(slash);
    rebuild();
}

void CategoryChart::openLevel() {
    if (level_.isEmpty()) return;
    core::BrowseFilter f;
    f.category = level_.toStdString();
    Q_EMIT filterRequested(f, tr("category %1").arg(shown(level_.toStdString())));
}

}  // namespace tw::ui
