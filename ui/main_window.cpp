#include "main_window.h"

#include "store/erasure.h"

#include "demo/demo_users.h"
#include "demo_bootstrap.h"
#include "dialogs/import_dialog.h"
#include "dialogs/sign_in_dialog.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "jobs/risk_job.h"
#include "jobs/worker_pool.h"
#include "language.h"
#include "models/verbatim_table_model.h"
#include "store/store.h"
#include "store/user_repository.h"
#include "theme.h"
#include "views/audit_view.h"
#include "views/dashboard_panel.h"
#include "views/escalation_queue.h"
#include "views/kwic_view.h"
#include "views/phrases_view.h"
#include "views/radar_view.h"
#include "views/saved_views.h"
#include "views/taxonomy_editor.h"
#include "views/verbatim_browser.h"
#include "vocabulary.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace tw::ui {

namespace {
struct DemoResult {
    core::Result<std::string> path = core::makeError("not run");
};
struct AnalyseResult {
    core::Result<core::AnalyzeReport> report = core::makeError("not run");
    core::Result<core::CategorizeReport> categories = core::makeError("not run");
    core::Result<core::RiskScanReport> risk = core::makeError("not run");
};
constexpr int kMaxRecent = 8;
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      browser_(new VerbatimBrowser(this)),
      dashboard_(new DashboardPanel(this)),
      radar_(new RadarView(this)),
      taxonomy_(new TaxonomyEditor(this)),
      kwic_(new KwicView(this)),
      phrases_(new PhrasesView(this)),
      escalations_(new EscalationQueue(this)),
      audit_(new AuditView(this)),
      tabs_(new QTabWidget(this)),
      storeLabel_(new QLabel(this)),
      countLabel_(new QLabel(this)),
      userLabel_(new QLabel(this)) {
    setWindowTitle(tr("Tidewatch"));
    setAcceptDrops(true);
    tabs_->addTab(browser_, tr("&Verbatims"));
    tabs_->addTab(dashboard_, tr("&Dashboard"));
    tabs_->addTab(radar_, tr("&Radar"));
    tabs_->setTabToolTip(tabs_->indexOf(radar_), tr("Emerging issues across channels: ripples, waves and tsunamis"));
    tabs_->addTab(taxonomy_, tr("&Categories"));
    tabs_->addTab(kwic_, tr("C&oncordance"));
    tabs_->addTab(phrases_, tr("&Emerging phrases"));
    tabs_->addTab(escalations_, tr("Esc&alations"));
    tabs_->addTab(audit_, tr("A&udit"));
    // The trail grows while the workbench is open: read it again whenever its tab is shown.
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int) {
        if (tabs_->currentWidget() == audit_) audit_->refresh();
    });
    setCentralWidget(tabs_);
    auto openInBrowser = [this](const QString& rule) {
        browser_->search(rule);
        tabs_->setCurrentWidget(browser_);
    };
    connect(kwic_, &KwicView::searchRequested, this, openInBrowser);
    connect(phrases_, &PhrasesView::searchRequested, this, openInBrowser);
    connect(radar_, &RadarView::searchRequested, this, openInBrowser);
    // New waves and tsunamis opened escalations: the queue and its dashboard card show them.
    connect(radar_, &RadarView::finished, this, [this](int, int opened) {
        if (opened == 0) return;
        escalations_->refresh();
        dashboard_->refresh();
    });
    // A saved taxonomy is applied in the background (only the categories whose rules changed).
    connect(taxonomy_, &TaxonomyEditor::saved, this, &MainWindow::analyseStore);
    connect(dashboard_, &DashboardPanel::escalationsRequested, this, [this](const QString& type) {
        escalations_->showType(type);
        tabs_->setCurrentWidget(escalations_);
    });
    connect(escalations_, &EscalationQueue::moved, dashboard_, &DashboardPanel::refresh);
    connect(dashboard_, &DashboardPanel::filterRequested, this,
            [this](const core::BrowseFilter& filter, const QString& description) {
                browser_->applyFilter(filter, description);
                tabs_->setCurrentWidget(browser_);
            });
    statusBar()->addWidget(storeLabel_, 1);
    statusBar()->addPermanentWidget(userLabel_);
    statusBar()->addPermanentWidget(countLabel_);
    cancelAnalysis_ = new QPushButton(tr("Cancel analysis"), this);
    cancelAnalysis_->setToolTip(
        tr("Stop after the current batch; what is analysed is kept, and Tools > Analyse Store continues"));
    cancelAnalysis_->setVisible(false);
    statusBar()->addPermanentWidget(cancelAnalysis_);
    connect(cancelAnalysis_, &QPushButton::clicked, this, [this] {
        if (analysisCancel_) analysisCancel_->cancel();
        statusBar()->showMessage(tr("Cancelling the analysis after the current batch…"));
    });
    pool_.setMaxThreadCount(1);
    buildMenus();
    connect(browser_, &VerbatimBrowser::countChanged, this, &MainWindow::updateStatus);
    connect(browser_, &VerbatimBrowser::exported, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1100, 720);
}

