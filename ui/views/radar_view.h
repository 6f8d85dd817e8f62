#pragma once
// The tsunami radar: emerging issues across channels (core/trends), found on a worker over a
// window of the store (its whole span by default) with category topics, emerging-phrase topics
// or both, as the signed-in role may have them. New waves and tsunamis open emerging_issue
// escalations (core/store/trend_alerts.h), shown in the findings list. The radar chart places
// each finding by growth and corroboration; selecting one shows its timeline; double-clicking a
// finding, or clicking a burst on its timeline, opens those verbatims in the browser.

#include "governance/access_context.h"
#include "store/trend_alerts.h"
#include "trends/trend_detector.h"

#include <QThreadPool>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tw::ui {

class RadarChart;
class TimelineChart;

class RadarView final : public QWidget {
    Q_OBJECT
public:
    explicit RadarView(QWidget* parent = nullptr);
    ~RadarView() override;
    // Looks at the store's whole span at once.
    void setStore(const QString& path);
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    // Finds the issues of the chosen window and topics (the whole span until a window is chosen).
    void run();
    void setWindow(const QDate& since, const QDate& until);
    void setTopics(const QString& source);  // "category", "phrase" or "both"
    void selectFinding(int finding);
    // The browser rule for a finding's verbatims (its topic, days and channels), or a burst's.
    [[nodiscard]] QString ruleForFinding(int finding) const;
    [[nodiscard]] QString ruleForBurst(int finding, const QString& channel, qint64 fromDay, qint64 toDay) const;

    [[nodiscard]] const std::vector<core::TrendFinding>& findings() const { return findings_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] RadarChart* radarChart() const { return radar_; }
    [[nodiscard]] TimelineChart* timelineChart() const { return timeline_; }
    [[nodiscard]] int selectedFinding() const { return selected_; }

Q_SIGNALS:
    void finished(int findings, int alertsOpened);
    void searchRequested(const QString& rule);

private:
    void show();

    QDateEdit* since_;
    QDateEdit* until_;
    QComboBox* topics_;
    QPushButton* run_;
    QPushButton* read_;
    QLabel* status_;
    QTableWidget* table_;
    RadarChart* radar_;
    TimelineChart* timeline_;
    QChartView* radarView_;
    QChartView* timelineView_;
    QString path_;
    bool windowChosen_ = false;
    std::optional<core::AccessContext> access_;
    core::TrendSeries series_;
    std::vector<core::TrendFinding> findings_;
    std::map<std::size_t, core::TrendAlert> alerts_;
    int selected_ = -1;
    quint64 generation_ = 0;
    QThreadPool pool_;
};

}  // namespace tw::ui
