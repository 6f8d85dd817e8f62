#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace tw::core {

namespace {

// Length of the valid sequence starting at s[i], or 0 when it is invalid; sets `truncated` when
// the sequence is a valid prefix cut off by the end of input.
std::size_t validSequence(std::string_view s, std::size_t i, bool& truncated) {
    truncated = false;
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c == 0xE0) {
        len = 3;
        lo = 0xA0;
    } else if (c >= 0xE1 && c <= 0xEC)
        len = 3;
    else if (c == 0xED) {
        len = 3;
        hi = 0x9F;
    } else if (c >= 0xEE && c <= 0xEF)
        len = 3;
    else if (c == 0xF0) {
        len = 4;
        lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3)
        len = 4;
    else if (c == 0xF4) {
        len = 4;
        hi = 0x8F;
    } else
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size()) {
            truncated = true;
            return 0;
        }
        unsigned char d = b(i + k);
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) return 0;
    }
    return len;
}

}  // namespace

bool isAscii(std::string_view s) {
    // Sixteen bytes at a time (two words), the last sixteen read overlapping the ones before: no
    // byte-by-byte tail for a text of sixteen bytes or more. Any high bit set is a non-ASCII byte.
    const char* p = s.data();
    const std::size_t n = s.size();
    auto word = [p](std::size_t at) {
        std::uint64_t w;
        std::memcpy(&w, p + at, 8);
        return w;
    };
    std::uint64_t high = 0;
    if (n >= 16) {
        for (std::size_t i = 0; i + 16 <= n; i += 16) high |= word(i) | word(i + 8);
        high |= word(n - 16) | word(n - 8);
    } else if (n >= 8) {
        high = word(0) | word(n - 8);
    } else {
        for (std::size_t i = 0; i < n; ++i) high |= static_cast<unsigned char>(p[i]);
    }
    return (high & 0x8080808080808080ull) == 0;
}

std::size_t countInvalidUtf8(std::string_view s, bool ignoreTruncatedTail) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        bool truncated = false;
        std::size_t n = validSequence(s, i, truncated);
        if (n == 0) {
            if (truncated && ignoreTruncatedTail) break;
            ++bad;
            ++i;
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        } else {
            i += n;
        }
    }
    return bad;
}

bool isValidUtf8(std::string_view s) { return countInvalidUtf8(s) == 0; }

std::string repairUtf8(std::string_view s, Utf8Repair& report) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) {
            ++report.nulBytes;
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        bool truncated = false;
        std::size_t n = validSequence(s, i, truncated);
        if (n == 0) {
            ++report.invalidSequences;
            out += "\xEF\xBF\xBD";
            ++i;
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::size_t codePointCount(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::size_t byteOffsetOfCodePoint(std::string_view s, std::size_t cp) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == cp) return i;
            ++seen;
        }
    }
    return s.size();
}

}  // namespace tw::core
