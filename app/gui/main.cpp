// tidewatch: the GUI entry. Opens the last store, or the demo store (created on first run).
//   tidewatch [--store PATH] [--demo] [--search TEXT] [--import FILE] [--dashboard [--drill PATH]]
//             [--tab categories|concordance|phrases|radar|escalations|audit] [--rule TEXT] [--since DATE --until DATE]
//             [--user NAME] [--screenshot FILE.png]
// --screenshot grabs the window once the first rows are shown (with --import: the import dialog
// once its preview is ready) and exits; used for the README's screenshots.
#include "dialogs/import_dialog.h"
#include "language.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "theme.h"
#include "views/audit_view.h"
#include "views/category_chart.h"
#include "views/dashboard_panel.h"
#include "views/escalation_queue.h"
#include "views/kwic_view.h"

#include <QTableWidget>
#include "views/phrases_view.h"
#include "views/radar_view.h"
#include "views/taxonomy_editor.h"
#include "views/verbatim_browser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace {
// Grabs the window shortly after `sender` emits `signal` (the view has what it shows), then quits.
template <class Sender, class Signal>
void grabWhen(QWidget& window, Sender* sender, Signal signal, const QString& file) {
    QObject::connect(
        sender, signal, &window,
        [&window, file] {
            QTimer::singleShot(600, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        },
        Qt::SingleShotConnection);
}
}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QApplication::setApplicationName(QStringLiteral("Tidewatch"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    tw::ui::installSavedLanguage();            // the system's language unless one was chosen; before any window
    tw::ui::applyTheme(tw::ui::savedTheme());  // the system's look unless Light or Dark was chosen
    // The desktop file names the window's application; the icon is the installed theme's, else ours.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tidewatch.tidewatch"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.tidewatch.tidewatch"), QIcon(QStringLiteral(":/tidewatch.svg"))));
    QApplication::setApplicationVersion(QString::fromLatin1(TW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tidewatch customer-feedback workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("Open this store."), QStringLiteral("PATH"));
    QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Open the demo store."));
    QCommandLineOption searchOpt(QStringLiteral("search"), QStringLiteral("Start with this search."),
                                 QStringLiteral("TEXT"));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot and exit."),
                               QStringLiteral("FILE"));
    QCommandLineOption importOpt(QStringLiteral("import"), QStringLiteral("Open the import dialog on this file."),
                                 QStringLiteral("FILE"));
    QCommandLineOption dashOpt(QStringLiteral("dashboard"), QStringLiteral("Start on the dashboard."));
    QCommandLineOption drillOpt(QStringLiteral("drill"), QStringLiteral("On the dashboard, drill into this category."),
                                QStringLiteral("PATH"));
    QCommandLineOption tabOpt(QStringLiteral("tab"),
                              QStringLiteral("Start on categories, concordance, phrases, radar, escalations or audit."),
                              QStringLiteral("NAME"));
    QCommandLineOption ruleOpt(QStringLiteral("rule"),
                               QStringLiteral("Category to select, or rule for the concordance."),
                               QStringLiteral("TEXT"));
    QCommandLineOption sinceOpt(QStringLiteral("since"), QStringLiteral("Emerging phrases from this day."),
                                QStringLiteral("DATE"));
    QCommandLineOption untilOpt(QStringLiteral("until"), QStringLiteral("Emerging phrases to this day."),
                                QStringLiteral("DATE"));
    QCommandLineOption userOpt(QStringLiteral("user"),
                               QStringLiteral("On a store with users, sign in as NAME with the password in "
                                              "TIDEWATCH_PASSWORD instead of the sign-in dialog."),
                               QStringLiteral("NAME"));
    parser.addOptions({storeOpt, demoOpt, searchOpt, importOpt, dashOpt, drillOpt, tabOpt, ruleOpt, sinceOpt, untilOpt,
                       shotOpt, userOpt});
    parser.process(app);

    tw::ui::MainWindow window;
    window.show();
    if (parser.isSet(userOpt)) window.presetSignIn(parser.value(userOpt), qEnvironmentVariable("TIDEWATCH_PASSWORD"));

    QString last = QSettings().value(QStringLiteral("store/last")).toString();
    if (parser.isSet(storeOpt))
        window.openStore(parser.value(storeOpt));
    else if (!parser.isSet(demoOpt) && !last.isEmpty() && QFileInfo::exists(last))
        window.openStore(last);
    else
        window.openDemo();

    if (parser.isSet(searchOpt)) {
        window.browser()->searchBox()->setText(parser.value(searchOpt));
    }
    if (parser.isSet(importOpt)) {
        const QString file = parser.value(importOpt);
        auto openImport = [&window, file, shot = parser.value(shotOpt)] {
            auto* dialog = window.showImportDialog(file);
            if (!dialog || shot.isEmpty()) return;
            QObject::connect(dialog, &tw::ui::ImportDialog::previewReady, dialog, [dialog, shot] {
                QTimer::singleShot(300, dialog, [dialog, shot] {
                    dialog->grab().save(shot);
                    QApplication::quit();
                });
            });
        };
        if (window.storePath().isEmpty()) {
            QObject::connect(&window, &tw::ui::MainWindow::storeOpened, &window, openImport, Qt::SingleShotConnection);
        } else {
            openImport();
        }
        if (parser.isSet(shotOpt)) QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });
    } else if (parser.isSet(dashOpt)) {
        window.tabs()->setCurrentWidget(window.dashboard());
        auto* chart = window.dashboard()->categoryChart();
        if (parser.isSet(drillOpt)) {
            QObject::connect(
                chart, &tw::ui::CategoryChart::refreshed, chart,
                [chart, path = parser.value(drillOpt)] {
                    const auto index = chart->barPaths().indexOf(path);
                    if (index >= 0) chart->clickBar(static_cast<int>(index));
                },
                Qt::SingleShotConnection);
        }
        if (parser.isSet(shotOpt)) {
            grabWhen(window, chart, &tw::ui::CategoryChart::refreshed, parser.value(shotOpt));
            QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });
        }
    } else if (parser.isSet(tabOpt)) {
        const QString tab = parser.value(tabOpt), rule = parser.value(ruleOpt), shot = parser.value(shotOpt);
        if (tab == QStringLiteral("categories")) {
            auto* editor = window.taxonomyEditor();
            window.tabs()->setCurrentWidget(editor);
            QObject::connect(
                editor, &tw::ui::TaxonomyEditor::loaded, editor, [editor, rule] { editor->select(rule); },
                Qt::SingleShotConnection);
            if (!shot.isEmpty()) grabWhen(window, editor, &tw::ui::TaxonomyEditor::previewReady, shot);
        } else if (tab == QStringLiteral("concordance")) {
            auto* kwic = window.kwic();
            window.tabs()->setCurrentWidget(kwic);
            kwic->ruleBox()->setText(rule);
            QObject::connect(&window, &tw::ui::MainWindow::storeOpened, kwic, [kwic] { kwic->run(); });
            if (!window.storePath().isEmpty()) kwic->run();
            if (!shot.isEmpty()) grabWhen(window, kwic, &tw::ui::KwicView::finished, shot);
        } else if (tab == QStringLiteral("phrases")) {
            auto* phrases = window.phrases();
            window.tabs()->setCurrentWidget(phrases);
            const QDate since = QDate::fromString(parser.value(sinceOpt), Qt::ISODate);
            const QDate until = QDate::fromString(parser.value(untilOpt), Qt::ISODate);
            auto run = [phrases, since, until] {
                phrases->setWindow(since, until);
                phrases->run();
            };
            QObject::connect(&window, &tw::ui::MainWindow::storeOpened, phrases, run);
            if (!window.storePath().isEmpty()) run();
            if (!shot.isEmpty()) grabWhen(window, phrases, &tw::ui::PhrasesView::finished, shot);
        } else if (tab == QStringLiteral("radar")) {
            // The finding of topic --rule (the first tsunami otherwise) selected, with its timeline.
            auto* radar = window.radar();
            window.tabs()->setCurrentWidget(radar);
            QObject::connect(radar, &tw::ui::RadarView::finished, radar, [radar, rule](int findings) {
                int pick = -1;
                for (int i = 0; i < findings && pick < 0; ++i) {
                    const auto& f = radar->findings()[static_cast<std::size_t>(i)];
                    if (rule.isEmpty() ? f.cls == tw::core::TrendClass::Tsunami
                                       : QString::fromStdString(f.topic) == rule)
                        pick = i;
                }
                radar->selectFinding(std::max(0, pick));
            });
            if (!shot.isEmpty()) grabWhen(window, radar, &tw::ui::RadarView::finished, shot);
        } else if (tab == QStringLiteral("audit")) {
            auto* audit = window.audit();
            window.tabs()->setCurrentWidget(audit);
            audit->verify();
            if (!shot.isEmpty()) grabWhen(window, audit, &tw::ui::AuditView::verified, shot);
        } else if (tab == QStringLiteral("escalations")) {
            auto* queue = window.escalations();
            window.tabs()->setCurrentWidget(queue);
            // The first listing with rows (after the background scan on a first run) selects the top one.
            QObject::connect(queue, &tw::ui::EscalationQueue::loaded, queue, [queue](int rows) {
                if (rows > 0 && queue->table()->selectedItems().isEmpty()) queue->table()->selectRow(0);
            });
            QObject::connect(&window, &tw::ui::MainWindow::analysisFinished, queue, &tw::ui::EscalationQueue::refresh);
            if (!shot.isEmpty()) {
                QObject::connect(queue, &tw::ui::EscalationQueue::detailShown, &window, [&window, shot] {
                    QTimer::singleShot(300, &window, [&window, shot] {
                        window.grab().save(shot);
                        QApplication::quit();
                    });
                });
            }
        }
        if (!shot.isEmpty()) QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });
    } else if (parser.isSet(shotOpt)) {
        const QString file = parser.value(shotOpt);
        auto* model = window.browser()->model();
        QObject::connect(model, &tw::ui::VerbatimTableModel::pageLoaded, &window, [&window, file](int page) {
            if (page != 0) return;
            auto* table = window.browser()->table();
            table->selectRow(1);
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        });
        // A store with nothing to list: what the browser says instead.
        QObject::connect(model, &tw::ui::VerbatimTableModel::indexReady, &window, [&window, file](qint64 total) {
            if (total != 0) return;
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        });
        QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });  // never hang a script
    }
    return QApplication::exec();
}
