// Exports of what a role sees (store/view_export.h) and the three formats (export/verbatim_writer.h):
// an analyst's export holds no restricted verbatim and no personal data, the filter picks the
// rows, a refused or failed export leaves nothing behind, every export is audited, and CSV, JSON
// Lines and XLSX carry the same columns.
#include "store/view_export.h"
#include "export/verbatim_writer.h"
#include "ingest/importer.h"
#include "jobs/risk_job.h"
#include "store/audit_repository.h"
#include "store/role_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace tw::core;

namespace {

constexpr std::int64_t kNow = 1'790'000'000;

struct Exports {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("v.tw")).value());

    Exports() {
        const std::string rows =
            "id,date,channel,text\n"
            "1,2026-01-05,email,Great service and friendly staff. Write to me at ann.lee@example.org anytime.\n"
            "2,2026-01-06,email,I will sue you and my lawyer will call. Reach me at jo.smith@example.com.\n"
            "3,2026-01-07,call,After taking the pills I had a severe allergic reaction and went to hospital.\n"
            "4,2026-02-01,chat,I am going to cancel my subscription and switch to another provider.\n"
            "5,2026-02-02,web,=HYPERLINK(\"http://evil.example\") click here for a refund\n";
        EXPECT_TRUE(importFile(store, dir.write("v.csv", rows), {}).ok());
        EXPECT_TRUE(scanRisks(store, 1, {}, nullptr, kNow).ok());
    }
    RoleReader as(Role role, Policies policies = Policies::defaults()) {
        auto r = RoleReader::open(store, AccessContext::of(std::string(roleName(role)) + "-user", role, policies));
        EXPECT_TRUE(r.ok());
        return std::move(r.value());
    }
    // Exports `filter` as `role` to a file of `format`; the file's bytes.
    std::string exportAs(Role role, const BrowseFilter& filter, ExportFormat format, ViewExport* summary = nullptr) {
        const std::string path = dir.file(std::string("out.") + exportFormatName(format));
        RoleReader reader = as(role);
        auto writer = VerbatimWriter::toFile(format, path);
        EXPECT_TRUE(writer.ok());
        auto done = exportView(reader, filter, **writer, path);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().describe());
        if (summary && done) *summary = *done;
        return tw::test::readFile(path);
    }
    std::vector<std::string> audited() {
        auto list = AuditRepository(store).list({std::nullopt, std::string("export")});
        std::vector<std::string> out;
        for (const AuditEntry& e : *list) out.push_back(e.actor + ": " + e.detail);
        return out;
    }
    // Files in the folder besides the store and the import.
    std::vector<std::string> leftovers() {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
            const std::string name = entry.path().filename().string();
            if (!name.starts_with("v.")) names.push_back(name);
        }
        return names;
    }
};

std::string unzipped(const std::string& xlsx, const std::string& member) {
    std::string out;
    if (FILE* p = popen(("unzip -p '" + xlsx + "' " + member + " 2>/dev/null").c_str(), "r")) {
        char buf[4096];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
        pclose(p);
    }
    return out;
}

}  // namespace

TEST(ViewExport, AnAnalystExportsWhatTheBrowserShowsWithoutRestrictedTextOrPersonalData) {
    Exports f;
    ViewExport summary;
    const std::string csv = f.exportAs(Role::Analyst, {}, ExportFormat::Csv, &summary);
    EXPECT_EQ(summary.written, 3);      // praise, churn and the web one
    EXPECT_EQ(summary.countedOnly, 2);  // the lawsuit and the adverse event: counted, never exported
    EXPECT_NE(csv.find("Write to me at [EMAIL] anytime."), std::string::npos) << csv;
    EXPECT_EQ(csv.find("ann.lee@example.org"), std::string::npos);
    EXPECT_EQ(csv.find("lawyer"), std::string::npos);
    EXPECT_EQ(csv.find("allergic"), std::string::npos);
    EXPECT_NE(csv.find("cancel my subscription"), std::string::npos);
    EXPECT_EQ(f.audited(), (std::vector<std::string>{"analyst-user: 3 verbatims as csv (all verbatims) to " +
                                                     f.dir.file("out.csv") + "; 2 restricted left out"}));
}

