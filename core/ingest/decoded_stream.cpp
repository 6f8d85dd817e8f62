#include "ingest/decoded_stream.h"

#include "text/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tw::core {

namespace {
constexpr std::size_t kRawChunk = 1 << 16;
constexpr std::size_t kPivot = 1 << 14;
constexpr std::size_t kSample = 1 << 16;

// True when a sample looks like UTF-16 without a BOM: many zero bytes on one parity.
std::optional<std::string> sniffUtf16(std::string_view s) {
    if (s.size() < 16) return std::nullopt;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == 0) ((i % 2) ? odd : even)++;
    }
    std::size_t half = s.size() / 2;
    if (odd > half * 6 / 10 && even < half / 10) return std::string("UTF-16LE");
    if (even > half * 6 / 10 && odd < half / 10) return std::string("UTF-16BE");
    return std::nullopt;
}
}  // namespace

EncodingGuess detectEncoding(std::string_view s) {
    auto starts = [&](std::string_view p) { return s.substr(0, p.size()) == p; };
    if (starts("\xEF\xBB\xBF")) return {"UTF-8", 3, true};
    if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return {"UTF-32LE", 4, true};
    if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return {"UTF-32BE", 4, true};
    if (starts("\xFF\xFE")) return {"UTF-16LE", 2, true};
    if (starts("\xFE\xFF")) return {"UTF-16BE", 2, true};
    if (auto u16 = sniffUtf16(s)) return {*u16, 0, false};
    // A sample cut mid-sequence at its end is still UTF-8, so a truncated tail is not counted.
    std::size_t invalid = countInvalidUtf8(s, /*ignoreTruncatedTail=*/true);
    if (invalid == 0) return {"UTF-8", 0, false};
    // A few stray bytes in otherwise valid multibyte text: UTF-8, repaired per record.
    std::size_t high = 0;
    for (unsigned char c : s) high += c >= 0x80;
    if (invalid * 20 < high) return {"UTF-8", 0, false};

    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector* det = ucsdet_open(&err);
    std::string name = "windows-1252";
    if (U_SUCCESS(err)) {
        ucsdet_setText(det, s.data(), static_cast<int32_t>(s.size()), &err);
        const UCharsetMatch* m = ucsdet_detect(det, &err);
        if (U_SUCCESS(err) && m) {
            const char* n = ucsdet_getName(m, &err);
            if (U_SUCCESS(err) && n) {
                std::string cand = n;
                // Latin-1 as detected is almost always really windows-1252 (its superset).
                if (cand == "ISO-8859-1") cand = "windows-1252";
                if (cand != "UTF-8") name = cand;
            }
        }
        ucsdet_close(det);
    }
    return {name, 0, false};
}

Result<std::unique_ptr<DecodedStream>> DecodedStream::open(const std::string& path,
                                                           const std::optional<std::string>& encoding) {
    std::unique_ptr<DecodedStream> s(new DecodedStream());
    s->path_ = path;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return makeError(std::string("cannot open the file: ") + std::strerror(errno), path);
    std::vector<char> sample(kSample);
    std::size_t n = std::fread(sample.data(), 1, sample.size(), f);
    std::fseek(f, 0, SEEK_END);
    long size = std::ftell(f);
    std::fclose(f);
    s->fileSize_ = size > 0 ? static_cast<std::uint64_t>(size) : 0;
    EncodingGuess g = detectEncoding(std::string_view(sample.data(), n));
    if (encoding) {
        s->encoding_ = *encoding;
        s->bomBytes_ = g.fromBom ? g.bomBytes : 0;
    } else {
        s->encoding_ = g.name;
        s->bomBytes_ = g.bomBytes;
    }
    UErrorCode err = U_ZERO_ERROR;
    const char* canonical = ucnv_getCanonicalName(s->encoding_.c_str(), "", &err);
    std::string canon = (U_SUCCESS(err) && canonical) ? canonical : s->encoding_;
    s->passthrough_ = canon == "UTF-8" || s->encoding_ == "UTF-8" || s->encoding_ == "utf-8" || s->encoding_ == "utf8";
    if (!s->passthrough_) {
        err = U_ZERO_ERROR;
        s->from_ = ucnv_open(s->encoding_.c_str(), &err);
        if (U_FAILURE(err)) {
            return makeError("unknown text encoding '" + s->encoding_ + "'; name one ICU knows (UTF-8, UTF-16LE, latin1, cp1252...)", path);
        }
        err = U_ZERO_ERROR;
        s->to_ = ucnv_open("UTF-8", &err);
        s->rawBuf_ = std::make_unique<char[]>(kRawChunk);
        s->pivot_ = std::make_unique<char16_t[]>(kPivot);
    }
    if (auto st = s->reopen(); !st) return st.error();
    return s;
}

