// tidewatch: the GUI entry. Opens the last store, or the demo store (created on first run).
//   tidewatch [--store PATH] [--demo] [--search TEXT] [--import FILE] [--screenshot FILE.png]
// --screenshot grabs the window once the first rows are shown (with --import: the import dialog
// once its preview is ready) and exits; used for the README's screenshots.
#include "dialogs/import_dialog.h"
#include "main_window.h"
#include "models/verbatim_table_model.h"
#include "views/dashboard_panel.h"
#include "views/verbatim_browser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QApplication::setApplicationName(QStringLiteral("Tidewatch"));
    QApplication::setApplicationVersion(QString::fromLatin1(TW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tidewatch customer-feedback workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("Open this store."), QStringLiteral("PATH"));
    QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Open the demo store."));
    QCommandLineOption searchOpt(QStringLiteral("search"), QStringLiteral("Start with this search."), QStringLiteral("TEXT"));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot and exit."), QStringLiteral("FILE"));
    QCommandLineOption importOpt(QStringLiteral("import"), QStringLiteral("Open the import dialog on this file."),
                                 QStringLiteral("FILE"));
    QCommandLineOption dashOpt(QStringLiteral("dashboard"), QStringLiteral("Start on the dashboard."));
    parser.addOptions({storeOpt, demoOpt, searchOpt, importOpt, dashOpt, shotOpt});
    parser.process(app);

    tw::ui::MainWindow window;
    window.show();

    QString last = QSettings().value(QStringLiteral("store/last")).toString();
    if (parser.isSet(storeOpt)) window.openStore(parser.value(storeOpt));
    else if (!parser.isSet(demoOpt) && !last.isEmpty() && QFileInfo::exists(last)) window.openStore(last);
    else window.openDemo();

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
        if (parser.isSet(shotOpt)) {
            const QString file = parser.value(shotOpt);
            QObject::connect(window.dashboard(), &tw::ui::DashboardPanel::refreshed, &window, [&window, file] {
                QTimer::singleShot(600, &window, [&window, file] {
                    window.grab().save(file);
                    QApplication::quit();
                });
            });
            QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });
        }
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
        QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });  // never hang a script
    }
    return QApplication::exec();
}
