#pragma once
// A file read as a stream of UTF-8 bytes whatever its encoding. The encoding is detected from
// the byte-order mark, a UTF-8 validity check and, failing those, ICU's charset detector on the
// first 64 KiB; it can also be forced. The BOM is dropped. Memory use is constant.

#include "util/result.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct UConverter;

namespace tw::core {

// Detects the encoding of a sample taken from the start of a file. Returns an ICU converter
// name ("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", ...) and the BOM length.
struct EncodingGuess {
    std::string name;
    std::size_t bomBytes = 0;
    bool fromBom = false;
};
EncodingGuess detectEncoding(std::string_view sample);

class DecodedStream final {
public:
    // `encoding` forces a converter name (anything ICU knows, e.g. "latin1", "cp1252").
    static Result<std::unique_ptr<DecodedStream>> open(const std::string& path,
                                                       const std::optional<std::string>& encoding = std::nullopt);
    ~DecodedStream();
    DecodedStream(const DecodedStream&) = delete;
    DecodedStream& operator=(const DecodedStream&) = delete;

    // Fills up to n bytes of UTF-8; returns 0 at the end. Throws nothing; a read error ends the
    // stream and is reported by error().
    std::size_t read(char* out, std::size_t n);
    // Starts over and skips the first `decodedOffset` UTF-8 bytes (used to resume an import and
    // to recover after an unterminated quote).
    Status rewind(std::uint64_t decodedOffset);

    [[nodiscard]] const std::string& encoding() const { return encoding_; }
    [[nodiscard]] std::uint64_t fileSize() const { return fileSize_; }
    [[nodiscard]] std::uint64_t rawBytesRead() const { return rawRead_; }
    [[nodiscard]] const std::optional<Error>& error() const { return error_; }
    [[nodiscard]] const std::string& path() const { return path_; }

private:
    DecodedStream() = default;
    Status reopen();
    std::size_t readRaw(char* out, std::size_t n);

    std::string path_;
    std::string encoding_;
    std::size_t bomBytes_ = 0;
    bool passthrough_ = true;  // UTF-8: bytes go through untouched
    std::FILE* file_ = nullptr;
    std::uint64_t fileSize_ = 0;
    std::uint64_t rawRead_ = 0;
    std::optional<Error> error_;

    // Conversion state (non-UTF-8 encodings)
    UConverter* from_ = nullptr;
    UConverter* to_ = nullptr;
    std::unique_ptr<char[]> rawBuf_;
    const char* rawPos_ = nullptr;
    const char* rawEnd_ = nullptr;
    bool rawEof_ = false;
    std::unique_ptr<char16_t[]> pivot_;
    char16_t* pivotSource_ = nullptr;
    char16_t* pivotTarget_ = nullptr;
    bool flushed_ = false;
};

}  // namespace tw::core