MainWindow::~MainWindow() {
    if (analysisCancel_) analysisCancel_->cancel();
    pool_.waitForDone();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Store…"), QKeySequence::New, this, &MainWindow::newStore);
    file->addAction(tr("&Open Store…"), QKeySequence::Open, this, &MainWindow::chooseStore);
    recentMenu_ = file->addMenu(tr("Recent Stores"));
    file->addAction(tr("Open the &Demo Store"), this, &MainWindow::openDemo);
    file->addSeparator();
    importAction_ =
        file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { showImportDialog(); });
    importAction_->setEnabled(false);
    exportAction_ = file->addAction(tr("&Export Verbatims…"), QKeySequence(Qt::CTRL | Qt::Key_E), browser_,
                                    &VerbatimBrowser::chooseExport);
    exportAction_->setToolTip(tr("The verbatims the browser lists, as CSV, Excel or JSON Lines"));
    exportAction_->setEnabled(false);
    reportAction_ = file->addAction(tr("Export &Report (PDF)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                    browser_, &VerbatimBrowser::chooseReport);
    reportAction_->setToolTip(
        tr("Key figures, charts, top categories, emerging issues, escalations and sample "
           "verbatims of what the browser lists, as a PDF"));
    reportAction_->setEnabled(false);
    file->addAction(tr("&Switch User…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), this, &MainWindow::switchUser);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    viewsMenu_ = menuBar()->addMenu(tr("&Views"));
    rebuildViewsMenu();
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    analyseAction_ =
        tools->addAction(tr("&Analyse Store"), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::analyseStore);
    analyseAction_->setEnabled(false);
    purposeAction_ = tools->addAction(tr("State a &Purpose for Sensitive Segments…"), this, &MainWindow::statePurpose);
    purposeAction_->setToolTip(
        tr("Sensitive categories (health, finances, religion...) filter and segment only for "
           "roles allowed them, with a purpose that is audited"));
    purposeAction_->setEnabled(false);
    tools->addSeparator();
    eraseAction_ = tools->addAction(tr("&Erase a Customer…"), this, [this] {
        bool ok = false;
        const QString who = QInputDialog::getText(this, tr("Erase a Customer"),
                                                  tr("Customer pseudonym whose verbatims and everything derived from "
                                                     "them leave the store (held ones are blanked):"),
                                                  QLineEdit::Normal, {}, &ok);
        if (!ok || who.trimmed().isEmpty()) return;
        if (QMessageBox::question(this, tr("Erase a Customer"),
                                  tr("Erase everything about %1? This cannot be undone.").arg(who.trimmed())) ==
            QMessageBox::Yes)
            eraseCustomer(who.trimmed());
    });
    retentionAction_ = tools->addAction(tr("&Retention Rules…"), this, [this] {
        bool ok = false;
        const QString rules = QInputDialog::getMultiLineText(
            this, tr("Retention Rules"),
            tr("One rule per line, CHANNEL=DAYS (verbatims older than that are purged now and on every apply; "
               "those under escalation are kept):"),
            {}, &ok);
        if (ok) applyRetention(rules);
    });
    eraseAction_->setEnabled(false);
    retentionAction_->setEnabled(false);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tidewatch"), this, [this] {
        QMessageBox::about(this, tr("About Tidewatch"),
                           tr("<h3>Tidewatch %1</h3><p>A workbench for the people who listen to customers: import "
                              "feedback from every channel, explore it, and act on what it obliges you to do.</p>")
                               .arg(QString::fromLatin1(TW_VERSION)));
    });
    rebuildRecentMenu();
}

void MainWindow::rebuildViewsMenu() {
    viewsMenu_->clear();
    QMenu* theme = viewsMenu_->addMenu(tr("&Theme"));
    auto* choices = new QActionGroup(theme);
    const std::pair<ThemeChoice, QString> themes[] = {{ThemeChoice::System, tr("Follow the &System")},
                                                      {ThemeChoice::Light, tr("&Light")},
                                                      {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto& [choice, label] : themes) {
        QAction* a = theme->addAction(label, this, [this, choice = choice] { setTheme(choice); });
        a->setCheckable(true);
        a->setChecked(savedTheme() == choice);
        choices->addAction(a);
    }
    QMenu* language = viewsMenu_->addMenu(tr("Lan&guage"));
    auto* languages = new QActionGroup(language);
    const QString chosen = savedLanguage();
    auto addLanguage = [&](const QString& code, const QString& label) {
        QAction* a = language->addAction(label, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(chosen == code);
        languages->addAction(a);
    };
    addLanguage(QString(), tr("Follow the S&ystem"));
    language->addSeparator();
    for (const auto& l : uiLanguages()) addLanguage(l.code, l.name);  // each in its own language
    viewsMenu_->addSeparator();
    QAction* save =
        viewsMenu_->addAction(tr("&Save Current View…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Save Current View"),
                                                       tr("Name for this search, filter, tab and column layout:"),
                                                       QLineEdit::Normal, {}, &ok);
            if (ok && !name.trimmed().isEmpty()) saveView(name.trimmed());
        });
    save->setEnabled(!storePath_.isEmpty());
    if (storePath_.isEmpty()) return;
    const auto views = SavedViews(storePath_).list();
    if (views.isEmpty()) {
        viewsMenu_->addSeparator();
        viewsMenu_->addAction(tr("No saved views of this store yet"))->setEnabled(false);
        return;
    }
    viewsMenu_->addSeparator();
    QMenu* remove = new QMenu(tr("&Delete a View"), viewsMenu_);
    for (int i = 0; i < views.size(); ++i) {
        const QString name = views[i].name;
        QAction* open = viewsMenu_->addAction(name, this, [this, name] { openView(name); });
        if (i < 9) open->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        open->setToolTip(views[i].description);
        remove->addAction(name, this, [this, name] { deleteView(name); });
    }
    viewsMenu_->addSeparator();
    viewsMenu_->addMenu(remove);
}

void MainWindow::setTheme(ThemeChoice choice) {
    saveTheme(choice);
    applyTheme(choice);
    dashboard_->refresh();  // charts take the new colours as they are drawn again
    rebuildViewsMenu();
}

void MainWindow::setLanguage(const QString& code) {
    saveLanguage(code);
    rebuildViewsMenu();
    // Every label is set as its window is made, so the new language shows from the next start.
    QString name = tr("the system's language");
    for (const auto& l : uiLanguages())
        if (l.code == code) name = l.name;
    statusBar()->showMessage(tr("Tidewatch speaks %1 from its next start").arg(name), 10000);
}

void MainWindow::saveView(const QString& name) {
    if (storePath_.isEmpty()) return;
    SavedView view;
    view.name = name;
    view.filter = browser_->model()->filter();
    view.description = browser_->filterDescription();
    view.tab = tabs_->currentIndex();
    view.columns = browser_->table()->horizontalHeader()->saveState();
    SavedViews(storePath_).save(view);
    rebuildViewsMenu();
    statusBar()->showMessage(tr("Saved the view “%1”").arg(name), 8000);
}

bool MainWindow::openView(const QString& name) {
    if (storePath_.isEmpty()) return false;
    const auto view = SavedViews(storePath_).find(name);
    if (!view) return false;
    browser_->showView(view->filter, view->description.isEmpty() ? tr("View: %1").arg(name) : view->description);
    if (!view->columns.isEmpty()) browser_->table()->horizontalHeader()->restoreState(view->columns);
    if (view->tab >= 0 && view->tab < tabs_->count()) tabs_->setCurrentIndex(view->tab);
    return true;
}

void MainWindow::deleteView(const QString& name) {
    if (storePath_.isEmpty()) return;
    SavedViews(storePath_).remove(name);
    rebuildViewsMenu();
}

void MainWindow::presetSignIn(const QString& user, const QString& password) {
    presetSignIn_ = std::make_pair(user, password);
}

bool MainWindow::openStore(const QString& path) {
    // Opening read-write once validates the file and upgrades an older schema.
    auto store = core::Store::open(path.toStdString());
    if (!store) {
        showError(tr("Cannot open the store"), QString::fromStdString(store.error().describe()));
        return false;
    }
    auto noUsers = core::UserRepository(*store).empty();
    if (!noUsers) {
        showError(tr("Cannot open the store"), QString::fromStdString(noUsers.error().describe()));
        return false;
    }
    // A store with users shows each role what its policy allows: someone must sign in first.
    std::optional<core::AccessContext> access;
    if (!*noUsers) {
        if (presetSignIn_) {
            QString why;
            access = SignInDialog::signIn(path, presetSignIn_->first, presetSignIn_->second, &why);
            presetSignIn_.reset();
            if (!access) {
                showError(tr("Cannot sign in"), why);
                return false;
            }
        } else {
            SignInDialog dialog(path, this);
            if (QFileInfo(path) == QFileInfo(demoStorePath())) {
                QStringList users;
                for (const core::DemoUser& u : core::demoUsers()) {
                    users << tr("%1 (%2, password %3)")
                                 .arg(QString::fromStdString(u.name), roleLabel(u.role),
                                      QString::fromStdString(u.password));
                }
                dialog.setHint(tr("Demo users: %1.").arg(users.join(QStringLiteral("; "))));
            }
            if (dialog.exec() != QDialog::Accepted || !dialog.access()) return false;
            access = dialog.access();
        }
    }
    access_ = access;
    if (access_) {
        userLabel_->setText(
            tr("Signed in as %1 (%2)").arg(QString::fromStdString(access_->user), roleLabel(access_->role)));
    } else {
        userLabel_->setText(tr("No users in this store"));
        userLabel_->setToolTip(
            tr("Anyone who opens this file reads it as a manager would. Add its admin with "
               "tidewatch-cli user add to require sign-in."));
    }
    browser_->model()->setAccess(access_);
    escalations_->setAccess(access_);
    kwic_->setAccess(access_);
    taxonomy_->setAccess(access_);
    phrases_->setAccess(access_);
    radar_->setAccess(access_);
    audit_->setAccess(access_);
    dashboard_->setAccess(access_);
    purposeAction_->setEnabled(access_ && access_->policy.sensitiveSegments);
    // Offered to the roles the core lets remove data; the core checks again when it is done.
    const bool remover = access_ && core::mayRemoveData(*access_).ok();
    eraseAction_->setEnabled(remover);
    retentionAction_->setEnabled(remover);
    storePath_ = path;
    browser_->clearFilter();
    browser_->setStore(path);
    dashboard_->setStore(path);
    taxonomy_->setStore(path);
    kwic_->setStore(path);
    phrases_->setStore(path);
    radar_->setStore(path);
    escalations_->setStore(path);
    audit_->setStore(path);
    storeLabel_->setText(tr("Store: %1").arg(QDir::toNativeSeparators(path)));
    setWindowTitle(tr("%1 — Tidewatch").arg(QFileInfo(path).fileName()));
    importAction_->setEnabled(true);
    exportAction_->setEnabled(true);
    reportAction_->setEnabled(true);
    analyseAction_->setEnabled(true);
    rememberRecent(path);
    rebuildViewsMenu();
    QSettings().setValue(QStringLiteral("store/last"), path);
    Q_EMIT storeOpened(path);
    return true;
}

void MainWindow::statePurpose() {
    if (!access_) return;
    bool ok = false;
    const QString purpose = QInputDialog::getText(
        this, tr("Purpose"), tr("Why do you segment by sensitive categories? (kept in the audit trail with each use)"),
        QLineEdit::Normal, QString::fromStdString(access_->purpose), &ok);
    if (!ok) return;
    setPurpose(purpose);
}

void MainWindow::setPurpose(const QString& purpose) {
    if (!access_) return;
    access_->purpose = purpose.trimmed().toStdString();
    userLabel_->setText(
        tr("Signed in as %1 (%2)").arg(QString::fromStdString(access_->user), roleLabel(access_->role)) +
        (access_->purpose.empty() ? QString() : tr(" · purpose: %1").arg(purpose.trimmed())));
    browser_->model()->setAccess(access_);
    dashboard_->setAccess(access_);
    dashboard_->refresh();
}

namespace {

using Removal = core::Result<core::RemovalReport>;

// The removal `remove` makes on a writable connection of its own, after the core's role check.
Removal removeAs(const std::string& path, const std::optional<core::AccessContext>& access,
                 const std::function<Removal(core::Store&, const std::string&)>& remove) {
    if (!access) return core::makeError("sign in as an admin to remove data");
    if (auto st = core::mayRemoveData(*access); !st) return st.error();
    auto store = core::Store::open(path);
    if (!store) return store.error();
    return remove(*store, access->user);
}

}  // namespace

void MainWindow::eraseCustomer(const QString& customer) {
    runAsync<Removal>(
        pool_, this,
        [path = storePath_.toStdString(), access = access_, who = customer.toStdString()] {
            return removeAs(path, access, [&](core::Store& s, const std::string& actor) {
                return core::eraseCustomer(s, who, actor, QDateTime::currentSecsSinceEpoch());
            });
        },
        [this](Removal r) { reportRemoval(r, tr("Erased %L1 verbatims; %L2 under escalation blanked")); });
}

void MainWindow::applyRetention(const QString& text) {
    std::vector<core::RetentionRule> rules;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.trimmed().split(QLatin1Char('='));
        bool ok = false;
        const int days = parts.size() == 2 ? parts[1].trimmed().toInt(&ok) : 0;
        if (!ok) {
            QMessageBox::warning(this, tr("Retention Rules"),
                                 tr("'%1' is not CHANNEL=DAYS; nothing was changed.").arg(line.trimmed()));
            return;
        }
        rules.push_back({parts[0].trimmed().toStdString(), days});
    }
    runAsync<Removal>(
        pool_, this,
        [path = storePath_.toStdString(), access = access_, rules] {
            return removeAs(path, access, [&](core::Store& s, const std::string& actor) -> Removal {
                const auto now = QDateTime::currentSecsSinceEpoch();
                if (auto st = core::setRetentionRules(s, rules, actor, now); !st) return st.error();
                return core::applyRetention(s, actor, now);
            });
        },
        [this](Removal r) { reportRemoval(r, tr("Purged %L1 verbatims; %L2 kept under escalation")); });
}

