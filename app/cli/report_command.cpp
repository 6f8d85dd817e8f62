#include "report_command.h"

#include "sign_in.h"
#include "store_commands.h"

#include "report/pdf_report.h"

#include <QApplication>

#include <cstdio>
#include <iostream>

namespace tw::cli {

int runReport(const ReportArgs& a, int argc, char** argv) {
    if (a.out.empty()) {
        printError(core::makeError("give the PDF file to write", "--out"));
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
