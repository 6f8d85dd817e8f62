#include "ingest/csv_reader.h"

#include "text/utf8.h"

#include <algorithm>
#include <map>
#include <set>

namespace tw::core {

namespace {

// Field counts per record of the sample for one delimiter (quote-aware).
std::vector<std::size_t> fieldCounts(std::string_view s, char delim, std::size_t maxRecords) {
    std::vector<std::size_t> counts;
    std::size_t fields = 1;
    bool inQuotes = false, any = false;
    for (std::size_t i = 0; i < s.size() && counts.size() < maxRecords; ++i) {
        char c = s[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < s.size() && s[i + 1] == '"') ++i;
                else inQuotes = false;
            }
            continue;
        }
        if (c == '"') { inQuotes = true; any = true; }
        else if (c == delim) { ++fields; any = true; }
        else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            if (any) counts.push_back(fields);
            fields = 1;
            any = false;
        } else {
            any = true;
        }
    }
    return counts;
}

}  // namespace

CsvDialect sniffCsvDialect(std::string_view s, std::optional<char> forced) {
    CsvDialect d;
    // Line ends outside quotes: a file with bare CRs and no LF at all uses CR as its line end.
    std::size_t lf = 0, bareCr = 0;
    bool inQuotes = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"') inQuotes = !inQuotes;
        else if (!inQuotes && c == '\n') ++lf;
        else if (!inQuotes && c == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) ++bareCr;
    }
    d.bareCrEndsLine = lf == 0 && bareCr > 0;
    if (forced) {
        d.delimiter = *forced;
        return d;
    }
    // The delimiter whose per-record field count is most consistent (and above one) wins.
    double best = -1;
    for (char cand : {',', ';', '\t', '|'}) {
        auto counts = fieldCounts(s, cand, 50);
        if (counts.size() > 1 && !s.empty() && s.size() >= 65536) counts.pop_back();  // may be cut off
        if (counts.empty()) continue;
        std::map<std::size_t, std::size_t> freq;
        for (auto c : counts) ++freq[c];
        auto mode = std::max_element(freq.begin(), freq.end(),
                                     [](auto& a, auto& b) { return a.second < b.second; });
        if (mode->first < 2) continue;
        double score = static_cast<double>(mode->second) / static_cast<double>(counts.size()) +
                       (counts.front() == mode->first ? 0.5 : 0.0) + 0.001 * static_cast<double>(mode->first);
        if (score > best) {
            best = score;
            d.delimiter = cand;
        }
    }
    return d;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(DecodedStream& stream, CsvDialect dialect,
                                                   std::size_t maxRecordBytes) {
    std::unique_ptr<CsvReader> r(new CsvReader(stream, dialect, maxRecordBytes));
    SourceRecord head;
    if (!r->parse(head)) return makeError("the file is empty: a CSV file needs a header row", stream.path());
    if (!head.error.empty()) return makeError("the header row cannot be read: " + head.error, stream.path() + ": line 1");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < head.fields.size(); ++i) {
        Utf8Repair repaired;
        std::string name = repairUtf8(head.fields[i], repaired);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        if (name.empty()) name = "column_" + std::to_string(i + 1);
        std::string unique = name;
        for (int k = 2; seen.count(unique); ++k) unique = name + "_" + std::to_string(k);
        seen.insert(unique);
        r->header_.push_back(unique);
    }
    r->pos_.recordNo = 0;
    return r;
}

Status CsvReader::seek(const ReaderPosition& pos) {
    recoverAt_.reset();
    pos_ = pos;
    return in_.seek(pos.offset);
}

bool CsvReader::next(SourceRecord& rec) {
    if (recoverAt_) {
        ReaderPosition p = *recoverAt_;
        p.recordNo = pos_.recordNo;
        recoverAt_.reset();
        if (auto st = seek(p); !st) return false;
    }
    if (!parse(rec)) return false;
    rec.recordNo = ++pos_.recordNo;
    if (rec.error.empty() && !header_.empty() && rec.fields.size() != header_.size()) {
        // Trailing empty fields beyond the header (a trailing delimiter) are harmless.
        while (rec.fields.size() > header_.size() && rec.fields.back().empty()) rec.fields.pop_back();
        if (rec.fields.size() != header_.size()) {
            rec.error = "ragged row: " + std::to_string(rec.fields.size()) + " fields where the header has " +
                        std::to_string(header_.size());
        }
    }
    return true;
}

