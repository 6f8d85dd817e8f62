// PII with a shape of its own, found in one pass over the bytes: each scanner starts only at the
// bytes its shape can start with, and digit runs are checked against their check digits.
#include "risk/checksums.h"
#include "risk/pii_scanners.h"

#include <arpa/inet.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tw::core {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool isAlnum(char c) { return isDigit(c) || isAlpha(c); }
bool isHex(char c) { return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
bool isLocalPart(char c) {
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool isDomainChar(char c) { return isAlnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80; }

// Issuer prefixes: Visa 4, Mastercard 2/5, Amex and Diners 3, Discover and UnionPay 6, JCB's
// 15-digit 1800 and 2131, Maestro from 12 digits.
bool cardShaped(std::string_view d) {
    if (d.size() < 12 || d.size() > 19) return false;
    if (d.size() == 12) {
        for (std::string_view maestro : {"5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"}) {
            if (d.starts_with(maestro)) return true;
        }
        return false;
    }
    return (d[0] >= '2' && d[0] <= '6') || (d.size() == 15 && (d.starts_with("1800") || d.starts_with("2131")));
}

struct Scanner {
    std::string_view s;
    std::vector<PiiFinding>& out;

    [[nodiscard]] char at(std::size_t i) const { return i < s.size() ? s[i] : '\0'; }
    // No letter or digit glued to either side of [from, to).
    [[nodiscard]] bool standsAlone(std::size_t from, std::size_t to) const {
        return (from == 0 || !isAlnum(s[from - 1])) && (to >= s.size() || !isAlnum(s[to]));
    }
    void add(PiiType type, std::size_t from, std::size_t to, std::string why, bool masked = false) {
        PiiFinding f;
        f.type = type;
        f.startByte = from;
        f.endByte = to;
        f.masked = masked;
        f.why = std::move(why);
        out.push_back(std::move(f));
    }

    // name@example.com: the local part before '@', a dotted domain after it ending in letters.
    std::size_t email(std::size_t atSign) {
        std::size_t from = atSign;
        while (from > 0 && isLocalPart(s[from - 1])) --from;
        while (from < atSign && s[from] == '.') ++from;
        if (from == atSign) return 0;
        std::size_t to = atSign + 1, lastDot = 0;
        while (to < s.size() && (isDomainChar(s[to]) || (s[to] == '.' && isDomainChar(at(to + 1))))) {
            if (s[to] == '.') lastDot = to;
            ++to;
        }
        if (lastDot == 0 || to - lastDot < 3) return 0;
        for (std::size_t k = lastDot + 1; k < to; ++k) {
            if (!isAlpha(s[k]) && static_cast<unsigned char>(s[k]) < 0x80) return 0;
        }
        add(PiiType::Email, from, to, "an e-mail address: a name, '@' and a domain");
        return to;
    }

    // Digits grouped by single spaces, dashes or dots: the digits and where the run ends.
    std::size_t digitRun(std::size_t i, std::string& digits, std::size_t maxDigits, bool dots) const {
        digits.clear();
        std::size_t end = i;
        while (i < s.size() && digits.size() < maxDigits + 1) {
            if (isDigit(s[i])) {
                digits += s[i++];
                end = i;
            } else if ((s[i] == ' ' || s[i] == '-' || (dots && s[i] == '.')) && isDigit(at(i + 1)) && !digits.empty()) {
                ++i;
            } else {
                break;
            }
        }
        return end;
    }

    // Starts at a digit that begins a word: cards, SSNs, French and Spanish ids, IPv4.
    std::size_t digits(std::size_t i) {
        std::string run;
        if (std::size_t end = ipv4(i)) return end;
        const std::size_t end = digitRun(i, run, 19, false);
        if (!standsAlone(i, end) && !(end < s.size() && isUpper(s[end]) && run.size() == 8)) return 0;
        if (cardShaped(run) && luhnValid(run)) {
            add(PiiType::PaymentCard, i, end,
                "a payment card number: " + std::to_string(run.size()) + " digits whose Luhn check digit is right");
            return end;
        }
        if (run.size() == 9 && end - i == 11 && s[i + 3] == s[i + 6] && (s[i + 3] == '-' || s[i + 3] == ' ') &&
            usSsnValid(run)) {
            add(PiiType::NationalId, i, end, "a US Social Security number (AAA-GG-SSSS, valid area and group)");
            return end;
        }
        if (run.size() == 8 && end < s.size()) {  // Spanish DNI: 8 digits and the control letter
            std::size_t letter = end + (s[end] == '-' || s[end] == ' ' ? 1 : 0);
            if (letter < s.size() && isUpper(s[letter]) && (letter + 1 >= s.size() || !isAlnum(s[letter + 1])) &&
                esDniValid(run + s[letter])) {
                add(PiiType::NationalId, i, letter + 1, "a Spanish DNI: 8 digits and the right control letter");
                return letter + 1;
            }
        }
        if ((s[i] == '1' || s[i] == '2') && run.size() >= 13) {  // French NIR, often spaced
            std::string nir;
            std::size_t k = i, last = i;
            while (k < s.size() && nir.size() < 15) {
                if (isDigit(s[k]) || (nir.size() == 6 && (s[k] == 'A' || s[k] == 'B'))) {
                    nir += s[k++];
                    last = k;
                } else if (s[k] == ' ' && k + 1 < s.size() && isAlnum(s[k + 1])) {
                    ++k;
                } else {
                    break;
                }
            }
            if (nir.size() == 15 && standsAlone(i, last) && frNirValid(nir)) {
                add(PiiType::NationalId, i, last, "a French social security number (NIR) with the right key");
                return last;
            }
        }
        return 0;
    }

    // 192.168.0.1: four numbers up to 255, not part of a longer dotted run.
    std::size_t ipv4(std::size_t i) {
        std::size_t k = i;
        for (int part = 0; part < 4; ++part) {
            if (part > 0) {
                if (at(k) != '.') return 0;
                ++k;
            }
            std::size_t from = k;
            int value = 0;
            while (k < s.size() && isDigit(s[k]) && k - from < 3) value = value * 10 + (s[k++] - '0');
            if (k == from || value > 255 || (k - from > 1 && s[from] == '0')) return 0;
        }
        if (isAlnum(at(k)) || (at(k) == '.' && isDigit(at(k + 1))) || (i > 0 && (isAlnum(s[i - 1]) || s[i - 1] == '.')))
            return 0;
        add(PiiType::IpAddress, i, k, "an IPv4 address");
        return k;
    }

    // 2001:db8::1: hex groups and colons that inet_pton reads as IPv6.
    std::size_t ipv6(std::size_t i) {
        std::size_t k = i;
        int colons = 0;
        while (k < s.size() && (isHex(s[k]) || s[k] == ':') && k - i < 40) colons += s[k++] == ':';
        while (k > i && s[k - 1] == ':' && !(k >= i + 2 && s[k - 2] == ':')) {
            --k;
            --colons;
        }
        if (colons < 2 || k - i < 6 || (i > 0 && (isAlnum(s[i - 1]) || s[i - 1] == ':')) || isAlnum(at(k))) return 0;
        std::string candidate(s.substr(i, k - i));
        in6_addr addr{};
        if (inet_pton(AF_INET6, candidate.c_str(), &addr) != 1) return 0;
        add(PiiType::IpAddress, i, k, "an IPv6 address");
        return k;
    }

    // Starts at a capital letter that begins a word: IBAN, UK NINO, Spanish NIE.
    std::size_t capitals(std::size_t i) {
        if (i + 1 < s.size() && isAlpha(s[i + 1]) && isDigit(at(i + 2)) && isDigit(at(i + 3))) {
            // IBAN: groups of four may be spaced; take the longest valid prefix on a group edge.
            std::string iban;
            std::vector<std::pair<std::size_t, std::size_t>> ends;  // (length, end byte)
            std::size_t k = i;
            while (k < s.size() && iban.size() < 34) {
                if (isDigit(s[k]) || isAlpha(s[k])) {
                    iban += isAlpha(s[k]) ? static_cast<char>(s[k] & ~0x20) : s[k];
                    ++k;
                    ends.emplace_back(iban.size(), k);
                } else if (s[k] == ' ' && k + 1 < s.size() && (isDigit(s[k + 1]) || isAlpha(s[k + 1]))) {
                    ++k;
                } else {
                    break;
                }
            }
            for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
                if (it->first >= 15 && standsAlone(i, it->second) && ibanValid(iban.substr(0, it->first))) {
                    add(PiiType::Iban, i, it->second, "an IBAN whose mod-97 check digits are right");
                    return it->second;
                }
            }
        }
        if (isUpper(s[i]) && i + 1 < s.size() && isUpper(s[i + 1])) {  // UK NINO: AB 12 34 56 C
            std::string nino;
            std::size_t k = i, last = i;
            while (k < s.size() && nino.size() < 9) {
                if (isAlnum(s[k])) {
                    nino += isAlpha(s[k]) ? static_cast<char>(s[k] & ~0x20) : s[k];
                    last = ++k;
                } else if (s[k] == ' ' && isAlnum(at(k + 1))) {
                    ++k;
                } else {
                    break;
                }
            }
            if (nino.size() == 9 && standsAlone(i, last) && ukNinoValid(nino)) {
                add(PiiType::NationalId, i, last, "a UK National Insurance number (valid prefix and suffix)");
                return last;
            }
        }
        if ((s[i] == 'X' || s[i] == 'Y' || s[i] == 'Z') && i + 9 <= s.size()) {  // NIE: X1234567L
            std::string nie(s.substr(i, 9));
            if (standsAlone(i, i + 9) && esDniValid(nie)) {
                add(PiiType::NationalId, i, i + 9, "a Spanish NIE with the right control letter");
                return i + 9;
            }
        }
        return 0;
    }

    // XXXX, XX/XX/XXXX, ****, __email__, [EMAIL]: text masked before it reached us.
    std::size_t mask(std::size_t i) {
        const char c = s[i];
        if (c == '_' && at(i + 1) == '_') {
            std::size_t k = i + 2;
            while (k < s.size() && (isAlpha(s[k]) || s[k] == '_') && k - i < 30) ++k;
            if (k - i >= 5 && s[k - 1] == '_' && s[k - 2] == '_' && isAlpha(s[i + 2])) {
                std::string_view name = s.substr(i + 2, k - i - 4);
                bool email = name == "email" || name == "EMAIL" || name == "e_mail";
                add(email ? PiiType::Email : PiiType::Masked, i, k, "masked in the source", true);
                return k;
            }
            return 0;
        }
        if (c == '[') {
            std::size_t k = i + 1;
            while (k < s.size() && (isUpper(s[k]) || s[k] == '_') && k - i < 20) ++k;
            if (at(k) == ']' && k > i + 2) {
                std::string_view name = s.substr(i + 1, k - i - 1);
                auto type = piiTypeFromName(name);
                if (type) {
                    add(*type, i, k + 1, "masked in the source", true);
                    return k + 1;
                }
            }
            return 0;
        }
        // Runs of capital X or '*', possibly joined by / - . and spaces into dates and numbers
        // (lower-case "xxxx" is kisses more often than a mask).
        if (c == 'x') return 0;
        const char m = c;
        auto isMask = [&](char ch) { return ch == m; };
        std::size_t k = i, marks = 0, last = i;
        while (k < s.size()) {
            if (isMask(s[k])) {
                ++marks;
                last = ++k;
            } else if ((s[k] == '/' || s[k] == '-' || s[k] == '.' || s[k] == ' ') && isMask(at(k + 1)) &&
                       (s[k] != ' ' || isMask(at(k + 2)))) {
                ++k;
            } else {
                break;
            }
        }
        // "XD" and "XX" are emoticons and words; masks are longer and stand alone.
        if (marks >= (m == '*' ? 3u : 4u) && standsAlone(i, last)) {
            add(PiiType::Masked, i, last, "masked in the source", true);
            return last;
        }
        return 0;
    }
};

}  // namespace

