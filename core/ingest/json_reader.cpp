#include "ingest/json_reader.h"

#include <cctype>

namespace tw::core {

bool JsonLinesReader::next(SourceRecord& rec) {
    for (;;) {
        rec.clear();
        rec.kind = SourceRecord::Kind::Json;
        rec.line = pos_.line;
        rec.startOffset = in_.offset();
        int c;
        std::size_t bytes = 0;
        bool any = false;
        while ((c = in_.get()) >= 0 && c != '\n') {
            ++bytes;
            if (bytes <= maxRecordBytes_) rec.payload += static_cast<char>(c);
            rec.appendRaw(static_cast<char>(c));
            any = true;
        }
        if (!rec.payload.empty() && rec.payload.back() == '\r') rec.payload.pop_back();
        if (!rec.raw.empty() && rec.raw.back() == '\r') rec.raw.pop_back();
        if (c == '\n') ++pos_.line;
        rec.endOffset = in_.offset();
        pos_.offset = rec.endOffset;
        bool blank = rec.payload.find_first_not_of(" \t\r") == std::string::npos;
        if (!any && c < 0) return false;
        if (blank && bytes <= maxRecordBytes_) continue;  // blank lines are not records
        rec.recordNo = ++pos_.recordNo;
        if (bytes > maxRecordBytes_) {
            rec.payload.clear();
            rec.error = "line of " + std::to_string(bytes) + " bytes is larger than the " +
                        std::to_string(maxRecordBytes_ / (1024 * 1024)) + " MiB limit";
        }
        return true;
    }
}

int JsonArrayReader::skipSpace() {
    for (;;) {
        int c = in_.peek();
        if (c == ' ' || c == '\t' || c == '\r') { in_.get(); continue; }
        if (c == '\n') { in_.get(); ++pos_.line; continue; }
        return c;
    }
}

Status JsonArrayReader::seek(const ReaderPosition& pos) {
    pos_ = pos;
    started_ = true;  // positions are taken between elements, after the '['
    done_ = false;
    return in_.seek(pos.offset);
}

bool JsonArrayReader::next(SourceRecord& rec) {
    rec.clear();
    rec.kind = SourceRecord::Kind::Json;
    if (done_) return false;
    if (!started_) {
        int c = skipSpace();
        if (c < 0) return false;
        if (c != '[') {
            rec.line = pos_.line;
            rec.recordNo = ++pos_.recordNo;
            rec.error = "not a JSON array: the file should start with '[' (use --format jsonl for one object per line)";
            while ((c = in_.get()) >= 0 && c != '\n') rec.appendRaw(static_cast<char>(c));
            done_ = true;
            return true;
        }
        in_.get();
        started_ = true;
    }
    int c = skipSpace();
    if (c == ',') { in_.get(); c = skipSpace(); }
    if (c == ']' ) { in_.get(); done_ = true; return false; }
    if (c < 0) {
        done_ = true;
        rec.line = pos_.line;
        rec.recordNo = ++pos_.recordNo;
        rec.error = "the JSON array is not closed with ']' (the file may be truncated)";
        rec.startOffset = rec.endOffset = in_.offset();
        return true;
    }
    rec.line = pos_.line;
    rec.startOffset = in_.offset();
    rec.recordNo = ++pos_.recordNo;
    // Frame one element: track nesting outside strings; stop at ',' or ']' at depth 0.
    int depth = 0;
    bool inString = false, escape = false;
    std::size_t bytes = 0;
    for (;;) {
        c = in_.peek();
        if (c < 0) {
            rec.error = "the JSON array ends inside this element (the file may be truncated)";
            done_ = true;
            break;
        }
        if (!inString && depth == 0 && (c == ',' || c == ']')) break;
        in_.get();
        char ch = static_cast<char>(c);
        ++bytes;
        if (bytes <= maxRecordBytes_) rec.payload += ch;
        rec.appendRaw(ch);
        if (ch == '\n') ++pos_.line;
        if (inString) {
            if (escape) escape = false;
            else if (ch == '\\') escape = true;
            else if (ch == '"') inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '{' || ch == '[') {
            ++depth;
        } else if (ch == '}' || ch == ']') {
            if (--depth < 0) { depth = 0; }
        }
    }
    while (!rec.payload.empty() && std::isspace(static_cast<unsigned char>(rec.payload.back()))) rec.payload.pop_back();
    rec.endOffset = in_.offset();
    pos_.offset = rec.endOffset;
    if (bytes > maxRecordBytes_) {
        rec.payload.clear();
        rec.error = "element of " + std::to_string(bytes) + " bytes is larger than the " +
                    std::to_string(maxRecordBytes_ / (1024 * 1024)) + " MiB limit";
    }
    return true;
}

}  // namespace tw::core