bool CsvReader::parse(SourceRecord& rec) {
    rec.clear();
    rec.kind = SourceRecord::Kind::Fields;
    const char delim = dialect_.delimiter;
    // Skip blank lines between records.
    for (;;) {
        int c = in_.peek();
        if (c == '\n' || (c == '\r')) {
            in_.get();
            if (c == '\r' && in_.peek() == '\n') in_.get();
            else if (c == '\r' && !dialect_.bareCrEndsLine) {
                // a stray CR on its own line in an LF file: treat it as a blank line anyway
            }
            ++pos_.line;
            continue;
        }
        if (c < 0) return false;
        break;
    }
    rec.line = pos_.line;
    rec.startOffset = in_.offset();

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    std::string field;
    std::size_t bytes = 0;
    bool oversized = false;
    std::uint64_t secondLineOffset = 0, secondLine = 0;
    auto pushField = [&] {
        if (!oversized) rec.fields.push_back(std::move(field));
        field.clear();
    };
    auto addChar = [&](char ch) {
        if (oversized) return;
        field += ch;
    };
    auto noteNewlineInRecord = [&] {
        ++pos_.line;
        if (secondLineOffset == 0) {
            secondLineOffset = in_.offset();
            secondLine = pos_.line;
        }
    };

    for (;;) {
        // Fast path: inside a field, copy the run of bytes up to the next byte that matters
        // in one go instead of byte by byte.
        if (state == State::Quoted || state == State::Unquoted) {
            std::string_view span = in_.buffered();
            std::size_t n = 0;
            if (state == State::Quoted) {
                while (n < span.size() && span[n] != '"' && span[n] != '\n' && span[n] != '\r') ++n;
            } else {
                while (n < span.size() && span[n] != delim && span[n] != '\n' && span[n] != '\r') ++n;
            }
            if (n > 0) {
                std::string_view run = span.substr(0, n);
                rec.appendRaw(run);
                bytes += n;
                if (bytes > maxRecordBytes_ && !oversized) {
                    oversized = true;
                    field.clear();
                    field.shrink_to_fit();
                    rec.fields.clear();
                }
                if (!oversized) field.append(run);
                in_.advance(n);
                continue;
            }
        }
        int c = in_.get();
        if (c >= 0) {
            rec.appendRaw(static_cast<char>(c));
            if (++bytes > maxRecordBytes_ && !oversized) {
                oversized = true;
                field.clear();
                field.shrink_to_fit();
                rec.fields.clear();
            }
        }
        // Line-end detection shared by every unquoted state.
        bool lineEnd = false;
        if (state != State::Quoted) {
            if (c == '\n') lineEnd = true;
            else if (c == '\r') {
                if (in_.peek() == '\n') { in_.get(); lineEnd = true; }
                else if (dialect_.bareCrEndsLine) lineEnd = true;
            }
        }
        if (c < 0 || lineEnd) {
            if (c < 0 && state == State::Quoted) {
                rec.error = "unterminated quote: a quoted field opened on line " + std::to_string(rec.line) +
                            " never closes";
                if (secondLineOffset != 0) {
                    // Quarantine only the first line; re-read what follows as records.
                    std::string_view raw = rec.raw;
                    auto nl = raw.find_first_of("\r\n");
                    rec.raw = std::string(raw.substr(0, nl));
                    rec.rawTruncated = false;
                    rec.endOffset = secondLineOffset;
                    recoverAt_ = ReaderPosition{secondLineOffset, secondLine, 0};
                    pos_.line = secondLine;
                    pos_.offset = secondLineOffset;
                    return true;
                }
            } else {
                pushField();
            }
            if (lineEnd) {
                ++pos_.line;
                // Drop the line end from the raw copy.
                while (!rec.raw.empty() && (rec.raw.back() == '\n' || rec.raw.back() == '\r')) rec.raw.pop_back();
            }
            break;
        }
        char ch = static_cast<char>(c);
        switch (state) {
            case State::FieldStart:
                if (ch == '"') state = State::Quoted;
                else if (ch == delim) pushField();
                else if (ch == '\r') addChar('\n');  // bare CR inside an LF/CRLF file: a line break in text
                else { addChar(ch); state = State::Unquoted; }
                break;
            case State::Unquoted:
                if (ch == delim) { pushField(); state = State::FieldStart; }
                else if (ch == '\r') addChar('\n');
                else addChar(ch);
                break;
            case State::Quoted:
                if (ch == '"') {
                    if (in_.peek() == '"') { in_.get(); rec.appendRaw('"'); ++bytes; addChar('"'); }
                    else state = State::AfterQuote;
                } else if (ch == '\n') {
                    noteNewlineInRecord();
                    addChar('\n');
                } else if (ch == '\r') {
                    if (in_.peek() == '\n') { in_.get(); rec.appendRaw('\n'); ++bytes; }
                    noteNewlineInRecord();
                    addChar('\n');
                } else {
                    addChar(ch);
                }
                break;
            case State::AfterQuote:
                if (ch == delim) { pushField(); state = State::FieldStart; }
                else { addChar(ch); state = State::Unquoted; }  // "abc"def: keep the text
                break;
        }
    }
    rec.endOffset = in_.offset();
    pos_.offset = rec.endOffset;
    if (oversized) {
        rec.fields.clear();
        rec.error = "record of " + std::to_string(bytes) + " bytes is larger than the " +
                    std::to_string(maxRecordBytes_ / (1024 * 1024)) + " MiB limit";
    }
    return true;
}

}  // namespace tw::core