DecodedStream::~DecodedStream() {
    if (file_) std::fclose(file_);
    if (from_) ucnv_close(from_);
    if (to_) ucnv_close(to_);
}

Status DecodedStream::reopen() {
    if (file_) std::fclose(file_);
    file_ = std::fopen(path_.c_str(), "rb");
    if (!file_) return makeError(std::string("cannot open the file: ") + std::strerror(errno), path_);
    rawRead_ = 0;
    if (bomBytes_ > 0) {
        char skip[4];
        rawRead_ = std::fread(skip, 1, bomBytes_, file_);
    }
    if (!passthrough_) {
        ucnv_reset(from_);
        ucnv_reset(to_);
        rawPos_ = rawEnd_ = rawBuf_.get();
        rawEof_ = false;
        pivotSource_ = pivotTarget_ = pivot_.get();
        flushed_ = false;
    }
    return Ok{};
}

std::size_t DecodedStream::readRaw(char* out, std::size_t n) {
    std::size_t got = std::fread(out, 1, n, file_);
    if (got < n && std::ferror(file_)) {
        error_ = makeError(std::string("read error: ") + std::strerror(errno), path_);
    }
    rawRead_ += got;
    return got;
}

std::size_t DecodedStream::read(char* out, std::size_t n) {
    if (n == 0 || error_) return 0;
    if (passthrough_) return readRaw(out, n);
    char* target = out;
    char* targetEnd = out + n;
    while (target == out && !flushed_) {
        if (rawPos_ == rawEnd_ && !rawEof_) {
            std::size_t got = readRaw(rawBuf_.get(), kRawChunk);
            rawPos_ = rawBuf_.get();
            rawEnd_ = rawPos_ + got;
            rawEof_ = got == 0;
        }
        UErrorCode err = U_ZERO_ERROR;
        auto* pivotStart = reinterpret_cast<UChar*>(pivot_.get());
        auto* ps = reinterpret_cast<UChar*>(pivotSource_);
        auto* pt = reinterpret_cast<UChar*>(pivotTarget_);
        ucnv_convertEx(to_, from_, &target, targetEnd, &rawPos_, rawEnd_, pivotStart, &ps, &pt,
                       pivotStart + kPivot, false, rawEof_, &err);
        pivotSource_ = reinterpret_cast<char16_t*>(ps);
        pivotTarget_ = reinterpret_cast<char16_t*>(pt);
        if (err == U_BUFFER_OVERFLOW_ERROR) break;  // out is full
        if (U_FAILURE(err)) {
            error_ = makeError(std::string("cannot convert from ") + encoding_ + ": " + u_errorName(err), path_);
            break;
        }
        if (rawEof_ && rawPos_ == rawEnd_) flushed_ = true;
    }
    return static_cast<std::size_t>(target - out);
}

Status DecodedStream::rewind(std::uint64_t decodedOffset) {
    if (auto st = reopen(); !st) return st;
    std::vector<char> skip(1 << 16);
    while (decodedOffset > 0) {
        std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(decodedOffset, skip.size()));
        std::size_t got = read(skip.data(), want);
        if (got == 0) return makeError("the file is shorter than when the import started; it changed since", path_);
        decodedOffset -= got;
    }
    return Ok{};
}

}  // namespace tw::core
