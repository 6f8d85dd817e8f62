#pragma once
// Buffered byte-at-a-time access to a DecodedStream with the decoded offset and physical line
// kept up to date, shared by the readers. Header-only so get()/peek() inline in the parse loops.

#include "ingest/decoded_stream.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace tw::core {

class CharInput final {
public:
    explicit CharInput(DecodedStream& stream) : stream_(stream), buf_(std::make_unique<char[]>(kSize)) {}

    // Next byte, or -1 at the end.
    int get() {
        if (pos_ == end_ && !fill()) return -1;
        ++offset_;
        return static_cast<unsigned char>(buf_[pos_++]);
    }
    int peek() {
        if (pos_ == end_ && !fill()) return -1;
        return static_cast<unsigned char>(buf_[pos_]);
    }
    [[nodiscard]] std::uint64_t offset() const { return offset_; }

    // The bytes buffered after the current position (refilled when empty; empty at the end),
    // for parsers that scan runs of ordinary bytes at once; consume them with advance().
    std::string_view buffered() {
        if (pos_ == end_ && !fill()) return {};
        return {buf_.get() + pos_, end_ - pos_};
    }
    void advance(std::size_t n) {
        pos_ += n;
        offset_ += n;
    }

    // Repositions to a decoded offset (a record boundary recorded earlier).
    Status seek(std::uint64_t offset) {
        pos_ = end_ = 0;
        offset_ = offset;
        return stream_.rewind(offset);
    }
    DecodedStream& stream() { return stream_; }

private:
    bool fill() {
        end_ = stream_.read(buf_.get(), kSize);
        pos_ = 0;
        return end_ > 0;
    }
    static constexpr std::size_t kSize = 1 << 16;
    DecodedStream& stream_;
    std::unique_ptr<char[]> buf_;
    std::size_t pos_ = 0, end_ = 0;
    std::uint64_t offset_ = 0;
};

}  // namespace tw::core
