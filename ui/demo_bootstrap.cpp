#include "demo_bootstrap.h"

#include "demo/demo_users.h"

#include "demo/demo_corpus.h"
#include "ingest/importer.h"
#include "jobs/analyze_job.h"
#include "jobs/categorize_job.h"
#include "jobs/risk_job.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <filesystem>

namespace tw::ui {

QString demoStorePath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.tidewatch"));
}

core::Result<std::string> createDemoStore(const std::string& storePath) {
    auto folder = std::filesystem::path(storePath).parent_path() / "demo-corpus";
    auto demo = core::writeDemoCorpus(folder.string());
    if (!demo) return demo.error();
    // Build into a temporary file and rename: a crash never leaves a half demo store behind.
    std::string partial = storePath + ".partial";
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(partial + suffix, ec);
    {
        auto store = core::Store::create(partial);
        if (!store) return store.error();
        core::ImportOptions o;
        auto r = core::importFile(*store, demo->corpusPath, o);
        if (!r) return r.error();
        auto analyzer = core::analyzerForStore(*store);
        if (!analyzer) return analyzer.error();
        auto analysed = core::analyzeStore(*store, *analyzer);
        if (!analysed) return analysed.error();
        auto categorised = core::categorizeStore(*store);
        if (!categorised) return categorised.error();
        auto scanned = core::scanRisks(*store);
        if (!scanned) return scanned.error();
        // One user per role (passwords in the README): the demo shows what each role sees.
        if (auto st = core::addDemoUsers(*store, QDateTime::currentSecsSinceEpoch()); !st) return st.error();
        store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::rename(partial, storePath, ec);
    if (ec) return core::makeError("cannot move the demo store into place: " + ec.message(), storePath);
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(partial + suffix, ec);
    return storePath;
}

}  // namespace tw::ui