void MainWindow::reportRemoval(const core::Result<core::RemovalReport>& r, const QString& done) {
    if (!r) {
        const QString why = QString::fromStdString(r.error().describe());
        statusBar()->showMessage(tr("Nothing was removed: %1").arg(why), 10000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Nothing was removed"), why, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();  // not modal to the event loop: the window goes on
        Q_EMIT dataRemoved(why);
        return;
    }
    const QString summary = done.arg(r->removed).arg(r->held);
    statusBar()->showMessage(summary, 10000);
    browser_->refresh();
    dashboard_->refresh();
    Q_EMIT dataRemoved(summary);
}

void MainWindow::switchUser() {
    if (storePath_.isEmpty()) return;
    auto store = core::Store::open(storePath_.toStdString());
    auto noUsers = store ? core::UserRepository(*store).empty() : core::Result<bool>(true);
    if (!noUsers || *noUsers) {
        statusBar()->showMessage(tr("This store has no users: there is no one to switch to."), 5000);
        return;
    }
    openStore(storePath_);
}

void MainWindow::openDemo() {
    QString path = demoStorePath();
    if (QFileInfo::exists(path)) {
        openStore(path);
        return;
    }
    storeLabel_->setText(tr("Preparing the demo corpus (first run)…"));
    runAsync<DemoResult>(
        pool_, this, [p = path.toStdString()] { return DemoResult{createDemoStore(p)}; },
        [this](DemoResult r) {
            if (!r.path) {
                showError(tr("Cannot create the demo store"), QString::fromStdString(r.path.error().describe()));
                storeLabel_->clear();
                return;
            }
            openStore(QString::fromStdString(*r.path));
        });
}

void MainWindow::analyseStore() {
    if (storePath_.isEmpty() || analysing_) return;
    analysing_ = true;
    analyseAction_->setEnabled(false);
    analysisCancel_ = std::make_shared<core::CancelToken>();
    cancelAnalysis_->setVisible(true);
    statusBar()->showMessage(tr("Analysing…"));
    QPointer<MainWindow> self(this);
    runAsync<AnalyseResult>(
        pool_, this,
        [path = storePath_.toStdString(), self, cancel = analysisCancel_]() {
            AnalyseResult r;
            auto store = core::Store::open(path);
            if (!store) {
                r.report = store.error();
                return r;
            }
            auto analyzer = core::analyzerForStore(*store);
            if (!analyzer) {
                r.report = analyzer.error();
                return r;
            }
            // Progress shown in the status bar, from the worker through the event loop.
            auto progressAs = [self](const QString& what) -> core::ProgressSink {
                return [self, what](const core::Progress& p) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, what, done = p.records, total = p.totalBytes] {
                            if (self) self->statusBar()->showMessage(what.arg(done).arg(total));
                        },
                        Qt::QueuedConnection);
                };
            };
            r.report = core::analyzeStore(*store, *analyzer, 0, progressAs(tr("Analysing… %L1 of %L2")), cancel.get());
            if (!r.report || r.report->cancelled) return r;
            // Then the taxonomy, where its rules have not been applied yet (new verbatims, edited rules).
            r.categories = core::categorizeStore(*store, 0, progressAs(tr("Categorising… %L1 of %L2")), cancel.get());
            if (!r.categories || r.categories->cancelled) return r;
            // Then personal data and escalation flags; flags open escalations.
            r.risk = core::scanRisks(*store, 0, progressAs(tr("Looking for personal data and flags… %L1 of %L2")),
                                     cancel.get());
            return r;
        },
        [this](AnalyseResult r) {
            analysing_ = false;
            analyseAction_->setEnabled(true);
            cancelAnalysis_->setVisible(false);
            if (!r.report) {
                showError(tr("Analysis failed"), QString::fromStdString(r.report.error().describe()));
                return;
            }
            if (!r.report->cancelled && !r.categories) {
                showError(tr("Categorisation failed"), QString::fromStdString(r.categories.error().describe()));
                return;
            }
            if (!r.report->cancelled && !r.categories->cancelled && !r.risk) {
                showError(tr("Scanning for personal data failed"), QString::fromStdString(r.risk.error().describe()));
                return;
            }
            const bool cancelled = r.report->cancelled || r.categories->cancelled || (r.risk && r.risk->cancelled);
            const std::int64_t categorised = r.categories ? r.categories->tested : 0;
            const std::int64_t opened = r.risk ? r.risk->opened : 0;
            statusBar()->showMessage(cancelled ? tr("Analysis cancelled; Tools → Analyse Store continues it")
                                               : tr("Analysed %L1 verbatims, categorised %L2, %L3 escalations opened")
                                                     .arg(r.report->analysed)
                                                     .arg(categorised)
                                                     .arg(opened),
                                     8000);
            if (r.report->analysed > 0 || categorised > 0 || (r.risk && r.risk->scanned > 0)) {
                browser_->refresh();
                dashboard_->refresh();
                escalations_->refresh();
                radar_->run();
            }
            Q_EMIT analysisFinished(r.report->analysed);
        });
}

