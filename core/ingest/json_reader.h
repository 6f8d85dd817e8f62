#pragma once
// JSON Lines (one object per line) and JSON arrays of objects. Arrays are framed element by
// element with a small string-aware scanner, so a 10 GB array needs no more memory than its
// largest element; each element's text is then parsed by the row builder, and a broken element
// is quarantined alone.

#include "ingest/char_input.h"
#include "ingest/record_reader.h"

#include <memory>

namespace tw::core {

class JsonLinesReader final : public RecordReader {
public:
    JsonLinesReader(DecodedStream& stream, std::size_t maxRecordBytes) : in_(stream), maxRecordBytes_(maxRecordBytes) {}
    bool next(SourceRecord& rec) override;
    [[nodiscard]] const std::vector<std::string>& header() const override { return noHeader_; }
    [[nodiscard]] ReaderPosition position() const override { return pos_; }
    Status seek(const ReaderPosition& pos) override { pos_ = pos; return in_.seek(pos.offset); }

private:
    CharInput in_;
    std::size_t maxRecordBytes_;
    ReaderPosition pos_;
    std::vector<std::string> noHeader_;
};

class JsonArrayReader final : public RecordReader {
public:
    JsonArrayReader(DecodedStream& stream, std::size_t maxRecordBytes) : in_(stream), maxRecordBytes_(maxRecordBytes) {}
    bool next(SourceRecord& rec) override;
    [[nodiscard]] const std::vector<std::string>& header() const override { return noHeader_; }
    [[nodiscard]] ReaderPosition position() const override { return pos_; }
    Status seek(const ReaderPosition& pos) override;
    [[nodiscard]] std::string location(const SourceRecord& rec) const override {
        return "record " + std::to_string(rec.recordNo) + " (line " + std::to_string(rec.line) + ")";
    }

private:
    int skipSpace();  // returns the next non-space byte without consuming it
    CharInput in_;
    std::size_t maxRecordBytes_;
    ReaderPosition pos_;
    bool started_ = false;  // '[' consumed
    bool done_ = false;
    std::vector<std::string> noHeader_;
};

}  // namespace tw::core
