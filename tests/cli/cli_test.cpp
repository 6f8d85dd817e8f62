// tidewatch-cli end to end: the commands, their JSON output and their exit statuses.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>

namespace {

struct Run {
    int status = -1;
    std::string out;
};

// A shell command's standard output and exit status.
Run shell(const std::string& cmd) {
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

// `env`: variable assignments for the command ("TIDEWATCH_PASSWORD=...").
Run cli(const std::string& args, const std::string& errFile = "/dev/null", const std::string& env = {}) {
    return shell((env.empty() ? "" : env + " ") + std::string(TW_CLI_PATH) + " " + args + " 2>" + errFile);
}

}  // namespace

TEST(Cli, VersionAndUsage) {
    auto v = cli("--version");
    EXPECT_EQ(v.status, 0);
    EXPECT_NE(v.out.find("tidewatch-cli"), std::string::npos);
    EXPECT_NE(cli("").status, 0);
    EXPECT_NE(cli("frobnicate").status, 0);
}

TEST(Cli, InitImportStatsSearchExport) {
    tw::test::TempDir dir;
    auto store = dir.file("s.tw");
    ASSERT_EQ(cli("init " + store).status, 0);
    auto csv = dir.write("in.csv",
                         "id,date,source,review\n1,2026-01-02,web,Charged twice for one order\n"
                         "2,2026-01-03,app,\"Lovely staff, quick refund\"\n3,2026-01-04,web\n");
    auto imp = cli("import " + store + " " + csv + " --map channel=source,text=review --json");
    ASSERT_EQ(imp.status, 0) << imp.out;
    auto j = nlohmann::json::parse(imp.out);
    EXPECT_EQ(j["read"], 3);
    EXPECT_EQ(j["stored"], 2);
    EXPECT_EQ(j["duplicates"], 0);
    EXPECT_EQ(j["quarantined"], 1);
    ASSERT_EQ(j["errors"].size(), 1u);
    EXPECT_EQ(j["errors"][0]["location"], "line 4");
    EXPECT_NE(j["errors"][0]["reason"].get<std::string>().find("ragged row"), std::string::npos);

    auto again =
        nlohmann::json::parse(cli("import " + store + " " + csv + " --map channel=source,text=review --json").out);
    EXPECT_EQ(again["stored"], 0);
    EXPECT_EQ(again["duplicates"], 2);

    auto stats = nlohmann::json::parse(cli("stats " + store + " --json").out);
    EXPECT_EQ(stats["verbatims"], 2);
    EXPECT_EQ(stats["channels"]["web"], 1);
    EXPECT_EQ(stats["channels"]["app"], 1);
    EXPECT_EQ(stats["first"], "2026-01-02");

    auto search = nlohmann::json::parse(cli("search " + store + " \"charged\" --json").out);
    EXPECT_EQ(search["total"], 1);
    EXPECT_EQ(search["results"][0]["text"], "Charged twice for one order");
    // The rule language: spans, fields, and errors with line:column and a non-zero exit.
    auto rule = nlohmann::json::parse(cli("search " + store + " '\"charged twice\" AND channel:web' --json").out);
    ASSERT_EQ(rule["total"], 1);
    EXPECT_EQ(rule["results"][0]["spans"][0], nlohmann::json::array({0, 13}));
    EXPECT_EQ(nlohmann::json::parse(cli("search " + store + " 'charged AND channel:app' --json").out)["total"], 0);
    auto errFile = dir.file("err.txt");
    auto bad = cli("search " + store + " 'charged AND'", errFile);
    EXPECT_NE(bad.status, 0);
    auto err = tw::test::readFile(errFile);
    EXPECT_NE(err.find("QUERY 1:12: expected a word"), std::string::npos) << err;

    auto kwic =
        nlohmann::json::parse(cli("kwic " + store + " 'refund OR twice' --width 10 --format json --sort match").out);
    ASSERT_EQ(kwic["lines"].size(), 2u);
    EXPECT_EQ(kwic["lines"][0]["match"], "refund");
    EXPECT_EQ(kwic["lines"][0]["left"], "ff, quick ");  // ten code points
    EXPECT_EQ(kwic["lines"][1]["match"], "twice");
    EXPECT_EQ(kwic["lines"][1]["right"], " for one o");
    auto kwicCsv = cli("kwic " + store + " twice --format csv");
    EXPECT_NE(kwicCsv.out.find("id,date,channel,left,match,right\n"), std::string::npos);
    EXPECT_NE(kwicCsv.out.find(",\"Charged \",\"twice\",\" for one order\""), std::string::npos) << kwicCsv.out;

    auto exported = dir.file("out.csv");
    ASSERT_EQ(cli("export " + store + " --format csv --out " + exported).status, 0);
    auto text = tw::test::readFile(exported);
    EXPECT_NE(text.find("\"Lovely staff, quick refund\""), std::string::npos);
    auto jsonl = cli("export " + store + " --format jsonl");
    EXPECT_EQ(std::count(jsonl.out.begin(), jsonl.out.end(), '\n'), 2);
    // The browser's filters, and the format from the file's extension.
    auto filtered = dir.file("refunds.xlsx");
    ASSERT_EQ(
        cli("export " + store + " --filter refund --since 2026-01-01 --until 2026-01-31 --out " + filtered).status, 0);
    EXPECT_EQ(tw::test::readFile(filtered).substr(0, 2), "PK");
    EXPECT_EQ(cli("export " + store + " --channel web --label furious").status, 2);
    EXPECT_EQ(cli("export " + store + " --format xlsx").status, 2);  // a workbook needs a file
    auto webOnly = cli("export " + store + " --channel web --format csv");
    EXPECT_EQ(std::count(webOnly.out.begin(), webOnly.out.end(), '\n'), 2) << webOnly.out;
    // The PDF report of a filter, laid out without a screen.
    auto pdf = dir.file("web.pdf");
    ASSERT_EQ(cli("report " + store + " --channel web --out " + pdf).status, 0);
    EXPECT_EQ(tw::test::readFile(pdf).substr(0, 5), "%PDF-");
    EXPECT_EQ(cli("report " + store + " --since 2026-13-01 --out " + pdf).status, 2);
    // In German: its headings and numbers (pdftotext reads it back).
    auto german = dir.file("web-de.pdf");
    ASSERT_EQ(cli("report " + store + " --channel web --lang de --out " + german).status, 0);
    const std::string report = shell("pdftotext " + german + " -").out;
    EXPECT_NE(report.find("Kennzahlen"), std::string::npos) << report;
    EXPECT_NE(report.find("Wichtigste Kategorien"), std::string::npos) << report;
    EXPECT_EQ(report.find("Key figures"), std::string::npos) << report;
    EXPECT_EQ(cli("report " + store + " --lang tlh --out " + german).status, 2);
    // Newest first, as the browser lists them.
    EXPECT_EQ(nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')))["created_at"], "2026-01-03T00:00:00Z");

    auto q = nlohmann::json::parse(cli("quarantine " + store + " --json").out);
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0]["location"], "line 4");
}

