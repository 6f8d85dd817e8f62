#pragma once
// Writes verbatims, one row each, as CSV (RFC 4180), JSON Lines or an Excel workbook (XLSX,
// libxlsxwriter), with the same columns in every format:
//   id, external_id, channel, created_at, customer, language, rating, consent, text, attributes,
//   sentiment, label, anger, fear, sadness, joy, intensity, effort, categories
// A writer writes what it is given: which verbatims, and whether their text is redacted, is the
// caller's (store/exporter.h, store/view_export.h).
//
// A file is written beside its destination and renamed onto it by finish(): an export that fails
// or is cancelled half-way leaves no half-written file, and never replaces an earlier export.

#include "store/verbatim.h"
#include "util/result.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace tw::core {

enum class ExportFormat { JsonLines, Csv, Xlsx };

const char* exportFormatName(ExportFormat f);  // "jsonl", "csv", "xlsx"
std::optional<ExportFormat> exportFormatFromName(std::string_view name);
// By a file name's extension (.jsonl, .csv, .xlsx), case-insensitive.
std::optional<ExportFormat> exportFormatFromPath(std::string_view path);

class VerbatimWriter {
public:
    virtual ~VerbatimWriter() = default;
    virtual Status write(const Verbatim& v) = 0;
    // Completes the output: flushes it, and for a file, moves it onto its destination.
    virtual Status finish() = 0;
    [[nodiscard]] virtual ExportFormat format() const = 0;

    // CSV or JSON Lines onto a stream (standard output); XLSX needs a file.
    static Result<std::unique_ptr<VerbatimWriter>> toStream(ExportFormat format, std::ostream& out);
    static Result<std::unique_ptr<VerbatimWriter>> toFile(ExportFormat format, const std::string& path);
};

// A CSV field that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets a leading apostrophe: a verbatim is text, never a formula
// (OWASP "CSV injection"). JSON Lines and XLSX keep the text as it is.
std::string csvSafeText(std::string_view field);

}  // namespace tw::core
