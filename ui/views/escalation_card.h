#pragma once
// The dashboard's escalation card: open and overdue escalations per type (horizontal bars) and
// the closed-loop figures beneath; clicking a type's bar opens the queue on that type.

#include "store/escalation_repository.h"

#include <QThreadPool>
#include <QWidget>

class QChartView;
class QLabel;

namespace tw::ui {

class EscalationCard final : public QWidget {
    Q_OBJECT
public:
    explicit EscalationCard(QWidget* parent = nullptr);
    ~EscalationCard() override;
    void setStore(const QString& path);
    void refresh();
    [[nodiscard]] const QStringList& types() const { return types_; }
    [[nodiscard]] QLabel* figures() const { return figures_; }
    // What a click on type `index`'s bars asks for (public for tests).
    void clickType(int index);

Q_SIGNALS:
    void queueRequested(const QString& type);
    void refreshed();

private:
    QChartView* chart_;
    QLabel* figures_;
    QString path_;
    QStringList types_;
    quint64 generation_ = 0;
    QThreadPool pool_;
};

}  // namespace tw::ui