TEST(Cli, ErrorsNameTheFileAndExitNonZero) {
    tw::test::TempDir dir;
    auto err = dir.file("err.txt");
    auto r = cli("stats " + dir.file("missing.tw"), err);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(tw::test::readFile(err).find("missing.tw: no store here"), std::string::npos);

    auto store = dir.file("s.tw");
    ASSERT_EQ(cli("init " + store).status, 0);
    r = cli("import " + store + " " + dir.write("x.csv", "a,b\n1,2\n"), err);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(tw::test::readFile(err).find("no text column found among: a, b"), std::string::npos);

    r = cli("import " + store + " " + dir.file("x.csv") + " --map text=zzz", err);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(tw::test::readFile(err).find("--map: the file has no column 'zzz'"), std::string::npos);

    r = cli("export " + store + " --format xml", err);
    EXPECT_EQ(r.status, 2);

    auto notStore =
        dir.write("notes.txt", "just some text, not a database at all........................................");
    r = cli("stats " + notStore, err);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(tw::test::readFile(err).find("not a Tidewatch store"), std::string::npos);
}

TEST(Cli, DemoWritesCorpusAndTruth) {
    tw::test::TempDir dir;
    auto r = cli("demo " + dir.file("demo") + " --volume 0.2 --json");
    ASSERT_EQ(r.status, 0);
    auto j = nlohmann::json::parse(r.out);
    EXPECT_GT(j["records"].get<int>(), 1000);
    EXPECT_FALSE(tw::test::readFile(j["truth"].get<std::string>()).empty());
}

