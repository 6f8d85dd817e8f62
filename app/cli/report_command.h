#pragma once
// tidewatch-cli report: the PDF report of what the signed-in role sees for a filter
// (core/report/report_data.h, laid out by ui/report/pdf_report.h under Qt's offscreen platform).

#include "filter_options.h"

#include <string>

namespace tw::cli {

struct ReportArgs {
    std::string store, as, out, purpose;
    std::string lang = "en";  // the report's language: en, de, fr, es, ja, or "system"
    FilterArgs where;
    bool noTrends = false;
};

// `argc`/`argv` start Qt (which renders the charts and lays out the pages).
int runReport(const ReportArgs& args, int argc, char** argv);

}  // namespace tw::cli
