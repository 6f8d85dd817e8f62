#pragma once
// The taxonomy editor: the store's categories as a tree; the selected category's name and rule,
// the rule coloured as it is typed and checked at once (a mistake underlined where the parser
// stopped, with line:column and what was expected), and a live preview of how many verbatims the
// rule matches with a few of them. Saving validates the whole taxonomy in the core and stores it;
// only the categories whose rules changed are then re-applied, in the background.

#include "governance/access_context.h"

#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tw::ui {

class RuleHighlighter;

class TaxonomyEditor final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSamples = 5;
    // The live count's budget: past it the count shown is an estimate, and the exact one follows.
    static constexpr std::int64_t kPreviewBudgetMs = 600;
    explicit TaxonomyEditor(QWidget* parent = nullptr);
    ~TaxonomyEditor() override;
    void setStore(const QString& path);
    // The signed-in user's access (nothing: a store without users): preview samples leave out
    // what the role may only count (the count includes them: counts are for everyone).
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    // Loads the store's taxonomy (the built-in one until the store has its own).
    void reload();
    // Validates and stores the edited taxonomy; emits saved() or shows why not.
    void save();
    void addCategory(bool asChild);
    void removeCategory();
    // The taxonomy as edited, in the documented JSON format.
    [[nodiscard]] QByteArray taxonomyJson() const;

    [[nodiscard]] QTreeWidget* tree() const { return tree_; }
    [[nodiscard]] QLineEdit* nameBox() const { return name_; }
    [[nodiscard]] QPlainTextEdit* ruleBox() const { return rule_; }
    [[nodiscard]] QLabel* errorLabel() const { return error_; }
    [[nodiscard]] QLabel* previewLabel() const { return preview_; }
    [[nodiscard]] QListWidget* samples() const { return samples_; }
    // Selects the category at `path` ("Billing/Double charge"); false when there is none.
    bool select(const QString& path);

Q_SIGNALS:
    void loaded();
    void previewReady(qint64 matches);      // the exact count
    void previewEstimated(qint64 matches);  // an estimate within the budget; the exact count follows
    void saved();

private:
    void showSelected();
    void ruleEdited();
    void nameEdited();
    void runPreview();
    void runPreviewPass(const std::string& rule, quint64 gen, std::int64_t budgetMs);
    [[nodiscard]] QString pathOf(const QTreeWidgetItem* item) const;

    QTreeWidget* tree_;
    QLineEdit* name_;
    QPlainTextEdit* rule_;
    RuleHighlighter* highlighter_;
    QLabel* error_;
    QLabel* preview_;
    QListWidget* samples_;
    QLabel* status_;
    QPushButton* save_;
    QTimer* debounce_;
    QString path_, taxonomyName_;
    std::optional<core::AccessContext> access_;
    bool loading_ = false;
    bool inRuleEdited_ = false;
    quint64 generation_ = 0;
    // The newest preview's generation, read by the worker to stop a superseded count.
    std::shared_ptr<std::atomic<quint64>> latest_ = std::make_shared<std::atomic<quint64>>(0);
    QThreadPool pool_;
};

}  // namespace tw::ui