TEST(Cli, ScoreFollowsTheContractLineByLineAndJsonl) {
    tw::test::TempDir dir;
    auto in = dir.write("in.txt", "I was charged twice and nobody answers!!\nLovely staff, thank you\n\n");
    auto r = cli("score --explain < " + in);
    ASSERT_EQ(r.status, 0);
    std::vector<nlohmann::json> rows;
    std::size_t start = 0;
    while (start < r.out.size()) {
        auto end = r.out.find('\n', start);
        rows.push_back(nlohmann::json::parse(r.out.substr(start, end - start)));
        start = end + 1;
    }
    ASSERT_EQ(rows.size(), 3u);  // one object per input line, the empty one included
    EXPECT_EQ(rows[0]["id"], 1);
    EXPECT_EQ(rows[0]["lang"], "en");
    EXPECT_EQ(rows[0]["sentiment"]["label"], "negative");
    EXPECT_GE(rows[0]["sentiment"]["score"].get<double>(), -1.0);
    EXPECT_TRUE(rows[0]["effort"].get<bool>());
    for (const char* e : {"anger", "fear", "sadness", "joy"}) {
        double v = rows[0]["emotions"][e].get<double>();
        EXPECT_TRUE(v >= 0.0 && v <= 1.0);
    }
    EXPECT_TRUE(rows[0]["categories"].is_array());
    EXPECT_TRUE(rows[0]["pii"].is_array());
    EXPECT_TRUE(rows[0]["flags"].is_array());
    ASSERT_FALSE(rows[0]["explain"].empty());
    EXPECT_EQ(rows[0]["explain"][0]["term"], "charged twice");
    EXPECT_EQ(rows[0]["explain"][0]["start"], 6);
    EXPECT_EQ(rows[1]["sentiment"]["label"], "positive");
    EXPECT_EQ(rows[2]["sentiment"]["label"], "neutral");

    auto jl = dir.write("in.jsonl",
                        "{\"id\": \"a7\", \"text\": \"Der Service war schrecklich\", \"lang\": \"de\"}\nnot json\n");
    auto err = dir.file("err.txt");
    auto j = cli("score --jsonl < " + jl, err);
    EXPECT_EQ(j.status, 1);  // the broken line is reported and the rest still scored
    auto first = nlohmann::json::parse(j.out.substr(0, j.out.find('\n')));
    EXPECT_EQ(first["id"], "a7");
    EXPECT_EQ(first["lang"], "de");
    EXPECT_EQ(first["sentiment"]["label"], "negative");
    EXPECT_NE(j.out.find("\"error\""), std::string::npos);
    EXPECT_NE(tw::test::readFile(err).find("stdin: line 2: broken JSON"), std::string::npos);
}

TEST(Cli, AnalyzeAndTheStoresOwnLexicon) {
    tw::test::TempDir dir;
    auto store = dir.file("s.tw");
    ASSERT_EQ(cli("init " + store).status, 0);
    ASSERT_EQ(
        cli("import " + store + " " + dir.write("in.csv", "id,text\n1,That board is sick\n2,Terrible wait\n")).status,
        0);
    auto first = nlohmann::json::parse(cli("analyze " + store + " --json").out);
    EXPECT_EQ(first["analysed"], 2);
    EXPECT_EQ(nlohmann::json::parse(cli("analyze " + store + " --json").out)["analysed"], 0);

    auto err = dir.file("err.txt");
    EXPECT_EQ(cli("lexicon " + store + " set sick 9", err).status, 2);
    EXPECT_NE(tw::test::readFile(err).find("outside -4..4"), std::string::npos);
    ASSERT_EQ(cli("lexicon " + store + " set Sick 3 --tags joy").status, 0);
    auto list = nlohmann::json::parse(cli("lexicon " + store + " list --json").out);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["term"], "sick");
    // The store's entry changes the analyzer version: everything is analysed again with it.
    EXPECT_EQ(nlohmann::json::parse(cli("analyze " + store + " --json").out)["analysed"], 2);
    auto search = nlohmann::json::parse(cli("search " + store + " board --json").out);
    ASSERT_EQ(search["total"], 1);
    EXPECT_EQ(search["results"][0]["sentiment"]["label"], "positive");
    ASSERT_EQ(cli("lexicon " + store + " remove sick").status, 0);
    EXPECT_EQ(cli("lexicon " + store + " remove sick", err).status, 1);
}

TEST(Cli, TaxonomyExportImportCategorizeAndCategories) {
    tw::test::TempDir dir;
    auto store = dir.file("s.tw");
    ASSERT_EQ(cli("init " + store).status, 0);
    ASSERT_EQ(cli("import " + store + " " +
                  dir.write("in.csv", "id,text\n1,I was charged twice this month\n2,The parcel never arrived\n"))
                  .status,
              0);
    // analyze applies the (built-in) taxonomy too.
    auto analyzed = nlohmann::json::parse(cli("analyze " + store + " --json").out);
    EXPECT_EQ(analyzed["categorized"]["tested"], 2);
    auto counts = nlohmann::json::parse(cli("categories " + store + " --json").out)["categories"];
    auto countOf = [&](const nlohmann::json& list, const std::string& path) {
        for (const auto& c : list) {
            if (c["path"] == path) return c["verbatims"].get<int>();
        }
        return -1;
    };
    EXPECT_EQ(countOf(counts, "Billing/Double charge"), 1);
    EXPECT_EQ(countOf(counts, "Billing"), 1);

    // Export, edit one rule, import: only that category is applied again.
    auto exported = dir.file("t.json");
    ASSERT_EQ(cli("taxonomy " + store + " export --out " + exported).status, 0);
    auto doc = nlohmann::json::parse(tw::test::readFile(exported));
    doc["categories"] = nlohmann::json::array(
        {{{"name", "Billing"}, {"children", {{{"name", "Double charge"}, {"rule", "charged NEAR/2 twice"}}}}},
         {{"name", "Delivery"}, {"rule", "parcel"}}});
    auto edited = dir.write("t2.json", doc.dump());
    auto imported = nlohmann::json::parse(cli("taxonomy " + store + " import " + edited + " --json").out);
    EXPECT_EQ(imported["categories"], 3);
    EXPECT_EQ(imported["to_apply"], 2);  // both rules changed (Delivery had none); Billing is a grouping
    auto applied = nlohmann::json::parse(cli("categorize " + store + " --json").out);
    EXPECT_EQ(applied["categories"], 2);
    EXPECT_EQ(applied["matches"], 2);
    counts = nlohmann::json::parse(cli("categories " + store + " --json").out)["categories"];
    EXPECT_EQ(counts.size(), 3u);
    EXPECT_EQ(countOf(counts, "Delivery"), 1);
    EXPECT_EQ(countOf(counts, "Billing/Double charge"), 1);

    // A broken rule is refused with its category and line:column; the store keeps its taxonomy.
    doc["categories"][1]["rule"] = "parcel AND (late";
    auto err = dir.file("err.txt");
    EXPECT_EQ(cli("taxonomy " + store + " import " + dir.write("t3.json", doc.dump()), err).status, 2);
    EXPECT_NE(tw::test::readFile(err).find("category 'Delivery', rule 1:"), std::string::npos)
        << tw::test::readFile(err);
    EXPECT_EQ(nlohmann::json::parse(cli("taxonomy " + store + " export").out)["categories"][1]["rule"], "parcel");
}

