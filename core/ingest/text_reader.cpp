#include "ingest/text_reader.h"

namespace tw::core {

namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\f\v") == std::string_view::npos; }
}  // namespace

TextMode sniffTextMode(std::string_view s) {
    bool sawBlank = false, multiLine = false;
    std::size_t run = 0;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = s.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = s.size();
        std::string_view line = s.substr(start, end - start);
        if (blank(line)) {
            sawBlank = true;
            run = 0;
        } else if (++run >= 2) {
            multiLine = true;
        }
        start = end + 1;
        if (end + 1 < s.size() && s[end] == '\r' && s[end + 1] == '\n') ++start;
    }
    return sawBlank && multiLine ? TextMode::Paragraph : TextMode::Line;
}

bool TextReader::readLine(std::string& line, std::size_t& bytes) {
    line.clear();
    int c = in_.get();
    if (c < 0) return false;
    for (; c >= 0; c = in_.get()) {
        if (c == '\n') break;
        if (c == '\r') {
            if (in_.peek() == '\n') in_.get();
            break;
        }
        ++bytes;
        if (bytes <= maxRecordBytes_) line += static_cast<char>(c);
    }
    ++pos_.line;
    return true;
}

bool TextReader::next(SourceRecord& rec) {
    rec.clear();
    rec.kind = SourceRecord::Kind::Text;
    std::string line;
    std::size_t bytes = 0;
    // Skip blank lines before the record.
    for (;;) {
        std::uint64_t lineNo = pos_.line, offset = in_.offset();
        bytes = 0;
        if (!readLine(line, bytes)) return false;
        if (!blank(line) || bytes > maxRecordBytes_) {
            rec.line = lineNo;
            rec.startOffset = offset;
            break;
        }
    }
    rec.payload = line;
    if (mode_ == TextMode::Paragraph) {
        for (;;) {
            int c = in_.peek();
            if (c < 0) break;
            std::size_t lineBytes = 0;
            readLine(line, lineBytes);
            if (blank(line)) break;  // the blank line ends the paragraph (and is consumed)
            bytes += lineBytes + 1;
            if (bytes <= maxRecordBytes_) {
                rec.payload += '\n';
                rec.payload += line;
            }
        }
    }
    rec.endOffset = in_.offset();
    pos_.offset = rec.endOffset;
    rec.recordNo = ++pos_.recordNo;
    rec.raw = rec.payload.substr(0, kMaxRawKept);
    rec.rawTruncated = rec.payload.size() > kMaxRawKept;
    if (bytes > maxRecordBytes_) {
        rec.payload.clear();
        rec.error = "text of " + std::to_string(bytes) + " bytes is larger than the " +
                    std::to_string(maxRecordBytes_ / (1024 * 1024)) + " MiB limit";
    }
    return true;
}

}  // namespace tw::core
