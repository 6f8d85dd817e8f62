// What readers see: every presentation path (browser pages, a verbatim by id, search snippets,
// KWIC lines, exports) shows personal data as type tags, before and after the risk scan, and the
// score's explanation still points at the right words of the redacted text.
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/risk_job.h"
#include "store/exporter.h"
#include "store/kwic_query.h"
#include "store/verbatim_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace tw::core;

namespace {

const char* kSecrets[] = {"jane.doe@example.com", "4111 1111 1111 1111", "Jane Doe", "7946 0958"};

struct Redacting {
    tw::test::TempDir dir;
    Store store = std::move(Store::create(dir.file("r.tw")).value());
    Redacting() {
        const std::string csv =
            "id,channel,text\n"
            "1,email,\"My name is Jane Doe, write to jane.doe@example.com. The refund was terrible.\"\n"
            "2,chat,\"Card 4111 1111 1111 1111 was charged twice, refund please! Call +44 20 7946 0958.\"\n";
        auto r = importFile(store, dir.write("in.csv", csv), {});
        EXPECT_TRUE(r.ok());
        auto analyzer = analyzerForStore(store);
        EXPECT_TRUE(analyzer.ok());
        EXPECT_TRUE(analyzeStore(store, *analyzer, 1).ok());
    }
    void expectNoSecret(const std::string& shown, const std::string& where) {
        for (const char* s : kSecrets) EXPECT_EQ(shown.find(s), std::string::npos) << where << ": " << shown;
    }
    void checkEveryPath(const std::string& when) {
        VerbatimReader reader(store);
        auto page = reader.page({}, {INT64_MAX, INT64_MAX}, 10);
        ASSERT_TRUE(page.ok());
        ASSERT_EQ(page->size(), 2u);
        for (const Verbatim& v : *page) {
            expectNoSecret(v.text, when + " page");
            EXPECT_TRUE(v.redacted);
        }
        auto one = reader.byId(1);
        ASSERT_TRUE(one.ok() && one->has_value());
        EXPECT_EQ((*one)->text, "My name is [PERSON], write to [EMAIL]. The refund was terrible.") << when;
        std::vector<std::string> types;
        for (const PiiMark& m : (*one)->pii) types.push_back(m.type);
        EXPECT_EQ(types, (std::vector<std::string>{"PERSON", "EMAIL"}));
        EXPECT_EQ((*one)->pii[1].startCp, 30u);
        // The explanation's spans point into the redacted text: "terrible" is where it says.
        bool found = false;
        for (const auto& c : nlohmann::json::parse((*one)->explain)) {
            if (c["term"] != "terrible") continue;
            found = true;
            const std::size_t start = c["start"], end = c["end"];
            EXPECT_EQ((*one)->text.substr(start, end - start), "terrible") << when;
        }
        EXPECT_TRUE(found);
        auto hits = reader.search("refund", 5);
        ASSERT_TRUE(hits.ok());
        ASSERT_EQ(hits->size(), 2u);
        for (const SearchHit& h : *hits) {
            expectNoSecret(h.snippet, when + " snippet");
            EXPECT_NE(h.snippet.find("[refund]"), std::string::npos) << h.snippet;
        }
        auto lines = kwicQuery(store, "refund", 60, 10, KwicSort::Source);
        ASSERT_TRUE(lines.ok());
        ASSERT_EQ(lines->size(), 2u);
        for (const auto& l : *lines) {
            expectNoSecret(l.line.left + l.line.match + l.line.right, when + " kwic");
            EXPECT_EQ(l.line.match, "refund");
        }
        std::ostringstream jsonl, csv;
        ASSERT_TRUE(exportVerbatims(store, ExportFormat::JsonLines, jsonl).ok());
        ASSERT_TRUE(exportVerbatims(store, ExportFormat::Csv, csv).ok());
        expectNoSecret(jsonl.str(), when + " export");
        expectNoSecret(csv.str(), when + " export");
        EXPECT_NE(jsonl.str().find("[PAYMENT_CARD]"), std::string::npos);
    }
};

}  // namespace

TEST(RedactedView, EveryPresentationPathRedactsBeforeAndAfterTheScan) {
    Redacting r;
    r.checkEveryPath("before the scan");
    ASSERT_TRUE(scanRisks(r.store, 1).ok());
    r.checkEveryPath("after the scan");
    // Jobs still read the stored text: the batch path is not redacted.
    auto raw = VerbatimReader(r.store).after(0, 1);
    ASSERT_TRUE(raw.ok());
    EXPECT_NE(raw->front().text.find("jane.doe@example.com"), std::string::npos);
}