TEST(Cli, PhrasesFindWhatRisesAndCheckTheirDates) {
    tw::test::TempDir dir;
    auto store = dir.file("s.tw");
    ASSERT_EQ(cli("init " + store).status, 0);
    std::string csv = "id,date,channel,text\n";
    for (int i = 0; i < 40; ++i)
        csv += std::to_string(i) + ",2026-02-" + std::to_string(10 + i % 18) + ",chat,All fine " + std::to_string(i) +
               "\n";
    for (int i = 0; i < 8; ++i)
        csv += "n" + std::to_string(i) + ",2026-03-0" + std::to_string(1 + i % 5) + ",chat,The app crashes on launch\n";
    ASSERT_EQ(cli("import " + store + " " + dir.write("in.csv", csv)).status, 0);
    auto r = nlohmann::json::parse(cli("phrases " + store + " --since 2026-03-01 --json").out);
    EXPECT_EQ(r["recent"]["verbatims"], 8);
    ASSERT_FALSE(r["phrases"].empty());
    EXPECT_EQ(r["phrases"][0]["phrase"], "app crashes");
    EXPECT_EQ(r["phrases"][0]["recent"], 8);
    EXPECT_EQ(r["phrases"][0]["channels"]["chat"], 8);
    auto err = dir.file("err.txt");
    EXPECT_EQ(cli("phrases " + store + " --since 2026-02-30", err).status, 2);
    EXPECT_NE(tw::test::readFile(err).find("--since"), std::string::npos);
    EXPECT_EQ(cli("phrases " + store + " --since 2027-01-01", err).status, 2);  // after the newest verbatim
}

TEST(Cli, ScoreReportsPersonalDataAndFlagsPerTheContract) {
    tw::test::TempDir dir;
    auto in = dir.write("in.txt",
                        "Call me on +44 20 7946 0958, I will contact my lawyer.\n"
                        "No side effects at all from the new tablets, and I am not going to sue.\n");
    auto r = cli("score < " + in);
    ASSERT_EQ(r.status, 0);
    const auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
    ASSERT_EQ(first["pii"].size(), 1u);
    EXPECT_EQ(first["pii"][0]["type"], "PHONE");
    EXPECT_EQ(first["pii"][0]["start"], 11);  // code points
    EXPECT_EQ(first["pii"][0]["end"], 27);
    ASSERT_EQ(first["flags"].size(), 1u);
    EXPECT_EQ(first["flags"][0]["type"], "litigation_threat");
    EXPECT_EQ(first["flags"][0]["severity"], "high");
    EXPECT_EQ(first["flags"][0]["evidence"][0], (nlohmann::json{44, 53}));  // "my lawyer"
    const auto second = nlohmann::json::parse(r.out.substr(r.out.find('\n') + 1));
    EXPECT_TRUE(second["flags"].empty()) << "negated: " << second.dump();
}

