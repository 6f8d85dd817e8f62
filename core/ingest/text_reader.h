#pragma once
// Plain text: one verbatim per line, or one per paragraph (lines separated by blank lines).

#include "ingest/char_input.h"
#include "ingest/record_reader.h"

#include <string_view>

namespace tw::core {

enum class TextMode { Line, Paragraph };

// Paragraph mode when the sample has blank lines and some paragraph spans several lines.
TextMode sniffTextMode(std::string_view sample);

class TextReader final : public RecordReader {
public:
    TextReader(DecodedStream& stream, TextMode mode, std::size_t maxRecordBytes)
        : in_(stream), mode_(mode), maxRecordBytes_(maxRecordBytes) {}
    bool next(SourceRecord& rec) override;
    [[nodiscard]] const std::vector<std::string>& header() const override { return noHeader_; }
    [[nodiscard]] ReaderPosition position() const override { return pos_; }
    Status seek(const ReaderPosition& pos) override { pos_ = pos; return in_.seek(pos.offset); }
    [[nodiscard]] TextMode mode() const { return mode_; }

private:
    // One physical line without its terminator; false at the end of input.
    bool readLine(std::string& line, std::size_t& bytes);
    CharInput in_;
    TextMode mode_;
    std::size_t maxRecordBytes_;
    ReaderPosition pos_;
    std::vector<std::string> noHeader_;
};

}  // namespace tw::core
