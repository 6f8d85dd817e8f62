#include "risk/redaction.h"

#include "text/normalize.h"

#include <sodium.h>

#include <cstdio>
#include <stdexcept>

namespace tw::core {

namespace {

std::size_t codePoints(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnumByte(char c) {
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// Each letter or digit of `s` becomes '*' except the first `keepFirst` code points of each word
// and the last `keepDigits` digits; separators stay.
std::string starred(std::string_view s, std::size_t keepFirst, std::size_t keepDigits) {
    std::size_t digits = 0;
    for (char c : s) digits += isDigit(c);
    std::string out;
    std::size_t inWord = 0, digitsSeen = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 1;
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xF0)
            len = 4;
        else if (b >= 0xE0)
            len = 3;
        else if (b >= 0xC0)
            len = 2;
        len = std::min(len, s.size() - i);
        const bool alnum = isAlnumByte(s[i]);
        if (!alnum) {
            out.append(s.substr(i, len));
            inWord = 0;
        } else {
            const bool digit = isDigit(s[i]);
            digitsSeen += digit;
            const bool keep = inWord < keepFirst || (digit && digitsSeen + keepDigits > digits);
            out.append(keep ? s.substr(i, len) : std::string_view("*"));
            ++inWord;
        }
        i += len;
    }
    return out;
}

// The first code point, then a star for each of the others: "john.smith" -> "j*********".
std::string firstThenStars(std::string_view s) {
    const std::size_t n = codePoints(s);
    if (n == 0) return {};
    std::size_t firstLen = 1;
    while (firstLen < s.size() && (static_cast<unsigned char>(s[firstLen]) & 0xC0) == 0x80) ++firstLen;
    return std::string(s.substr(0, firstLen)) + std::string(n - 1, '*');
}

std::string maskOf(const PiiFinding& f, std::string_view value) {
    switch (f.type) {
        case PiiType::Email: {
            // j***@e******.com: first letters kept, the top-level domain too.
            const std::size_t at = value.find('@'), dot = value.rfind('.');
            if (at == std::string_view::npos || dot == std::string_view::npos || dot < at) return firstThenStars(value);
            return firstThenStars(value.substr(0, at)) + "@" + firstThenStars(value.substr(at + 1, dot - at - 1)) +
                   std::string(value.substr(dot));
        }
        case PiiType::PaymentCard:
        case PiiType::Iban:
        case PiiType::Phone:
            return starred(value, 0, f.type == PiiType::Phone ? 2 : 4);
        case PiiType::Person:
            return starred(value, 1, 0);
        default:
            return starred(value, 0, 0);
    }
}

// Values that differ only in spacing, case or punctuation are the same person, card or number.
std::string canonical(PiiType type, std::string_view value) {
    if (type == PiiType::Email || type == PiiType::Person || type == PiiType::Address) return foldCase(value);
    std::string out;
    for (char c : value) {
        if (isAlnumByte(c)) out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    return out;
}

std::string pseudonymOf(const PiiFinding& f, std::string_view value, const PseudonymKey& key) {
    static const int ready = sodium_init();  // idempotent and thread-safe
    (void)ready;
    const std::string input = std::string(piiTypeName(f.type)) + '\x1f' + canonical(f.type, value);
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(input.data()), input.size(),
                       key.data(), key.size());
    char hex[17];
    for (std::size_t k = 0; k < sizeof digest; ++k) std::snprintf(hex + 2 * k, 3, "%02x", digest[k]);
    return "[" + std::string(piiTypeName(f.type)) + "_" + hex + "]";
}

}  // namespace

std::optional<RedactionMode> redactionModeFromName(std::string_view name) {
    if (name == "tag") return RedactionMode::Tag;
    if (name == "mask") return RedactionMode::Mask;
    if (name == "pseudonym") return RedactionMode::Pseudonym;
    return std::nullopt;
}

PseudonymKey newPseudonymKey() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    PseudonymKey key{};
    randombytes_buf(key.data(), key.size());
    return key;
}

std::size_t Redacted::mapCp(std::size_t cp, bool end) const {
    std::ptrdiff_t shift = 0;
    for (const Piece& p : pieces) {
        if (cp < p.fromCp || (end && cp == p.fromCp)) break;
        if (cp < p.toCp || (end && cp == p.toCp)) return end ? p.endCp : p.atCp;
        shift = static_cast<std::ptrdiff_t>(p.endCp) - static_cast<std::ptrdiff_t>(p.toCp);
    }
    return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(cp) + shift);
}

Redacted redact(std::string_view utf8, const std::vector<PiiFinding>& findings, RedactionMode mode,
                const PseudonymKey* key) {
    Redacted r;
    r.text.reserve(utf8.size());
    std::size_t copiedTo = 0, outCp = 0, inCp = 0;
    for (const PiiFinding& f : findings) {
        if (f.masked || f.startByte < copiedTo || f.endByte > utf8.size()) continue;
        const std::string_view before = utf8.substr(copiedTo, f.startByte - copiedTo);
        r.text.append(before);
        const std::size_t n = codePoints(before);
        outCp += n;
        inCp += n;
        const std::string_view value = utf8.substr(f.startByte, f.endByte - f.startByte);
        std::string replacement;
        if (mode == RedactionMode::Mask) {
            replacement = maskOf(f, value);
        } else if (mode == RedactionMode::Pseudonym && key) {
            replacement = pseudonymOf(f, value, *key);
        } else {
            replacement = "[" + std::string(piiTypeName(f.type)) + "]";
        }
        const std::size_t replacedCp = codePoints(replacement), valueCp = codePoints(value);
        r.pieces.push_back({inCp, inCp + valueCp, outCp, outCp + replacedCp, f.type});
        r.text += replacement;
        outCp += replacedCp;
        inCp += valueCp;
        copiedTo = f.endByte;
    }
    r.text.append(utf8.substr(copiedTo));
    return r;
}

}  // namespace tw::core
