// tidewatch-cli: headless entry point. See DESIGN.md's CLI contract.
#include "category_commands.h"
#include "escalation_commands.h"
#include "export_command.h"
#include "governance_commands.h"
#include "phrase_command.h"
#include "redact_command.h"
#include "report_command.h"
#include "rule_commands.h"
#include "score_command.h"
#include "store_commands.h"
#include "trend_command.h"

#include "ingest/date_parser.h"

#include <CLI/CLI.hpp>

#include <iostream>

using namespace tw;

int main(int argc, char** argv) {
    CLI::App app{"Tidewatch: customer-feedback analytics from the command line", "tidewatch-cli"};
    app.set_version_flag("--version", std::string("tidewatch-cli ") + TW_VERSION);
    app.require_subcommand(1);

    std::string store, file, query, format = "auto", out, dateOrder, dir, signInAs;
    const char* asHelp = "On a store with users, sign in as this user (password: TIDEWATCH_PASSWORD or a prompt)";
    bool json = false;
    int limit = 20;
    core::ImportOptions io;

    auto* init = app.add_subcommand("init", "Create a store (or check an existing one)");
    init->add_option("STORE", store, "Store file")->required();
    init->add_flag("--json", json, "Machine-readable output");

    auto* imp = app.add_subcommand("import", "Import a CSV, TSV, JSON Lines, JSON array or plain-text file");
    imp->add_option("STORE", store, "Store file")->required();
    imp->add_option("FILE", file, "File to import")->required();
    imp->add_option("--as", signInAs, asHelp);
    imp->add_option("--format", io.format, "auto | csv | tsv | jsonl | json | text")->default_val("auto");
    imp->add_option("--map", io.map, "Column mapping, e.g. text=review,date=created_at,channel=source");
    imp->add_option("--channel", io.channel, "Channel for every record (overrides a channel column)");
    imp->add_option("--encoding", io.encoding, "Force the text encoding (e.g. UTF-8, UTF-16LE, cp1252)");
    imp->add_option("--date-order", dateOrder, "Order of ambiguous numeric dates: dmy | mdy | ymd (default: locale)");
    imp->add_option("--text-mode", io.textMode, "Plain text: auto | line | paragraph")->default_val("auto");
    imp->add_option("--consent", io.consent, "Consent basis for every record without a consent column");
    imp->add_option("--batch", io.batchSize, "Records per transaction (default: automatic)")->default_val(0);
    imp->add_flag("--json", json, "Print one JSON object with the counts and errors");

    auto* stats = app.add_subcommand("stats", "Counts of the store");
    stats->add_option("STORE", store, "Store file")->required();
    stats->add_option("--as", signInAs, asHelp);
    stats->add_flag("--json", json, "Machine-readable output");

    auto* search = app.add_subcommand("search", "Search verbatims with the rule language (docs/rule-language.md)");
    search->add_option("STORE", store, "Store file")->required();
    search->add_option("--as", signInAs, asHelp);
    const char* purposeHelp = "Why you segment by a sensitive category (audited; needed for them)";
    std::string purpose;
    search->add_option("--purpose", purpose, purposeHelp);
    search
        ->add_option("QUERY", query,
                     "A rule: words, \"phrases\", refund*, ~stem, AND/OR/NOT, NEAR/n, SENT(...), AFFIRMED(...), "
                     "channel:call...")
        ->required();
    search->add_option("--limit", limit, "Maximum results")->default_val(20);
    search->add_flag("--json", json, "Machine-readable output");
    auto* kwic = app.add_subcommand("kwic", "Keyword in context: each match of a rule with the text around it");
    kwic->add_option("--as", signInAs, asHelp);
    int kwicWidth = 40;
    std::string kwicSort = "date", kwicFormat = "text";
    kwic->add_option("STORE", store, "Store file")->required();
    kwic->add_option("QUERY", query, "A rule (docs/rule-language.md)")->required();
    kwic->add_option("--width", kwicWidth, "Code points of context on each side")
        ->default_val(40)
        ->check(CLI::Range(1, 1000));
    kwic->add_option("--limit", limit, "Maximum lines")->default_val(100);
    kwic->add_option("--sort", kwicSort, "date (newest first), match, left or right")->default_val("date");
    kwic->add_option("--format", kwicFormat, "text, json or csv")->default_val("text");

    cli::ExportArgs xa;
    auto* exp = app.add_subcommand("export", "Export the verbatims your role sees, filtered as in the browser");
    exp->add_option("STORE", xa.store, "Store file")->required();
    exp->add_option("--as", xa.as, asHelp);
    exp->add_option("--format", xa.format, "jsonl | csv | xlsx (default: by --out's extension, else jsonl)");
    exp->add_option("--out", xa.out, "Output file (default: standard output; xlsx needs a file)");
    cli::addFilterOptions(*exp, xa.where);
    exp->add_option("--purpose", xa.purpose, purposeHelp);
    exp->add_option("--reason", xa.reason,
                    "A legal reviewer's export of the whole store in full text, restricted verbatims included: why "
                    "(audited)");

    cli::ReportArgs ra;
    auto* rep = app.add_subcommand("report", "A PDF report of what your role sees, filtered as in the browser");
    rep->add_option("STORE", ra.store, "Store file")->required();
    rep->add_option("--as", ra.as, asHelp);
    rep->add_option("--out", ra.out, "The PDF file to write")->required();
    cli::addFilterOptions(*rep, ra.where);
    rep->add_option("--purpose", ra.purpose, purposeHelp);
    rep->add_flag("--no-trends", ra.noTrends, "Leave out emerging issues (faster on a large store)");
    rep->add_option("--lang", ra.lang, "The report's language: en (default), de, fr, es, ja, or system (the system's)");

    auto* quar = app.add_subcommand("quarantine", "List quarantined records with their location and reason");
    quar->add_option("STORE", store, "Store file")->required();
    quar->add_option("--as", signInAs, asHelp);
    long long runId = 0;
    auto* runOpt = quar->add_option("--run", runId, "Only this import run");
    quar->add_option("--limit", limit, "Maximum rows")->default_val(100);
    quar->add_flag("--json", json, "Machine-readable output");

    auto* demo = app.add_subcommand("demo", "Write the demo corpus and its truth file into a folder");
    demo->add_option("DIR", dir, "Output folder")->required();
    unsigned long long seed = 20261123;
    double volume = 1.0;
    demo->add_option("--seed", seed, "Random seed")->default_val(20261123ULL);
    demo->add_option("--volume", volume, "Scale of the daily volume")->default_val(1.0);
    demo->add_flag("--json", json, "Machine-readable output");

    auto* score = app.add_subcommand("score", "Score texts from standard input: one JSON object per line");
    cli::ScoreOptions so;
    score->add_option("--lang", so.lang, "Language of every text (default: identified per text)");
    score->add_flag("--jsonl", so.jsonl, "Read objects {\"id\": ..., \"text\": ..., \"lang\"?: ...} per line");
    score->add_flag("--explain", so.explain, "Add the contributing spans, weights and rules");
    score->add_option("--lexicon", so.lexicons, "Extra lexicon file (Tidewatch, VADER or AFINN format); repeatable");
    score->add_option("--taxonomy", so.taxonomy, "Taxonomy JSON file for categories (default: the built-in one)");
    score->add_option("--escalation-rules", so.escalationRules,
                      "Escalation rule pack JSON file for flags (default: the built-in one)");

    auto* redact = app.add_subcommand("redact", "Copy standard input to standard output with personal data redacted");
    cli::RedactOptions ro;
    redact->add_option("--mode", ro.mode, "tag ([EMAIL]), mask (j***@e***.com) or pseudonym ([EMAIL_5f2c9a1e])")
        ->default_val("tag");
    redact->add_option("--lang", ro.lang, "Language of every line (default: identified per line)");
    redact->add_option("--key-file", ro.keyFile, "Pseudonym mode: file with the secret key, created when absent");

    auto* analyze = app.add_subcommand("analyze", "Analyse the verbatims of a store not yet analysed by this version");
    analyze->add_option("STORE", store, "Store file")->required();
    int threads = 0;
    std::vector<std::string> analyzeLexicons;
    analyze->add_option("--threads", threads, "Worker threads (default: all cores)");
    analyze->add_option("--lexicon", analyzeLexicons, "Extra lexicon file; repeatable");
    std::string escalationRules, escalateFrom;
    analyze->add_option("--escalation-rules", escalationRules,
                        "Escalation rule pack JSON file to keep in the store and use from now on");
    analyze->add_option("--escalate-from", escalateFrom,
                        "Lowest severity that opens an escalation: low, medium (default), high or critical; kept in "
                        "the store");
    analyze->add_option("--as", signInAs, asHelp);
    analyze->add_flag("--json", json, "Machine-readable output");

    auto* escalations = app.add_subcommand("escalations", "The escalation queue with its closed-loop figures");
    cli::EscalationsArgs ea;
    escalations->add_option("STORE", ea.store, "Store file")->required();
    escalations->add_option("--state", ea.states,
                            "Only these states (new, triaged, assigned, in_review, actioned, "
                            "closed_no_action); repeatable");
    escalations->add_option("--type", ea.types, "Only these types (adverse_event, litigation_threat...); repeatable");
    escalations->add_option("--assignee", ea.assignee, "Only those assigned to this person");
    escalations->add_flag("--overdue", ea.overdue, "Only open escalations past their due date");
    escalations->add_option("--limit", ea.limit, "Maximum rows (default: all)");
    escalations->add_option("--as", ea.as, "Sign in as this user on a store with users (password: TIDEWATCH_PASSWORD)");
    escalations->add_flag("--json", ea.json, "Machine-readable output");

    auto* escalation =
        app.add_subcommand("escalation", "One escalation: show it, or --assign USER, or --move STATE --note WHY");
    cli::EscalationArgs ex;
    escalation->add_option("STORE", ex.store, "Store file")->required();
    escalation->add_option("ID", ex.id, "Escalation id")->required();
    escalation->add_option("--assign", ex.assign, "Assign to this person (from triaged, assigned or in_review)");
    escalation->add_option("--move", ex.move, "New state: triaged, assigned, in_review, actioned, closed_no_action");
    escalation->add_option("--resolution", ex.resolution, "With --move actioned: reported, contacted or fixed");
    escalation->add_option("--note", ex.note, "Why (required to action or close)");
    escalation->add_option("--reason", ex.reason,
                           "Why you open the full text (legal reviewers; audited). Without it: redacted");
    escalation->add_option("--as", ex.actor,
                           "Who acts (default: $USER); on a store with users, signs in (password: TIDEWATCH_PASSWORD)");
    escalation->add_flag("--json", ex.json, "Machine-readable output");

    auto* lexicon = app.add_subcommand("lexicon", "The store's own lexicon entries: list, set TERM VALUE, remove TERM");
    std::string lexAction, lexTerm, lexValue, lexTags;
    lexicon->add_option("STORE", store, "Store file")->required();
    lexicon->add_option("ACTION", lexAction, "list | set | remove")->required();
    lexicon->add_option("TERM", lexTerm, "Word or phrase");
    lexicon->add_option("VALUE", lexValue, "Valence -4..4 or negator|booster|diminisher|contrast|hypothetical");
    lexicon->add_option("--tags", lexTags, "anger,fear,sadness,joy,effort,urgency");
    lexicon->add_option("--as", signInAs, asHelp);
    lexicon->add_flag("--json", json, "Machine-readable output");

    auto* taxonomy = app.add_subcommand("taxonomy", "The store's taxonomy: export [--out FILE] or import FILE");
    std::string taxAction;
    taxonomy->add_option("STORE", store, "Store file")->required();
    taxonomy->add_option("ACTION", taxAction, "export | import")->required();
    taxonomy->add_option("FILE", file, "Taxonomy JSON to import (docs/taxonomy-format.md)");
    taxonomy->add_option("--out", out, "With export: write to this file (default: standard output)");
    taxonomy->add_option("--as", signInAs, asHelp);
    taxonomy->add_flag("--json", json, "Machine-readable output");

    auto* categorize =
        app.add_subcommand("categorize", "Apply the store's taxonomy where its rules are not applied yet");
    categorize->add_option("STORE", store, "Store file")->required();
    categorize->add_option("--as", signInAs, asHelp);
    categorize->add_option("--threads", threads, "Worker threads (default: all cores)");
    categorize->add_flag("--json", json, "Machine-readable output");

    auto* categories = app.add_subcommand("categories", "Verbatims per category, as a tree");
    std::string channel;
    categories->add_option("STORE", store, "Store file")->required();
    categories->add_option("--channel", channel, "Only this channel");
    categories->add_option("--as", signInAs, asHelp);
    categories->add_option("--purpose", purpose, purposeHelp);
    categories->add_flag("--json", json, "Machine-readable output");

    cli::TrendArgs ta;
    auto* trends = app.add_subcommand("trends", "Emerging issues across channels: ripples, waves and tsunamis");
    trends->add_option("STORE", ta.store, "Store file")->required();
    trends->add_option("--since", ta.since, "First day, YYYY-MM-DD (default: the store's first)");
    trends->add_option("--until", ta.until, "Day after the last, YYYY-MM-DD (default: the store's last)");
    trends->add_option("--by", ta.by, "Topics: category, phrase (phrases emerging in the window's final weeks) or both")
        ->default_val("category")
        ->check(CLI::IsMember({"category", "phrase", "both"}));
    trends->add_flag("--no-alerts", ta.noAlerts,
                     "Look only: open no emerging_issue escalation for new waves and tsunamis");
    trends->add_option("--as", ta.as, asHelp);
    trends->add_flag("--json", ta.json, "Machine-readable output");

    auto* phrases = app.add_subcommand("phrases", "Phrases rising in a recent window against a baseline window");
    cli::PhraseArgs pa;
    phrases->add_option("STORE", pa.store, "Store file")->required();
    phrases->add_option("--since", pa.since, "Start of the recent window, YYYY-MM-DD")->required();
    phrases->add_option("--until", pa.until,
                        "End of the recent window, exclusive (default: after the newest verbatim)");
    phrases->add_option("--baseline-from", pa.baselineFrom,
                        "Start of the baseline (default: four windows before --since)");
    phrases->add_option("--channel", pa.channel, "Only this channel");
    phrases->add_option("--min-support", pa.minSupport, "Minimum recent verbatims with the phrase")->default_val(5);
    phrases->add_option("--limit", pa.limit, "Maximum phrases")->default_val(30);
    phrases->add_option("--as", pa.as, asHelp);
    phrases->add_flag("--json", pa.json, "Machine-readable output");

    auto* user = app.add_subcommand("user", "Users of a governed store: add, passwd, grant, revoke, list");
    cli::UserArgs ua;
    user->add_option("ACTION", ua.action, "add | passwd | grant | revoke | list")->required();
    user->add_option("STORE", ua.store, "Store file")->required();
    user->add_option("NAME", ua.name, "The user (add, passwd, grant, revoke)");
    user->add_option("--role", ua.role, "analyst, manager, legal_reviewer or admin (add, grant)");
    user->add_option("--as", ua.as, "Sign in as this admin (password: TIDEWATCH_PASSWORD or a prompt)");
    user->add_flag("--json", ua.json, "Machine-readable output (list)");

    auto* auditCmd = app.add_subcommand("audit", "The audit trail: verify its hash chain, or export it");
    cli::AuditArgs aa;
    auditCmd->add_option("ACTION", aa.action, "verify | export")->required();
    auditCmd->add_option("STORE", aa.store, "Store file")->required();
    auditCmd->add_option("--as", aa.as, "Sign in as this user (export; password: TIDEWATCH_PASSWORD or a prompt)");
    auditCmd->add_option("--actor", aa.actor, "Only entries by this user (export)");
    auditCmd->add_option("--action", aa.kind, "Only entries of this action (export)");
    auditCmd->add_flag("--json", aa.json, "Machine-readable output");

    auto* erase = app.add_subcommand("erase", "Erase everything about a customer (admins; audited without the id)");
    cli::ErasureArgs er;
    erase->add_option("STORE", er.store, "Store file")->required();
    erase->add_option("--customer", er.customer, "The customer id or pseudonym as imported")->required();
    erase->add_option("--as", er.as, asHelp);
    erase->add_flag("--json", er.json, "Machine-readable output");

    auto* retention = app.add_subcommand("retention", "Retention rules per channel: set CHANNEL=DAYS..., show, apply");
    cli::RetentionArgs rt;
    retention->add_option("ACTION", rt.action, "set | show | apply")->required();
    retention->add_option("STORE", rt.store, "Store file")->required();
    retention->add_option("RULES", rt.rules, "CHANNEL=DAYS (set)");
    retention->add_option("--as", rt.as, asHelp);
    retention->add_flag("--json", rt.json, "Machine-readable output");

    CLI11_PARSE(app, argc, argv);

    if (*erase) return cli::runErase(er);
    if (*retention) return cli::runRetention(rt);

    if (*user) return cli::runUser(ua);
    if (*auditCmd) return cli::runAudit(aa);

    if (*trends) return cli::runTrends(ta);
    if (*phrases) return cli::runPhrases(pa);

    if (*taxonomy) return cli::runTaxonomy(store, taxAction, taxAction == "export" ? out : file, json, signInAs);
    if (*categorize) return cli::runCategorize(store, threads, json, signInAs);
    if (*categories) return cli::runCategories(store, channel, json, signInAs, purpose);

    if (*lexicon) return cli::runLexicon(store, signInAs, lexAction, lexTerm, lexValue, lexTags, json);

    if (*analyze)
        return cli::runAnalyze(store, signInAs, threads, analyzeLexicons, escalationRules, escalateFrom, json);
    if (*escalations) return cli::runEscalations(ea);
    if (*escalation) return cli::runEscalation(ex);

    if (*score) return cli::runScore(so);
    if (*redact) return cli::runRedact(ro);

    if (*init) return cli::runInit(store, json);
    if (*imp) {
        if (!dateOrder.empty()) {
            io.dateOrder = core::parseDateOrder(dateOrder);
            if (!io.dateOrder) {
                cli::printError(core::makeError("use dmy, mdy or ymd", "--date-order"));
                return 2;
            }
        }
        return cli::runImport(store, file, io, json, signInAs);
    }
    if (*stats) return cli::runStats(store, json, signInAs);
    if (*search) return cli::runSearch(store, query, limit, json, signInAs, purpose);
    if (*kwic) return cli::runKwic(store, query, kwicWidth, limit, kwicSort, signInAs, kwicFormat);
    if (*exp) return cli::runExport(xa);
    if (*rep) {
#ifdef TW_WITH_REPORT
        return cli::runReport(ra, argc, argv);
#else
        std::cerr << "tidewatch-cli: this build has no report (it was built without the GUI: TW_BUILD_GUI=OFF)\n";
        return 2;
#endif
    }
    if (*quar)
        return cli::runQuarantine(store, runOpt->count() ? std::optional<long long>(runId) : std::nullopt, limit, json,
                                  signInAs);
    if (*demo) return cli::runDemo(dir, seed, volume, json);
    return 2;
}