TEST(Cli, RedactTagsMasksAndPseudonymises) {
    tw::test::TempDir dir;
    auto in = dir.write("in.txt", "Mail jane.doe@example.com or call (415) 555-2671\nnothing here\n");
    auto tag = cli("redact < " + in);
    ASSERT_EQ(tag.status, 0);
    EXPECT_EQ(tag.out, "Mail [EMAIL] or call [PHONE]\nnothing here\n");
    auto mask = cli("redact --mode mask < " + in);
    EXPECT_EQ(mask.out, "Mail j*******@e******.com or call (***) ***-**71\nnothing here\n");
    const std::string key = dir.file("pseudonym.key");
    auto p1 = cli("redact --mode pseudonym --key-file " + key + " < " + in);
    auto p2 = cli("redact --mode pseudonym --key-file " + key + " < " + in);
    ASSERT_EQ(p1.status, 0);
    EXPECT_NE(p1.out.find("[EMAIL_"), std::string::npos);
    EXPECT_EQ(p1.out, p2.out) << "the same key gives the same pseudonyms";
    EXPECT_EQ(p1.out.find("jane"), std::string::npos);
    auto noKey = cli("redact --mode pseudonym < " + in, dir.file("err.txt"));
    EXPECT_NE(noKey.status, 0);
    std::ifstream err(dir.file("err.txt"));
    const std::string why((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
    EXPECT_NE(why.find("--key-file"), std::string::npos) << why;
}

TEST(Cli, AnalyzeOpensEscalationsThatMoveThroughTheQueue) {
    tw::test::TempDir dir;
    const std::string store = dir.file("s.tw");
    auto csv = dir.write("in.csv",
                         "id,channel,text\n"
                         "1,email,\"Call me on +44 20 7946 0958 or I will sue you.\"\n"
                         "2,call,\"After the tablets I ended up in hospital with a rash.\"\n"
                         "3,chat,\"All good, thanks.\"\n");
    ASSERT_EQ(cli("init " + store).status, 0);
    ASSERT_EQ(cli("import " + store + " " + csv + " --consent opt-in").status, 0);
    auto analysed = cli("analyze " + store + " --json");
    ASSERT_EQ(analysed.status, 0);
    const auto a = nlohmann::json::parse(analysed.out);
    EXPECT_EQ(a["risk"]["scanned"], 3);
    EXPECT_EQ(a["risk"]["with_pii"], 1);
    EXPECT_EQ(a["risk"]["escalations_opened"], 2);

    auto listed = cli("escalations " + store + " --json");
    ASSERT_EQ(listed.status, 0);
    const auto q = nlohmann::json::parse(listed.out);
    ASSERT_EQ(q["escalations"].size(), 2u);
    EXPECT_EQ(q["escalations"][0]["type"], "litigation_threat") << "due first (5 days before 15)";
    EXPECT_EQ(q["escalations"][0]["state"], "new");
    EXPECT_EQ(q["escalations"][0]["consent"], "identified_with_consent");
    EXPECT_EQ(q["escalations"][0]["contact_customer"]["allowed"], true);
    EXPECT_EQ(q["figures"]["total"]["open"], 2);
    const std::string id = std::to_string(q["escalations"][0]["id"].get<int>());

    const std::string err = dir.file("err.txt");
    auto illegal =
        cli("escalation " + store + " " + id + " --move actioned --resolution fixed --note x --as maria", err);
    EXPECT_NE(illegal.status, 0);
    std::ifstream why(err);
    const std::string message((std::istreambuf_iterator<char>(why)), std::istreambuf_iterator<char>());
    EXPECT_NE(message.find("cannot move from new to actioned"), std::string::npos) << message;

    ASSERT_EQ(cli("escalation " + store + " " + id + " --move triaged --as maria").status, 0);
    ASSERT_EQ(cli("escalation " + store + " " + id + " --assign sam --as maria").status, 0);
    ASSERT_EQ(cli("escalation " + store + " " + id + " --move in_review --as sam").status, 0);
    auto done = cli("escalation " + store + " " + id +
                    " --move actioned --resolution contacted --note \"called the customer\" --as sam --json");
    ASSERT_EQ(done.status, 0);
    const auto e = nlohmann::json::parse(done.out);
    EXPECT_EQ(e["state"], "actioned");
    EXPECT_EQ(e["resolution"], "contacted");
    EXPECT_EQ(e["assignee"], "sam");
    EXPECT_EQ(e["history"].size(), 5u);
    EXPECT_EQ(e["history"][4]["note"], "contacted: called the customer");
    // The manager reads the verbatim with personal data redacted, the evidence quoted from it.
    EXPECT_EQ(e["text"], "Call me on [PHONE] or I will sue you.");
    EXPECT_EQ(e["evidence_text"][0], "sue");

    auto open = cli("escalations " + store + " --state new --json");
    const auto o = nlohmann::json::parse(open.out);
    ASSERT_EQ(o["escalations"].size(), 1u);
    EXPECT_EQ(o["escalations"][0]["type"], "adverse_event");
    EXPECT_EQ(o["figures"]["total"]["actioned"], 1);
    EXPECT_NE(cli("escalations " + store + " --state done").status, 0);
}

// A governed store: the first user is the admin, users sign in with --as (password from the
// environment here), each role sees the queue its policy allows, and the audit trail verifies.
TEST(Cli, UsersSignInAndSeeWhatTheirRoleAllows) {
    tw::test::TempDir dir;
    const std::string store = dir.file("g.tw");
    auto csv = dir.write("in.csv",
                         "id,channel,text\n"
                         "1,email,\"I will sue you, my lawyer is on it.\"\n"
                         "2,call,\"After the tablets I ended up in hospital with a rash.\"\n"
                         "3,chat,\"All good, thanks.\"\n");
    ASSERT_EQ(cli("init " + store).status, 0);
    ASSERT_EQ(cli("import " + store + " " + csv).status, 0);
    ASSERT_EQ(cli("analyze " + store).status, 0);
    const std::string err = dir.file("err.txt");
    auto errors = [&] {
        std::ifstream in(err);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    auto run = [&](const std::string& env, const std::string& args) { return cli(args, err, env); };
    EXPECT_NE(run("TIDEWATCH_NEW_PASSWORD=ana-password", "user add " + store + " ana --role analyst").status, 0);
    EXPECT_NE(errors().find("first user of a store is its admin"), std::string::npos) << errors();
    ASSERT_EQ(run("TIDEWATCH_NEW_PASSWORD=root-password", "user add " + store + " root").status, 0) << errors();
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=root-password TIDEWATCH_NEW_PASSWORD=ana-password",
                  "user add " + store + " ana --role analyst --as root")
                  .status,
              0)
        << errors();
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=root-password TIDEWATCH_NEW_PASSWORD=lee-password",
                  "user add " + store + " lee --role legal_reviewer --as root")
                  .status,
              0);
    // Governed now: no one reads the queue without signing in.
    EXPECT_NE(cli("escalations " + store, err).status, 0);
    EXPECT_NE(errors().find("sign in with --as"), std::string::npos) << errors();
    EXPECT_NE(run("TIDEWATCH_PASSWORD=wrong-password", "escalations " + store + " --as lee").status, 0);
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password", "escalations " + store + " --as ana").status, 0);
    EXPECT_NE(errors().find("has no escalation queue"), std::string::npos) << errors();
    auto legal = run("TIDEWATCH_PASSWORD=lee-password", "escalations " + store + " --as lee --json");
    ASSERT_EQ(legal.status, 0) << errors();
    const auto q = nlohmann::json::parse(legal.out);
    ASSERT_EQ(q["escalations"].size(), 1u);  // the threat to sue; the adverse event is the safety team's
    EXPECT_EQ(q["escalations"][0]["type"], "litigation_threat");
    const std::string item = std::to_string(q["escalations"][0]["id"].get<int>());
    auto redacted = run("TIDEWATCH_PASSWORD=lee-password", "escalation " + store + " " + item + " --as lee --json");
    ASSERT_EQ(redacted.status, 0) << errors();
    auto full = run("TIDEWATCH_PASSWORD=lee-password",
                    "escalation " + store + " " + item + " --as lee --reason \"legal hold\" --json");
    ASSERT_EQ(full.status, 0) << errors();
    EXPECT_EQ(nlohmann::json::parse(full.out)["text"], "I will sue you, my lawyer is on it.");
    EXPECT_EQ(nlohmann::json::parse(full.out)["evidence_text"][0], "sue");
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password", "user list " + store + " --as ana").status, 0);
    auto users = run("TIDEWATCH_PASSWORD=root-password", "user list " + store + " --as root --json");
    ASSERT_EQ(users.status, 0);
    EXPECT_EQ(nlohmann::json::parse(users.out).size(), 3u);

    auto verified = cli("audit verify " + store + " --json");
    ASSERT_EQ(verified.status, 0);
    const auto v = nlohmann::json::parse(verified.out);
    EXPECT_TRUE(v["intact"].get<bool>());
    EXPECT_GE(v["entries"].get<int>(), 8);
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password", "audit export " + store + " --as ana").status, 0);
    auto exported = run("TIDEWATCH_PASSWORD=root-password", "audit export " + store + " --as root --json");
    ASSERT_EQ(exported.status, 0);
    EXPECT_NE(exported.out.find("\"action\":\"sign_in_failed\""), std::string::npos);
    EXPECT_NE(exported.out.find("\"action\":\"user_add\""), std::string::npos);
    EXPECT_NE(exported.out.find("\"detail\":\"legal hold\""), std::string::npos);

    // Search, concordance and export leave out what an analyst may only count, and say who
    // exported what in the audit trail.
    auto found =
        run("TIDEWATCH_PASSWORD=ana-password", "search " + store + " \"sue OR hospital OR good\" --as ana --json");
    ASSERT_EQ(found.status, 0) << errors();
    EXPECT_EQ(nlohmann::json::parse(found.out)["total"], 1);
    auto legalFound =
        run("TIDEWATCH_PASSWORD=lee-password", "search " + store + " \"sue OR hospital OR good\" --as lee --json");
    EXPECT_EQ(nlohmann::json::parse(legalFound.out)["total"], 3);
    auto lines = run("TIDEWATCH_PASSWORD=ana-password", "kwic " + store + " \"sue OR good\" --as ana --format json");
    ASSERT_EQ(lines.status, 0) << errors();
    EXPECT_EQ(lines.out.find("sue"), std::string::npos);
    auto dump = run("TIDEWATCH_PASSWORD=ana-password", "export " + store + " --as ana");
    ASSERT_EQ(dump.status, 0) << errors();
    EXPECT_EQ(std::count(dump.out.begin(), dump.out.end(), '\n'), 1);
    EXPECT_EQ(dump.out.find("lawyer"), std::string::npos);
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password", "export " + store + " --as ana --reason curious").status, 0);
    EXPECT_NE(errors().find("full text is a legal reviewer's"), std::string::npos) << errors();
    auto fullExport =
        run("TIDEWATCH_PASSWORD=lee-password", "export " + store + " --as lee --reason \"court order 12\"");
    ASSERT_EQ(fullExport.status, 0) << errors();
    EXPECT_NE(fullExport.out.find("I will sue you, my lawyer is on it."), std::string::npos) << fullExport.out;
    auto trail = run("TIDEWATCH_PASSWORD=root-password", "audit export " + store + " --as root --action export --json");
    EXPECT_NE(trail.out.find("1 verbatims as jsonl (all verbatims) to standard output; 2 restricted left out"),
              std::string::npos)
        << trail.out;
    EXPECT_EQ(cli("audit verify " + store).status, 0);

    // Sensitive categories: not a segment for an analyst; a legal reviewer's needs a purpose.
    auto anaCats = run("TIDEWATCH_PASSWORD=ana-password", "categories " + store + " --as ana --json");
    ASSERT_EQ(anaCats.status, 0) << errors();
    EXPECT_EQ(anaCats.out.find("Sensitive topics"), std::string::npos);
    EXPECT_NE(anaCats.out.find("Delivery"), std::string::npos);
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password",
                  "search " + store + " 'category:\"Sensitive topics\"' --as ana --purpose x")
                  .status,
              0);
    EXPECT_NE(errors().find("may not filter or segment by it"), std::string::npos) << errors();
    EXPECT_NE(
        run("TIDEWATCH_PASSWORD=lee-password", "search " + store + " 'category:\"Sensitive topics\"' --as lee").status,
        0);
    EXPECT_NE(errors().find("state the purpose"), std::string::npos) << errors();
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=lee-password",
                  "search " + store + " 'category:\"Sensitive topics\"' --as lee --purpose \"case 7\"")
                  .status,
              0)
        << errors();
    auto legalCats =
        run("TIDEWATCH_PASSWORD=lee-password", "categories " + store + " --as lee --purpose \"case 7\" --json");
    EXPECT_NE(legalCats.out.find("Sensitive topics/Health"), std::string::npos);
    auto segments = run("TIDEWATCH_PASSWORD=root-password",
                        "audit export " + store + " --as root --action sensitive_segment --json");
    EXPECT_NE(segments.out.find("\"detail\":\"case 7\""), std::string::npos) << segments.out;

    // Every store command signs in on a governed store.
    EXPECT_NE(cli("stats " + store, err).status, 0);
    EXPECT_NE(errors().find("sign in with --as"), std::string::npos) << errors();
    EXPECT_EQ(run("TIDEWATCH_PASSWORD=ana-password", "stats " + store + " --as ana").status, 0) << errors();
    EXPECT_NE(cli("import " + store + " " + csv, err).status, 0);
    EXPECT_NE(cli("categorize " + store, err).status, 0);

    // Rule changes: by the roles that edit rules, the escalation rules by admins only; audited.
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=ana-password", "lexicon " + store + " set gutted -3 --as ana").status, 0)
        << errors();
    EXPECT_NE(run("TIDEWATCH_PASSWORD=lee-password", "lexicon " + store + " set gutted -2 --as lee").status, 0);
    EXPECT_NE(errors().find("may not change the store's lexicon"), std::string::npos) << errors();
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password", "analyze " + store + " --escalate-from low --as ana").status, 0);
    EXPECT_NE(errors().find("may not change the escalation rules"), std::string::npos) << errors();
    EXPECT_NE(run("", "lexicon " + store + " set gutted -1").status, 0) << "a governed store needs --as";
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=root-password", "analyze " + store + " --escalate-from high --as root").status, 0)
        << errors();
    auto changes =
        run("TIDEWATCH_PASSWORD=root-password", "audit export " + store + " --as root --action rule_change --json");
    EXPECT_NE(changes.out.find("'gutted' = -3"), std::string::npos) << changes.out;
    EXPECT_NE(changes.out.find("escalation threshold"), std::string::npos) << changes.out;
    EXPECT_EQ(changes.out.find("= -2"), std::string::npos) << "a refused change is not applied";

    // Erasure and retention are an admin's.
    EXPECT_NE(run("TIDEWATCH_PASSWORD=ana-password", "erase " + store + " --customer C-1 --as ana").status, 0);
    EXPECT_NE(errors().find("sign in as an admin"), std::string::npos) << errors();
    auto erased = run("TIDEWATCH_PASSWORD=root-password", "erase " + store + " --customer C-1 --as root --json");
    ASSERT_EQ(erased.status, 0) << errors();
    EXPECT_EQ(nlohmann::json::parse(erased.out)["removed"], 0);  // no such customer here
    EXPECT_NE(run("TIDEWATCH_PASSWORD=root-password", "retention set " + store + " email=0 --as root").status, 0);
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=root-password", "retention set " + store + " email=30 chat=365 --as root").status,
              0)
        << errors();
    EXPECT_EQ(cli("retention show " + store).out, "email=30\nchat=365\n");
    ASSERT_EQ(run("TIDEWATCH_PASSWORD=root-password", "retention apply " + store + " --as root --json").status, 0);
    EXPECT_EQ(cli("audit verify " + store).status, 0);
}

