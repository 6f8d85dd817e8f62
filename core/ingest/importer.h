#pragma once
// The import pipeline: file -> DecodedStream -> RecordReader -> RowBuilder -> ImportWriter.
// Streaming in constant memory; every record ends up stored, counted as a duplicate, or in
// quarantine with its location and reason. Runs on the calling thread (the UI calls it from a
// worker); reports progress through a ProgressSink and stops at the next record when the
// CancelToken is set, keeping what was committed so that re-running resumes.

#include "ingest/column_mapping.h"
#include "ingest/date_parser.h"
#include "jobs/progress.h"
#include "store/import_writer.h"
#include "store/store.h"
#include "util/result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct ImportOptions {
    std::string format = "auto";            // auto | csv | tsv | jsonl | json | text
    std::string map;                        // "text=review,date=created_at"
    std::optional<std::string> channel;     // constant channel for every record
    std::optional<std::string> encoding;    // force an encoding (ICU name)
    std::optional<DateOrder> dateOrder;     // ambiguous numeric dates; default: the ICU locale's order
    std::string textMode = "auto";          // plain text: auto | line | paragraph
    std::string consent;                    // consent basis for every record (when no column)
    // Records per transaction; 0 = automatic: 20,000, or 250,000 in bulk mode (every commit
    // rewrites the pages the random dedup keys touched, so fewer commits write far less).
    std::size_t batchSize = 0;
    std::size_t maxRecordBytes = 16u << 20;  // larger records are quarantined
    std::size_t maxErrors = 100;            // quarantine reasons listed in the report
    // Bulk mode (secondary indexes dropped during the import and rebuilt at its end) when the
    // file holds an estimated this many records or more, and more than the store already has.
    std::size_t bulkThresholdRows = 100000;
};

// What the importer will do with a file, for the import dialog's preview and for the import.
struct FilePreview {
    std::string format;     // resolved: csv | tsv | jsonl | json | text
    std::string encoding;   // ICU name
    char delimiter = ',';   // csv/tsv
    std::string textMode;   // text: line | paragraph
    std::vector<std::string> columns;              // CSV header, or the JSON keys seen first
    std::vector<std::vector<std::string>> rows;    // the first records, one value per column
    ColumnMapping mapping;  // guessed, then --map applied
    struct Problem {
        std::string location, reason;
    };
    std::vector<Problem> problems;  // records among the previewed ones that cannot be read
};

Result<FilePreview> previewFile(const std::string& path, const ImportOptions& options, int maxRows = 20);

struct ImportIssue {
    std::string location;
    std::string reason;
};

struct ImportReport {
    std::int64_t runId = 0;
    RunCounters counters;        // totals for the run (a resumed run includes its earlier part)
    std::vector<ImportIssue> errors;   // quarantined records, at most options.maxErrors
    std::int64_t errorTotal = 0;       // quarantined in this invocation
    bool resumed = false;
    bool bulk = false;                 // secondary indexes were rebuilt at the end
    bool cancelled = false;
    FilePreview plan;
};

Result<ImportReport> importFile(Store& store, const std::string& path, const ImportOptions& options,
                                const ProgressSink& progress = {}, const CancelToken* cancel = nullptr);

}  // namespace tw::core
