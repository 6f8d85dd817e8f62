#include "ingest/importer.h"

#include "governance/consent.h"

#include "ingest/csv_reader.h"
#include "ingest/decoded_stream.h"
#include "ingest/json_reader.h"
#include "ingest/row_builder.h"
#include "ingest/text_reader.h"
#include "store/schema.h"
#include "util/hash.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace tw::core {

namespace {

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string extensionOf(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::string readSample(DecodedStream& s, std::size_t n = 1 << 16) {
    std::string out(n, '\0');
    std::size_t got = 0;
    while (got < n) {
        std::size_t k = s.read(out.data() + got, n - got);
        if (k == 0) break;
        got += k;
    }
    out.resize(got);
    return out;
}

std::string resolveFormat(const std::string& requested, const std::string& path, std::string_view sample) {
    if (requested != "auto") return requested;
    std::string ext = extensionOf(path);
    if (ext == ".tsv" || ext == ".tab") return "tsv";
    if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
    if (ext == ".txt" || ext == ".text") return "text";
    auto first = sample.find_first_not_of(" \t\r\n");
    char c = first == std::string_view::npos ? '\0' : sample[first];
    if (ext == ".json" || c == '[' || c == '{') return c == '[' ? "json" : "jsonl";
    if (ext == ".csv") return "csv";
    // Unknown extension: tabular when a delimiter splits lines consistently, else plain text.
    CsvDialect d = sniffCsvDialect(sample);
    auto firstLine = sample.substr(0, sample.find('\n'));
    if (firstLine.find(d.delimiter) != std::string_view::npos) return d.delimiter == '\t' ? "tsv" : "csv";
    return "text";
}

struct OpenedReader {
    std::unique_ptr<DecodedStream> stream;
    std::unique_ptr<RecordReader> reader;
};

// Opens a fresh stream and reader for the plan (the header row of CSV is consumed).
Result<OpenedReader> openReader(const std::string& path, const FilePreview& plan, const ImportOptions& opt) {
    OpenedReader o;
    auto s = DecodedStream::open(path, plan.encoding);
    if (!s) return s.error();
    o.stream = std::move(s.value());
    if (plan.format == "csv" || plan.format == "tsv") {
        std::string sample = readSample(*o.stream);
        if (auto st = o.stream->rewind(0); !st) return st.error();
        CsvDialect d = sniffCsvDialect(sample, plan.delimiter);
        auto r = CsvReader::open(*o.stream, d, opt.maxRecordBytes);
        if (!r) return r.error();
        o.reader = std::move(r.value());
    } else if (plan.format == "jsonl") {
        o.reader = std::make_unique<JsonLinesReader>(*o.stream, opt.maxRecordBytes);
    } else if (plan.format == "json") {
        o.reader = std::make_unique<JsonArrayReader>(*o.stream, opt.maxRecordBytes);
    } else {
        o.reader = std::make_unique<TextReader>(
            *o.stream, plan.textMode == "paragraph" ? TextMode::Paragraph : TextMode::Line, opt.maxRecordBytes);
    }
    return o;
}

std::uint64_t fingerprintOf(const std::string& path, std::uint64_t size) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return 0;
    std::string head(1 << 20, '\0');
    std::size_t n = std::fread(head.data(), 1, head.size(), f);
    std::fclose(f);
    head.resize(n);
    Hasher h;
    h.add(head).add(size);
    return h.digest();
}

}  // namespace

