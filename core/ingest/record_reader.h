#pragma once
// The interface every input format implements: a pull parser over a DecodedStream that yields
// SourceRecords one at a time in constant memory, and can be repositioned to a record boundary
// (to resume a killed import).

#include "ingest/source_record.h"
#include "util/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tw::core {

struct ReaderPosition {
    std::uint64_t offset = 0;  // decoded byte offset of the next record
    std::uint64_t line = 1;    // its physical line
    std::uint64_t recordNo = 0;  // records already returned
};

class RecordReader {
public:
    virtual ~RecordReader() = default;
    // Fills `rec` with the next record; false at the end of input.
    virtual bool next(SourceRecord& rec) = 0;
    // Column names for tabular formats (empty otherwise).
    [[nodiscard]] virtual const std::vector<std::string>& header() const = 0;
    // Where the next record starts.
    [[nodiscard]] virtual ReaderPosition position() const = 0;
    // Continues from a position obtained from position() on a reader of the same file.
    virtual Status seek(const ReaderPosition& pos) = 0;
    // "line 12" or "record 3 (line 40)".
    [[nodiscard]] virtual std::string location(const SourceRecord& rec) const {
        return "line " + std::to_string(rec.line);
    }
};

}  // namespace tw::core
