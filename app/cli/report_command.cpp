#include "report_command.h"

#include "sign_in.h"
#include "store_commands.h"

#include "language.h"
#include "report/pdf_report.h"

#include <QApplication>
#include <QLocale>

#include <algorithm>

#include <cstdio>
#include <iostream>

namespace tw::cli {

int runReport(const ReportArgs& a, int argc, char** argv) {
    if (a.out.empty()) {
        printError(core::makeError("give the PDF file to write", "--out"));
        return 2;
    }
    if (a.lang != "system" && std::none_of(ui::uiLanguages().begin(), ui::uiLanguages().end(),
                                           [&](const ui::UiLanguage& l) { return l.code.toStdString() == a.lang; })) {
        printError(core::makeError("unknown language '" + a.lang + "': en, de, fr, es, ja or system", "--lang"));
        return 2;
    }
    const auto filter = browseFilterOf(a.where);
    if (!filter) return 2;
    auto store = openStore(a.store, core::Store::Access::ReadWrite);  // signing in and the report are audited
    if (!store) return 1;
    auto who = signIn(*store, a.as);
    if (!who) return 1;
    who->purpose = a.purpose;
    auto reader = core::RoleReader::open(*store, *who);
    if (!reader) {
        printError(reader.error());
        return 1;
    }
    core::ReportOptions options;
    options.trends = !a.noTrends;
    auto data = core::gatherReport(*reader, *filter, nowSeconds(), options);
    if (!data) {
        printError(data.error());
        return 1;
    }
    // Charts and page layout need Qt's GUI classes, not a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString lang =
        a.lang == "system" ? ui::resolveLanguage({}, QLocale::system().uiLanguages()) : QString::fromStdString(a.lang);
    ui::installLanguage(lang, a.lang != "system");
    if (auto st = ui::writePdfReport(*data, QString::fromStdString(a.out)); !st) {
        printError(st.error());
        return 1;
    }
    // A report that cannot be audited is not kept.
    if (auto st = core::auditReport(*store, *data, a.out, nowSeconds()); !st) {
        std::remove(a.out.c_str());
        printError(st.error());
        return 1;
    }
    std::cerr << "wrote the report of " << data->figures.total << " verbatims (" << data->filter << ") to " << a.out
              << "\n";
    return 0;
}

}  // namespace tw::cli