Result<FilePreview> previewFile(const std::string& path, const ImportOptions& opt, int maxRows) {
    static const std::vector<std::string> formats{"auto", "csv", "tsv", "jsonl", "json", "text"};
    if (std::find(formats.begin(), formats.end(), opt.format) == formats.end()) {
        return makeError("unknown format '" + opt.format + "' (use auto, csv, tsv, jsonl, json or text)", "--format");
    }
    if (!opt.consent.empty() && !consentFromName(opt.consent)) {
        return makeError("unknown consent basis '" + opt.consent + "' (use " + consentNameList() + ")", "--consent");
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return makeError("no such file", path);
    auto stream = DecodedStream::open(path, opt.encoding);
    if (!stream) return stream.error();
    FilePreview p;
    p.encoding = stream.value()->encoding();
    std::string sample = readSample(*stream.value());
    if (stream.value()->error()) return *stream.value()->error();
    p.format = resolveFormat(opt.format, path, sample);
    if (p.format == "tsv")
        p.delimiter = '\t';
    else if (p.format == "csv")
        p.delimiter = sniffCsvDialect(sample).delimiter;
    if (p.format == "text") {
        p.textMode = opt.textMode == "auto" ? (sniffTextMode(sample) == TextMode::Paragraph ? "paragraph" : "line")
                                            : opt.textMode;
        if (p.textMode != "line" && p.textMode != "paragraph") {
            return makeError("unknown text mode '" + opt.textMode + "' (use auto, line or paragraph)", "--text-mode");
        }
    }
    auto opened = openReader(path, p, opt);
    if (!opened) return opened.error();
    RecordReader& reader = *opened->reader;
    SourceRecord rec;
    std::vector<nlohmann::json> objects;
    if (p.format == "csv" || p.format == "tsv") {
        p.columns = reader.header();
        while (static_cast<int>(p.rows.size()) < maxRows && reader.next(rec)) {
            if (rec.error.empty())
                p.rows.push_back(rec.fields);
            else
                p.problems.push_back({reader.location(rec), rec.error});
        }
    } else if (p.format == "text") {
        p.columns = {"text"};
        while (static_cast<int>(p.rows.size()) < maxRows && reader.next(rec)) p.rows.push_back({rec.payload});
    } else {
        // Keys can differ between objects (a rating only on reviews): collect them over the
        // first records, show only the first maxRows.
        for (int scanned = 0; scanned < std::max(maxRows, 2000) && reader.next(rec); ++scanned) {
            if (!rec.error.empty()) {
                if (static_cast<int>(objects.size()) < maxRows) p.problems.push_back({reader.location(rec), rec.error});
                continue;
            }
            auto j = nlohmann::json::parse(rec.payload, nullptr, false);
            if (!j.is_object()) {
                if (static_cast<int>(objects.size()) < maxRows) {
                    p.problems.push_back(
                        {reader.location(rec), j.is_discarded() ? "broken JSON" : "expected a JSON object"});
                }
                continue;
            }
            for (auto it = j.begin(); it != j.end(); ++it) {
                if (std::find(p.columns.begin(), p.columns.end(), it.key()) == p.columns.end())
                    p.columns.push_back(it.key());
            }
            if (static_cast<int>(objects.size()) < maxRows) objects.push_back(std::move(j));
        }
        for (const auto& j : objects) {
            std::vector<std::string> row;
            for (const auto& c : p.columns) {
                auto it = j.find(c);
                row.push_back(it == j.end() || it->is_null() ? ""
                              : it->is_string()              ? it->get<std::string>()
                                                             : it->dump());
            }
            p.rows.push_back(std::move(row));
        }
    }
    if (p.format == "text") {
        p.mapping.columns[Field::Text] = "text";
    } else {
        p.mapping = guessMapping(p.columns);
        bool json = p.format == "json" || p.format == "jsonl";
        auto m = applyMapSpec(p.mapping, opt.map, p.columns, !json);
        if (!m) return m.error();
        p.mapping = std::move(m.value());
    }
    if (opt.channel) p.mapping.constantChannel = *opt.channel;
    return p;
}

Result<ImportReport> importFile(Store& store, const std::string& path, const ImportOptions& opt,
                                const ProgressSink& progress, const CancelToken* cancel) {
    auto planned = previewFile(path, opt, 20);
    if (!planned) return planned.error();
    ImportReport report;
    report.plan = std::move(planned.value());
    const FilePreview& plan = report.plan;
    bool json = plan.format == "json" || plan.format == "jsonl";
    bool hasTurns = std::find(plan.columns.begin(), plan.columns.end(), "turns") != plan.columns.end();
    if (!plan.mapping.column(Field::Text) && !(json && hasTurns)) {
        std::string list;
        for (const auto& c : plan.columns) {
            if (!list.empty()) list += ", ";
            list += c;
        }
        return makeError("no text column found" + (list.empty() ? std::string() : " among: " + list) +
                             "; name it with --map text=COLUMN",
                         path);
    }

    auto opened = openReader(path, plan, opt);
    if (!opened) return opened.error();
    DecodedStream& stream = *opened->stream;
    RecordReader& reader = *opened->reader;

    RunDescription desc;
    desc.filePath = std::filesystem::absolute(path).string();
    desc.fileName = std::filesystem::path(path).filename().string();
    desc.format = plan.format + (plan.format == "csv" ? std::string(1, plan.delimiter) : "") +
                  (plan.format == "text" ? ":" + plan.textMode : "");
    desc.encoding = plan.encoding;
    desc.mapping = plan.mapping.toJson();
    desc.fileSize = stream.fileSize();
    desc.fingerprint = fingerprintOf(path, desc.fileSize);

    Database& db = store.db();
    RunCounters c;
    std::int64_t runId = 0;
    try {
        // Random dedup keys touch the whole unique index: a larger page cache for the duration
        // of the import keeps it in memory (well inside the 256 MB budget).
        // Tuning only: a pragma that cannot apply now (a caller's statement still reading on
        // this connection) must not stop the import.
        auto tune = [&db](const char* pragma) {
            try {
                db.exec(pragma);
            } catch (const SqlError&) {
            }
        };
        tune("PRAGMA cache_size = -98304");
        // Index builds at the end of a bulk import sort every row: spill to temporary files
        // rather than memory, so that peak memory does not grow with the file.
        tune("PRAGMA temp_store = FILE");
        tune("PRAGMA wal_autocheckpoint = 16384");  // fewer, larger checkpoints while importing
        ImportWriter writer(db);
        std::uint64_t estimatedRows = desc.fileSize / 150;
        if (estimatedRows >= opt.bulkThresholdRows) {
            std::int64_t existing = 0;
            {
                auto count = db.prepare("SELECT count(*) FROM verbatim");
                count.step();
                existing = count.int64(0);
            }
            if (estimatedRows > static_cast<std::uint64_t>(existing)) {
                try {
                    Transaction tx(db);
                    dropSecondaryIndexes(db);
                    tx.commit();
                    report.bulk = true;
                } catch (const SqlError&) {
                    // Another statement of this connection is reading: import without bulk mode.
                }
            }
        }
        if (auto resumable = writer.findResumable(desc)) {
            runId = resumable->id;
            c = resumable->counters;
            report.resumed = true;
            writer.markRunning(runId);
            if (auto st =
                    reader.seek({resumable->position.offset, resumable->position.line, resumable->position.recordNo});
                !st) {
                return st.error();
            }
        } else {
            runId = writer.createRun(desc, nowSeconds());
        }
        report.runId = runId;

        const std::size_t batchSize = opt.batchSize ? opt.batchSize : report.bulk ? 250000 : 20000;
        RowBuilder builder(plan.mapping, plan.columns, opt.dateOrder.value_or(dateOrderForLocale()), "unspecified",
                           consentName(consentFromName(opt.consent).value_or(ConsentBasis::Unknown)));
        SourceRecord rec;
        NewVerbatim row;
        std::size_t inBatch = 0;
        auto position = [&] {
            auto p = reader.position();
            return RunPosition{p.offset, p.line, p.recordNo};
        };
        auto report_progress = [&] {
            if (progress)
                progress(Progress{static_cast<std::uint64_t>(c.read), stream.rawBytesRead(), stream.fileSize()});
        };
        writer.beginBatch();
        for (;;) {
            if (cancel && cancel->cancelled()) {
                report.cancelled = true;
                break;
            }
            if (!reader.next(rec)) break;
            ++c.read;
            std::string location = reader.location(rec);
            std::string reason = builder.build(rec, row);
            if (reason.empty()) {
                row.sourceLocation = location;
                auto contentHash = static_cast<std::int64_t>(hash64(row.text));
                Hasher key;
                if (row.externalId)
                    key.add("id").add(row.channel).add(*row.externalId).add(row.text);
                else
                    key.add("record").add(desc.fingerprint).add(rec.recordNo).add(row.text);
                if (writer.insert(runId, row, contentHash, static_cast<std::int64_t>(key.digest())))
                    ++c.stored;
                else
                    ++c.duplicates;
            } else {
                ++c.quarantined;
                ++report.errorTotal;
                if (report.errors.size() < opt.maxErrors) report.errors.push_back({location, reason});
                Hasher h;
                h.add(desc.fingerprint).add(rec.recordNo).add(rec.line).add(rec.raw).add(reason);
                writer.quarantine(runId, location, rec.line, rec.recordNo, rec.raw, rec.rawTruncated, reason,
                                  static_cast<std::int64_t>(h.digest()));
            }
            if (c.read % 2000 == 0 && inBatch + 1 < batchSize) report_progress();
            if (++inBatch >= batchSize) {
                writer.commitBatch(runId, c, position());
                report_progress();
                writer.beginBatch();
                inBatch = 0;
            }
        }
        writer.commitBatch(runId, c, position());
        report.counters = c;
        if (report.bulk) ensureSecondaryIndexes(db);
        tune("PRAGMA wal_autocheckpoint = 1000");
        tune("PRAGMA temp_store = MEMORY");
        report_progress();
        if (stream.error()) {
            writer.finishRun(runId, "failed", stream.error()->describe(), nowSeconds());
            return makeError("import stopped after " + std::to_string(c.read) + " records: " + stream.error()->message +
                                 " (what was read is kept; re-run the import to continue)",
                             path);
        }
        writer.finishRun(runId, report.cancelled ? "cancelled" : "done", "", nowSeconds());
        return report;
    } catch (const SqlError& e) {
        if (db.handle()) {
            try {
                db.exec("ROLLBACK");
            } catch (const SqlError&) {
            }
            try {
                if (runId) ImportWriter(db).finishRun(runId, "failed", explainSqlError(e), nowSeconds());
                if (report.bulk) ensureSecondaryIndexes(db);
            } catch (const SqlError&) {
            }
        }
        return makeError(
            "import failed: " + explainSqlError(e) + " (the last completed batch is kept; re-run to continue)", path);
    } catch (const std::exception& e) {
        // Not expected: a bug of ours. Say so rather than let it cross into the caller's thread.
        if (db.handle()) {
            try {
                db.exec("ROLLBACK");
            } catch (const SqlError&) {
            }
        }
        return makeError(std::string("import stopped by an internal error (please report it): ") + e.what(), path);
    }
}

}  // namespace tw::core
