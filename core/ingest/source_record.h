#pragma once
// One logical record as a reader found it, before mapping: where it is, its bytes, and either
// its fields (CSV/TSV), its JSON text (JSON Lines / JSON array element) or its text (plain text),
// or the framing error that sends it to quarantine.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

inline constexpr std::size_t kMaxRawKept = 64 * 1024;  // bytes of a record kept for quarantine

struct SourceRecord {
    enum class Kind { Fields, Json, Text };
    Kind kind = Kind::Fields;
    std::uint64_t recordNo = 0;     // 1-based among data records (a header is not a record)
    std::uint64_t line = 0;         // 1-based physical line where the record starts
    std::uint64_t startOffset = 0;  // decoded byte offsets of the record: [start, end)
    std::uint64_t endOffset = 0;
    std::string raw;                // the record's bytes, at most kMaxRawKept
    bool rawTruncated = false;
    std::vector<std::string> fields;
    std::string payload;            // JSON text or plain text
    std::string error;              // non-empty: the record is quarantined with this reason

    void clear() {
        fields.clear();
        payload.clear();
        raw.clear();
        error.clear();
        rawTruncated = false;
    }
    void appendRaw(std::string_view bytes) {
        std::size_t room = raw.size() < kMaxRawKept ? kMaxRawKept - raw.size() : 0;
        raw.append(bytes.substr(0, room));
        if (bytes.size() > room) rawTruncated = true;
    }
    void appendRaw(char c) {
        if (raw.size() < kMaxRawKept) raw += c;
        else rawTruncated = true;
    }
};

}  // namespace tw::core
