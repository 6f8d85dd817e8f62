#pragma once
// The dashboard: sentiment by channel (stacked bars), sentiment over time (mean per month),
// volume by category (drilling down the taxonomy) and open escalations by type, computed in the core on workers and
// swapped in whole. Clicking a bar segment, a month or a category asks the browser to show exactly those verbatims.

#include "governance/access_context.h"

#include <optional>

#include "store/verbatim_reader.h"

#include <QThreadPool>
#include <QWidget>

class QChartView;
class QLabel;

namespace tw::ui {

class CategoryChart;
class EscalationCard;

class DashboardPanel final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPanel(QWidget* parent = nullptr);
    ~DashboardPanel() override;
    void setStore(const QString& path);
    void setAccess(const std::optional<core::AccessContext>& access);
    void refresh();
    [[nodiscard]] int channelCount() const { return channels_.size(); }
    [[nodiscard]] int monthCount() const { return static_cast<int>(months_.size()); }
    [[nodiscard]] CategoryChart* categoryChart() const { return categories_; }
    [[nodiscard]] EscalationCard* escalationCard() const { return escalations_; }
    [[nodiscard]] QChartView* channelChart() const { return byChannel_; }
    // What a click on bar `set` (0 positive, 1 neutral, 2 mixed, 3 negative) of channel `index`
    // or on month `index` asks for; public so that tests can exercise it without a mouse.
    void clickBar(int set, int index);
    void clickMonth(int index);

Q_SIGNALS:
    void filterRequested(const tw::core::BrowseFilter& filter, const QString& description);
    void refreshed();
    // The escalation card's drill-down: the queue on this type.
    void escalationsRequested(const QString& type);

private:
    QChartView* byChannel_;
    QChartView* overTime_;
    CategoryChart* categories_;
    EscalationCard* escalations_;
    QLabel* status_;
    QString path_;
    quint64 generation_ = 0;
    QStringList channels_;
    std::vector<std::int64_t> months_;
    QThreadPool pool_;
};

}  // namespace tw::ui
