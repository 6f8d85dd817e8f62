// The PDF report (core/report/report_data.h gathered through a role's reader, laid out by
// ui/report/pdf_report.h): the sections a manager expects, read back with pdftotext; what an
// analyst's report leaves out (restricted verbatims, personal data, the queue); the filter used
// on its cover and in its figures; a failed write leaves nothing behind.
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/risk_job.h"
#include "report/pdf_report.h"
#include "report/report_data.h"
#include "store/role_reader.h"
#include "test_support.h"

#include <QDateTime>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <cstdio>

using namespace tw;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;

struct Reported {
    tw::test::TempDir dir;
    core::Store store = std::move(core::Store::create(dir.file("r.tw")).value());

    Reported() {
        const std::string rows =
            "id,date,channel,text\n"
            "1,2026-01-05,email,Great service and friendly staff. Write to me at ann.lee@example.org anytime.\n"
            "2,2026-01-06,email,I will sue you and my lawyer will call. Reach me at jo.smith@example.com.\n"
            "3,2026-01-07,call,After taking the pills I had a severe allergic reaction and went to hospital.\n"
            "4,2026-02-01,chat,I was charged twice and the refund is still missing. Terrible support.\n"
            "5,2026-02-02,web,Delivery was late again and nobody answers the phone. Awful.\n"
            "6,2026-02-03,web,Lovely staff and a quick refund. Thank you!\n";
        EXPECT_TRUE(core::importFile(store, dir.write("r.csv", rows), {}).ok());
        auto analyzer = core::analyzerForStore(store);
        EXPECT_TRUE(analyzer.ok());
        EXPECT_TRUE(core::analyzeStore(store, *analyzer, 1).ok());
        EXPECT_TRUE(core::scanRisks(store, 1, {}, nullptr, kNow).ok());
    }
    core::ReportData gather(core::Role role, const core::BrowseFilter& filter = {}) {
        auto reader = core::RoleReader::open(store, core::AccessContext::of(std::string(core::roleName(role)) + "-user",
                                                                            role, core::Policies::defaults()));
        EXPECT_TRUE(reader.ok());
        auto data = core::gatherReport(*reader, filter, kNow);
        EXPECT_TRUE(data.ok()) << (data.ok() ? "" : data.error().describe());
        return std::move(data.value());
    }
    // The report's text as pdftotext reads it from the PDF.
    std::string pdfText(const core::ReportData& data, const std::string& name) {
        const std::string pdf = dir.file(name);
        auto st = ui::writePdfReport(data, QString::fromStdString(pdf));
        EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().describe());
        EXPECT_EQ(tw::test::readFile(pdf).substr(0, 5), "%PDF-");
        std::string text;
        if (FILE* p = popen(("pdftotext -layout '" + pdf + "' - 2>/dev/null").c_str(), "r")) {
            char buf[4096];
            for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
            pclose(p);
        }
        // The fonts' ligatures come back as one character each; a reader's search matches them.
        for (auto [ligature, letters] : {std::pair{"\xEF\xAC\x81", "fi"}, std::pair{"\xEF\xAC\x82", "fl"}}) {
            for (std::size_t at; (at = text.find(ligature)) != std::string::npos;) text.replace(at, 3, letters);
        }
        return text;
    }
};

}  // namespace

TEST(Report, AManagersPdfHasEverySectionWithItsFigures) {
    Reported r;
    const auto data = r.gather(core::Role::Manager);
    EXPECT_EQ(data.figures.total, 6);
    EXPECT_EQ(data.figures.analysed, 6);
    EXPECT_GT(data.figures.negative, 0);
    ASSERT_TRUE(data.escalations.has_value());
    EXPECT_GT(data.escalations->total.open, 0);
    ASSERT_FALSE(data.mostNegative.empty());
    EXPECT_LT(*data.mostNegative.front().sentiment, 0.0);
    const std::string text = r.pdfText(data, "manager.pdf");
    ASSERT_FALSE(text.empty()) << "pdftotext is needed to read the report back (packaging/install-deps.sh)";
    for (const char* section : {"Customer feedback report", "Filters used: all verbatims", "Prepared for: manager-user",
                                "Key figures", "Sentiment", "Top categories", "Emerging issues", "Escalations",
                                "Threat to sue", "Sample verbatims", "Most negative", "Most positive"})
        EXPECT_NE(text.find(section), std::string::npos) << section << "\n" << text;
    EXPECT_NE(text.find("2026-01-05 – 2026-02-03"), std::string::npos) << text;
}

TEST(Report, AnAnalystsReportQuotesNoRestrictedVerbatimAndNoPersonalData) {
    Reported r;
    const auto data = r.gather(core::Role::Analyst);
    EXPECT_EQ(data.figures.total, 4);  // the lawsuit and the adverse event are counted only
    EXPECT_EQ(data.countedOnly, 2);
    EXPECT_FALSE(data.escalations.has_value());
    const std::string text = r.pdfText(data, "analyst.pdf");
    EXPECT_NE(text.find("Restricted verbatims, counted only"), std::string::npos);
    EXPECT_NE(text.find("This role has no escalation queue."), std::string::npos);
    for (const char* secret : {"lawyer", "allergic", "ann.lee@example.org", "jo.smith@example.com"})
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
}

TEST(Report, TheFilterIsOnTheCoverAndInTheFigures) {
    Reported r;
    core::BrowseFilter web;
    web.channel = "web";
    const auto data = r.gather(core::Role::Manager, web);
    EXPECT_EQ(data.figures.total, 2);
    ASSERT_EQ(data.figures.channels.size(), 1u);
    EXPECT_EQ(data.figures.channels[0].channel, "web");
    QTextDocument doc;
    ui::buildReportDocument(data, doc, 600);
    const QString plain = doc.toPlainText();
    EXPECT_TRUE(plain.contains(QStringLiteral("Filters used: channel web"))) << plain.toStdString();
    EXPECT_FALSE(plain.contains(QStringLiteral("charged twice")));
}

TEST(Report, AReportThatCannotBeWrittenSaysWhereAndLeavesNothing) {
    Reported r;
    const auto data = r.gather(core::Role::Manager);
    auto st = ui::writePdfReport(data, QString::fromStdString(r.dir.file("missing-folder/report.pdf")));
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().describe().find("missing-folder/report.pdf"), std::string::npos);
}
