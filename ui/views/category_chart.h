#pragma once
// Volume by category as horizontal bars, one level of the taxonomy at a time: clicking a category
// with subcategories drills into them, clicking one without opens its verbatims in the browser;
// "Back" climbs a level and "Open all" reads every verbatim of the level shown. Counts come from
// the core (a verbatim counted once under each ancestor), computed on a worker.

#include "governance/access_context.h"

#include <optional>

#include "store/category_repository.h"

#include <QThreadPool>
#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QScrollArea;

namespace tw::ui {

class CategoryChart final : public QWidget {
    Q_OBJECT
public:
    explicit CategoryChart(QWidget* parent = nullptr);
    ~CategoryChart() override;
    void setStore(const QString& path);
    // The signed-in role: sensitive categories are bars only where the core allows them.
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    void refresh();

    // The category whose subcategories are shown ("" for the top level), and its bars.
    [[nodiscard]] QString level() const { return level_; }
    [[nodiscard]] QStringList barPaths() const;
    [[nodiscard]] std::vector<std::int64_t> barCounts() const;
    // What a click on bar `index` does; public so that tests can exercise it without a mouse.
    void clickBar(int index);
    void up();
    void openLevel();

Q_SIGNALS:
    void filterRequested(const tw::core::BrowseFilter& filter, const QString& description);
    void refreshed();

private:
    void rebuild();
    [[nodiscard]] bool hasChildren(const std::string& path) const;

    QChartView* view_;
    QScrollArea* scroll_ = nullptr;
    QLabel* crumb_;
    QPushButton* back_;
    QPushButton* openAll_;
    QString path_, level_;
    std::vector<core::CategoryCount> counts_;
    std::vector<std::size_t> bars_;  // indexes into counts_, in bar order
    quint64 generation_ = 0;
    std::optional<core::AccessContext> access_;
    QThreadPool pool_;
};

}  // namespace tw::ui
