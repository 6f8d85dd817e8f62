#pragma once
// RFC 4180 CSV/TSV reader: quoted fields, doubled quotes, embedded newlines, CRLF/LF/bare-CR
// line ends, delimiter sniffing (',', ';', tab, '|'). Lenient where files in the wild are
// (a quote inside an unquoted field is text), strict where data would be lost (a ragged row or
// an unterminated quote is quarantined, and parsing recovers on the next line).

#include "ingest/char_input.h"
#include "ingest/record_reader.h"

#include <memory>
#include <optional>
#include <string_view>

namespace tw::core {

struct CsvDialect {
    char delimiter = ',';
    bool bareCrEndsLine = false;  // true for files whose only line end is CR (classic Mac)
};

// Guesses the dialect from the start of the (decoded) file.
CsvDialect sniffCsvDialect(std::string_view sample, std::optional<char> forcedDelimiter = std::nullopt);

class CsvReader final : public RecordReader {
public:
    // Reads the header row. Fails when the file has no header (empty file).
    static Result<std::unique_ptr<CsvReader>> open(DecodedStream& stream, CsvDialect dialect,
                                                   std::size_t maxRecordBytes);

    bool next(SourceRecord& rec) override;
    [[nodiscard]] const std::vector<std::string>& header() const override { return header_; }
    [[nodiscard]] ReaderPosition position() const override { return pos_; }
    Status seek(const ReaderPosition& pos) override;
    [[nodiscard]] const CsvDialect& dialect() const { return dialect_; }

private:
    CsvReader(DecodedStream& stream, CsvDialect dialect, std::size_t maxRecordBytes)
        : in_(stream), dialect_(dialect), maxRecordBytes_(maxRecordBytes) {}
    // Parses one physical record into rec (fields, raw, error). False at end of input.
    bool parse(SourceRecord& rec);

    CharInput in_;
    CsvDialect dialect_;
    std::size_t maxRecordBytes_;
    std::vector<std::string> header_;
    ReaderPosition pos_;
    std::optional<ReaderPosition> recoverAt_;  // after an unterminated quote
};

}  // namespace tw::core