void findShapes(std::string_view s, const TextBytes& bytes, std::vector<PiiFinding>& out) {
    // What the text holds says which shapes may be in it: a number-bearing one (card, IBAN,
    // national id, IPv4) needs a digit, an IPv6 address two colons, a mask one of X * _ [; an
    // e-mail address is looked for at each '@'. Most texts hold none of them, or only digits.
    const bool digit = bytes.digits > 0, marks = bytes.marks;
    const std::size_t colons = bytes.colons;
    if (!digit && !marks && colons < 2 && !bytes.at) return;
    Scanner scan{s, out};
    if (!digit && !marks && colons < 2) {  // handles and e-mail addresses only
        for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
            if (const std::size_t end = scan.email(at); end > at) at = end - 1;
        }
        return;
    }
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const bool wordStart = i == 0 || !isAlnum(s[i - 1]);
        std::size_t end = 0;
        if (c == '@') {
            end = scan.email(i);
        } else if (!wordStart) {
        } else if (isDigit(c)) {
            end = scan.digits(i);
            if (!end && colons >= 2 && (i == 0 || s[i - 1] != ':')) end = scan.ipv6(i);
        } else if (c == 'X' || c == '*' || c == '_' || c == '[') {
            end = scan.mask(i);
            if (!end && digit && isUpper(c)) end = scan.capitals(i);
        } else if (isAlpha(c)) {
            if (digit) end = scan.capitals(i);
            if (!end && colons >= 2 && isHex(c) && (i == 0 || s[i - 1] != ':')) end = scan.ipv6(i);  // fe80::1
        }
        if (end > i) {
            i = end;
            continue;
        }
        ++i;
    }
}

}  // namespace tw::core