void MainWindow::newStore() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("New store"), QString(), tr("Tidewatch stores (*.tidewatch *.tw)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".tidewatch");
    auto store = core::Store::create(path.toStdString());
    if (!store) {
        showError(tr("Cannot create the store"), QString::fromStdString(store.error().describe()));
        return;
    }
    openStore(path);
}

void MainWindow::chooseStore() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QString(),
                                                tr("Tidewatch stores (*.tidewatch *.tw);;All files (*)"));
    if (!path.isEmpty()) openStore(path);
}

ImportDialog* MainWindow::showImportDialog(const QString& file) {
    if (storePath_.isEmpty()) {
        showError(tr("No store is open"), tr("Open or create a store first (File → New Store…), then import into it."));
        return nullptr;
    }
    auto* dialog = new ImportDialog(storePath_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](bool ok) {
        if (!ok) return;
        browser_->refresh();
        analyseStore();  // new verbatims get their scores in the background
    });
    if (!file.isEmpty()) dialog->setFile(file);
    dialog->show();
    return dialog;
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("store/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue(QStringLiteral("store/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("store/recent")).toStringList();
    for (const QString& p : recent) {
        recentMenu_->addAction(QDir::toNativeSeparators(p), this, [this, p] { openStore(p); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus(qint64 count) {
    qint64 bytes = QFileInfo(storePath_).size() + QFileInfo(storePath_ + QStringLiteral("-wal")).size();
    countLabel_->setText(
        tr("%1 shown · %2 on disk").arg(QLocale().toString(count), QLocale().formattedDataSize(bytes)));
}

void MainWindow::showError(const QString& title, const QString& message) {
    if (QApplication::platformName() == QStringLiteral("offscreen")) {
        statusBar()->showMessage(title + QStringLiteral(": ") + message);  // tests and screenshots: no modal box
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* e) {
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
    const auto urls = e->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    QString file = urls.first().toLocalFile();
    if (file.endsWith(QStringLiteral(".tidewatch")) || file.endsWith(QStringLiteral(".tw")))
        openStore(file);
    else
        showImportDialog(file);
}

}  // namespace tw::ui