TEST(ViewExport, ALegalReviewerSeesFlaggedVerbatimsRedactedUntilOpenedWithAReason) {
    Exports f;
    const std::string jsonl = f.exportAs(Role::LegalReviewer, {}, ExportFormat::JsonLines);
    EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 5);
    // Unflagged text as written (the legal reviewer's list shows it so), flagged text redacted.
    EXPECT_NE(jsonl.find("ann.lee@example.org"), std::string::npos);
    EXPECT_NE(jsonl.find("I will sue you and my lawyer will call. Reach me at [EMAIL]."), std::string::npos) << jsonl;
    EXPECT_EQ(jsonl.find("jo.smith@example.com"), std::string::npos);
}

TEST(ViewExport, TheFilterPicksTheRowsAndIsInTheAuditTrail) {
    Exports f;
    BrowseFilter byRule;
    byRule.search = "cancel* OR refund";
    std::string csv = f.exportAs(Role::Manager, byRule, ExportFormat::Csv);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;  // header, churn, web
    BrowseFilter byChannelAndDays;
    byChannelAndDays.channel = "email";
    byChannelAndDays.from = 1767571200;   // 2026-01-05
    byChannelAndDays.until = 1767657600;  // 2026-01-06, exclusive
    csv = f.exportAs(Role::Manager, byChannelAndDays, ExportFormat::Csv);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2) << csv;
    EXPECT_NE(csv.find("friendly staff"), std::string::npos);
    const auto trail = f.audited();
    ASSERT_EQ(trail.size(), 2u);
    EXPECT_NE(trail[0].find("search 'cancel* OR refund'"), std::string::npos) << trail[0];
    EXPECT_NE(trail[1].find("channel email; 2026-01-05 to 2026-01-05"), std::string::npos) << trail[1];
}

TEST(ViewExport, ARoleThatMayNotExportIsRefusedAndNothingIsWritten) {
    Exports f;
    Policies policies = Policies::defaults();
    policies.of(Role::Analyst).exports = false;
    RoleReader reader = f.as(Role::Analyst, policies);
    const std::string path = f.dir.file("refused.csv");
    auto writer = VerbatimWriter::toFile(ExportFormat::Csv, path);
    ASSERT_TRUE(writer.ok());
    auto done = exportView(reader, {}, **writer, path);
    ASSERT_FALSE(done.ok());
    EXPECT_NE(done.error().message.find("may not export"), std::string::npos);
    writer->reset();
    EXPECT_TRUE(f.leftovers().empty());
    EXPECT_TRUE(f.audited().empty());
}

TEST(ViewExport, AFailedExportLeavesTheEarlierFileAsItWasAndNoPartBehind) {
    Exports f;
    const std::string path = f.dir.write("earlier.xlsx", "the export of last week");
    RoleReader reader = f.as(Role::Manager);
    {
        auto writer = VerbatimWriter::toFile(ExportFormat::Xlsx, path);
        ASSERT_TRUE(writer.ok());
        BrowseFilter bad;
        bad.search = "refund AND (";
        auto done = exportView(reader, bad, **writer, path);
        ASSERT_FALSE(done.ok());
        EXPECT_NE(done.error().describe().find("1:"), std::string::npos) << done.error().describe();  // where
    }
    EXPECT_EQ(tw::test::readFile(path), "the export of last week");
    EXPECT_EQ(f.leftovers(), (std::vector<std::string>{"earlier.xlsx"}));
    auto nowhere = VerbatimWriter::toFile(ExportFormat::Csv, f.dir.file("no-such-folder/out.csv"));
    ASSERT_FALSE(nowhere.ok());
    EXPECT_NE(nowhere.error().describe().find("no-such-folder/out.csv"), std::string::npos);
}

