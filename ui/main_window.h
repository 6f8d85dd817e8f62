#pragma once
// The workbench's main window: menus (File: new/open store, import, recent stores; Help: about),
// tabs for the verbatim browser, the dashboard, the tsunami radar, the taxonomy editor, the concordance (KWIC),
// emerging phrases and the escalation queue,
// and a status bar with the open store and its size.

#include <QMainWindow>
#include "store/erasure.h"

#include <QThreadPool>

#include "governance/access_context.h"
#include "jobs/progress.h"

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QTabWidget;
class QMenu;

namespace tw::ui {

class AuditView;
class DashboardPanel;
class EscalationQueue;
class KwicView;
class PhrasesView;
class RadarView;
class TaxonomyEditor;
class VerbatimBrowser;
enum class ThemeChoice;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (and upgrades if needed) a store; shows a readable message and returns false if not.
    bool openStore(const QString& path);
    // On a store with users, opening asks who signs in (a dialog) unless a sign-in was preset
    // here (scripts and tests: --user with TIDEWATCH_PASSWORD); it is used for the next store.
    void presetSignIn(const QString& user, const QString& password);
    // The signed-in user's access; nothing on a store without users.
    [[nodiscard]] const std::optional<core::AccessContext>& access() const { return access_; }
    // Signs in again as someone else and reloads every view for that role.
    void switchUser();
    // The purpose stated for sensitive segments (audited by the core with each use).
    void statePurpose();
    void setPurpose(const QString& purpose);
    // An admin's removal of data, decided and done by the core on a worker: everything about one
    // customer pseudonym, or the retention rules ("channel=days" lines) set and applied.
    void eraseCustomer(const QString& customer);
    void applyRetention(const QString& rules);
    void reportRemoval(const core::Result<core::RemovalReport>& r, const QString& done);
    // Opens the demo store, creating it in the background first when it does not exist yet.
    void openDemo();
    // Opens the import dialog (on `file` when given); null when no store is open.
    class ImportDialog* showImportDialog(const QString& file = {});
    // Analyses what is not analysed yet, on a worker thread; the browser refreshes afterwards.
    void analyseStore();
    // Saved views of the open store (views/saved_views.h): the browser's filter and rule, the tab
    // shown and the table's columns, under a name; reopened from the Views menu.
    void saveView(const QString& name);
    bool openView(const QString& name);
    void deleteView(const QString& name);
    // Light, dark, or the system's (theme.h), remembered in the settings.
    void setTheme(ThemeChoice choice);
    // Keeps the choice (empty: the system's) for the next start.
    void setLanguage(const QString& code);
    [[nodiscard]] QMenu* viewsMenu() const { return viewsMenu_; }
    [[nodiscard]] VerbatimBrowser* browser() const { return browser_; }
    [[nodiscard]] DashboardPanel* dashboard() const { return dashboard_; }
    [[nodiscard]] TaxonomyEditor* taxonomyEditor() const { return taxonomy_; }
    [[nodiscard]] KwicView* kwic() const { return kwic_; }
    [[nodiscard]] PhrasesView* phrases() const { return phrases_; }
    [[nodiscard]] RadarView* radar() const { return radar_; }
    [[nodiscard]] EscalationQueue* escalations() const { return escalations_; }
    [[nodiscard]] AuditView* audit() const { return audit_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] QString storePath() const { return storePath_; }

Q_SIGNALS:
    void dataRemoved(const QString& summary);
    void storeOpened(const QString& path);
    void analysisFinished(qint64 analysed);

protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    void buildMenus();
    void newStore();
    void chooseStore();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void rebuildViewsMenu();
    void updateStatus(qint64 count);
    void showError(const QString& title, const QString& message);

    VerbatimBrowser* browser_;
    DashboardPanel* dashboard_;
    RadarView* radar_;
    TaxonomyEditor* taxonomy_;
    KwicView* kwic_;
    PhrasesView* phrases_;
    EscalationQueue* escalations_;
    AuditView* audit_;
    QTabWidget* tabs_;
    QLabel* storeLabel_;
    QLabel* countLabel_;
    QLabel* userLabel_;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewsMenu_ = nullptr;
    QAction* importAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* reportAction_ = nullptr;
    QAction* purposeAction_ = nullptr;
    QAction* eraseAction_ = nullptr;
    QAction* retentionAction_ = nullptr;
    QAction* analyseAction_ = nullptr;
    bool analysing_ = false;
    QPushButton* cancelAnalysis_ = nullptr;
    std::shared_ptr<core::CancelToken> analysisCancel_;
    QString storePath_;
    std::optional<core::AccessContext> access_;
    std::optional<std::pair<QString, QString>> presetSignIn_;
    QThreadPool pool_;
};

}  // namespace tw::ui