// What search prints is redacted, the match marked on the redacted text.
TEST(Cli, SearchPrintsRedactedText) {
    tw::test::TempDir dir;
    const std::string store = dir.file("r.tw");
    auto csv = dir.write("in.csv", "id,channel,text\n1,email,\"Mail me at jo.smith@example.com about the refund.\"\n");
    ASSERT_EQ(cli("init " + store).status, 0);
    ASSERT_EQ(cli("import " + store + " " + csv).status, 0);
    for (const std::string& format : {std::string(), std::string(" --json")}) {
        auto found = cli("search " + store + " refund" + format);
        ASSERT_EQ(found.status, 0);
        EXPECT_EQ(found.out.find("jo.smith@example.com"), std::string::npos) << found.out;
        EXPECT_NE(found.out.find("[EMAIL]"), std::string::npos) << found.out;
        EXPECT_NE(found.out.find("[refund]"), std::string::npos) << found.out;
    }
}

// trends --json: the documented shape, on the demo corpus, with its planted tsunami.
TEST(Cli, TrendsFindTheDemoTsunamiWithItsEvidence) {
    tw::test::TempDir dir;
    const std::string store = dir.file("t.tw");
    ASSERT_EQ(cli("demo " + dir.file("demo")).status, 0);
    ASSERT_EQ(cli("init " + store).status, 0);
    ASSERT_EQ(cli("import " + store + " " + dir.file("demo") + "/demo_corpus.jsonl").status, 0);
    ASSERT_EQ(cli("analyze " + store).status, 0);
    auto r = cli("trends " + store + " --json");
    ASSERT_EQ(r.status, 0);
    const auto j = nlohmann::json::parse(r.out);
    const nlohmann::json* tsunami = nullptr;
    for (const auto& f : j["findings"])
        if (f["class"] == "tsunami") tsunami = &f;
    ASSERT_NE(tsunami, nullptr) << r.out;
    EXPECT_EQ((*tsunami)["topic"], "Billing/Double charge");
    EXPECT_EQ((*tsunami)["start"].get<std::string>().substr(0, 7), "2026-03");
    EXPECT_GT((*tsunami)["channels"]["twitter"]["observed"].get<int>(),
              (*tsunami)["channels"]["twitter"]["expected"].get<double>() * 5);
    EXPECT_EQ((*tsunami)["lead_lag_days"]["twitter"], 0);
    EXPECT_GT((*tsunami)["lead_lag_days"]["call"].get<int>(), 0) << "social leads the contact center";
    EXPECT_TRUE((*tsunami)["intensity_trend"].is_number());
    ASSERT_FALSE((*tsunami)["samples"].empty());
    EXPECT_TRUE((*tsunami)["samples"][0]["text"].is_string());
    // The tsunami opened an emerging_issue escalation; running again opens no second one.
    ASSERT_TRUE((*tsunami)["alert"].is_object()) << r.out;
    EXPECT_TRUE((*tsunami)["alert"]["opened"].get<bool>());
    const auto escalation = (*tsunami)["alert"]["escalation"].get<std::int64_t>();
    auto again = nlohmann::json::parse(cli("trends " + store + " --json").out);
    for (const auto& f : again["findings"]) {
        if (f["class"] == "ripple") {
            EXPECT_TRUE(f["alert"].is_null()) << "a ripple alerts no one";
        } else {
            EXPECT_FALSE(f["alert"]["opened"].get<bool>());
        }
    }
    auto queue = cli("escalations " + store + " --type emerging_issue --json");
    ASSERT_EQ(queue.status, 0);
    EXPECT_NE(queue.out.find("\"id\":" + std::to_string(escalation)), std::string::npos) << queue.out;

    // Phrases: the outage's wording rises in its window; --no-alerts opens nothing.
    auto phrases = cli("trends " + store + " --by phrase --since 2026-06-01 --until 2026-07-25 --no-alerts --json");
    ASSERT_EQ(phrases.status, 0);
    const auto p = nlohmann::json::parse(phrases.out);
    ASSERT_FALSE(p["findings"].empty()) << phrases.out;
    bool crashes = false;
    for (const auto& f : p["findings"]) {
        EXPECT_EQ(f["kind"], "phrase");
        EXPECT_TRUE(f["alert"].is_null());
        std::string words = f["topic"].get<std::string>() + " " + f["related"].dump();
        crashes = crashes || words.find("crashes") != std::string::npos;
    }
    EXPECT_TRUE(crashes) << phrases.out;
    EXPECT_NE(cli("trends " + store + " --by topic").status, 0);
}