TEST(VerbatimWriter, TheThreeFormatsCarryTheSameColumnsAndCsvNeverHoldsAFormula) {
    Exports f;
    const std::string csv = f.exportAs(Role::Manager, {}, ExportFormat::Csv);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "id,external_id,channel,created_at,customer,language,rating,consent,text,attributes,sentiment,label,"
              "anger,fear,sadness,joy,intensity,effort,categories");
    EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://evil.example\"\") click here for a refund\","), std::string::npos)
        << csv;

    const std::string jsonl = f.exportAs(Role::Manager, {}, ExportFormat::JsonLines);
    const auto first = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));  // newest: the web one
    EXPECT_EQ(first["text"], "=HYPERLINK(\"http://evil.example\") click here for a refund");
    EXPECT_EQ(first["created_at"], "2026-02-02T00:00:00Z");
    EXPECT_TRUE(first["sentiment"].is_null());  // not analysed yet
    EXPECT_TRUE(first["categories"].is_array());
    EXPECT_EQ(first.size(), 19u);

    const std::string xlsx = f.dir.file("out.xlsx");
    f.exportAs(Role::Manager, {}, ExportFormat::Xlsx);
    ASSERT_EQ(tw::test::readFile(xlsx).substr(0, 2), "PK");  // a zip container
    const std::string sheet = unzipped(xlsx, "xl/worksheets/sheet1.xml");
    ASSERT_FALSE(sheet.empty()) << "unzip is needed to read the workbook back (packaging/install-deps.sh)";
    EXPECT_NE(sheet.find("cancel my subscription"), std::string::npos);
    EXPECT_NE(sheet.find("=HYPERLINK"), std::string::npos);  // a string cell, never a formula
    EXPECT_EQ(sheet.find("<f>"), std::string::npos);
    EXPECT_EQ(sheet.find("jo.smith@example.com"), std::string::npos);
}

TEST(VerbatimWriter, AnXlsxCellBeyondExcelsLimitIsCutAndSaysSo) {
    tw::test::TempDir dir;
    const std::string path = dir.file("long.xlsx");
    auto writer = VerbatimWriter::toFile(ExportFormat::Xlsx, path);
    ASSERT_TRUE(writer.ok());
    Verbatim v;
    v.id = 7;
    v.channel = "email";
    for (int i = 0; i < 5000; ++i) v.text += "caf\xC3\xA9 ok ";  // 45,000 bytes
    ASSERT_TRUE((*writer)->write(v).ok());
    ASSERT_TRUE((*writer)->finish().ok());
    const std::string sheet = unzipped(path, "xl/worksheets/sheet1.xml");
    EXPECT_NE(sheet.find("[cut: Excel holds 32,767 characters a cell; CSV and JSON Lines keep all]"),
              std::string::npos);
}

TEST(VerbatimWriter, FormatsByNameAndByExtension) {
    EXPECT_EQ(exportFormatFromPath("/tmp/a.XLSX"), ExportFormat::Xlsx);
    EXPECT_EQ(exportFormatFromPath("b.csv"), ExportFormat::Csv);
    EXPECT_EQ(exportFormatFromPath("c.jsonl"), ExportFormat::JsonLines);
    EXPECT_EQ(exportFormatFromPath("dir.v2/report"), std::nullopt);
    EXPECT_EQ(exportFormatFromName("xml"), std::nullopt);
    std::ostringstream out;
    auto toStdout = VerbatimWriter::toStream(ExportFormat::Xlsx, out);
    ASSERT_FALSE(toStdout.ok());
    EXPECT_NE(toStdout.error().message.find("--out FILE.xlsx"), std::string::npos);
    EXPECT_EQ(csvSafeText("-3 stars"), "'-3 stars");
    EXPECT_EQ(csvSafeText("3 stars"), "3 stars");
}
