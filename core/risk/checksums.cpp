#include "risk/checksums.h"

#include <array>
#include <cstdint>
#include <utility>

namespace tw::core {

namespace {

bool allDigits(std::string_view s) {
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return !s.empty();
}
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Registered IBAN lengths (SWIFT's IBAN registry) of the countries customers write from most.
constexpr std::array<std::pair<std::string_view, std::size_t>, 36> kIbanLengths{{
    {"AD", 24}, {"AT", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DK", 18},
    {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FR", 27}, {"GB", 22}, {"GR", 27}, {"HR", 21}, {"HU", 28}, {"IE", 22},
    {"IS", 26}, {"IT", 27}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MT", 31}, {"NL", 18},
    {"NO", 15}, {"PL", 28}, {"PT", 25}, {"RO", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"TR", 26},
}};

}  // namespace

bool luhnValid(std::string_view digits) {
    if (digits.size() < 13 || digits.size() > 19 || !allDigits(digits)) return false;
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool ibanValid(std::string_view iban) {
    if (iban.size() < 15 || iban.size() > 34 || !isUpper(iban[0]) || !isUpper(iban[1])) return false;
    if (iban[2] < '0' || iban[2] > '9' || iban[3] < '0' || iban[3] > '9') return false;
    for (const auto& [country, length] : kIbanLengths) {
        if (iban.substr(0, 2) == country && iban.size() != length) return false;
    }
    // The first four characters move to the end; letters count as 10..35; mod 97 digit by digit.
    unsigned remainder = 0;
    for (std::size_t k = 0; k < iban.size(); ++k) {
        const char c = iban[(k + 4) % iban.size()];
        if (c >= '0' && c <= '9') {
            remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
        } else if (isUpper(c)) {
            remainder = (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool usSsnValid(std::string_view d) {
    if (d.size() != 9 || !allDigits(d)) return false;
    const std::string_view area = d.substr(0, 3), group = d.substr(3, 2), serial = d.substr(5);
    if (area == "000" || area == "666" || area[0] == '9') return false;
    if (group == "00" || serial == "0000") return false;
    return d != "123456789" && d != "078051120";  // the specimen and the famous Woolworth number
}

bool ukNinoValid(std::string_view n) {
    if (n.size() != 9 || !isUpper(n[0]) || !isUpper(n[1]) || !allDigits(n.substr(2, 6))) return false;
    constexpr std::string_view kNeverFirst = "DFIQUV", kNeverSecond = "DFIQUVO";
    if (kNeverFirst.find(n[0]) != std::string_view::npos || kNeverSecond.find(n[1]) != std::string_view::npos)
        return false;
    for (std::string_view bad : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
        if (n.substr(0, 2) == bad) return false;
    }
    return n[8] >= 'A' && n[8] <= 'D';
}

bool esDniValid(std::string_view id) {
    if (id.size() != 9 || !isUpper(id[8])) return false;
    unsigned number = 0;
    std::size_t from = 0;
    if (id[0] == 'X' || id[0] == 'Y' || id[0] == 'Z') {  // NIE: the letter stands for 0, 1, 2
        number = static_cast<unsigned>(id[0] - 'X');
        from = 1;
    }
    if (!allDigits(id.substr(from, 8 - from))) return false;
    for (std::size_t k = from; k < 8; ++k) number = number * 10 + static_cast<unsigned>(id[k] - '0');
    constexpr std::string_view kLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
    return kLetters[number % 23] == id[8];
}

bool frNirValid(std::string_view nir) {
    if (nir.size() != 15 || (nir[0] != '1' && nir[0] != '2')) return false;
    // Corsica's departments 2A and 2B count as 19 and 18.
    std::string_view department = nir.substr(5, 2);
    std::uint64_t n = 0;
    for (std::size_t k = 0; k < 13; ++k) {
        char c = nir[k];
        if (k == 5 && (department == "2A" || department == "2B")) c = '1';
        if (k == 6 && department == "2A") c = '9';
        if (k == 6 && department == "2B") c = '8';
        if (c < '0' || c > '9') return false;
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (!allDigits(nir.substr(13))) return false;
    const auto month = (nir[3] - '0') * 10 + (nir[4] - '0');
    if (month < 1 || (month > 12 && month < 20)) return false;  // 20 and above: month unknown
    const auto key = static_cast<std::uint64_t>((nir[13] - '0') * 10 + (nir[14] - '0'));
    return key == 97 - n % 97;
}

bool deTaxIdValid(std::string_view d) {
    if (d.size() != 11 || !allDigits(d) || d[0] == '0') return false;
    // In the first ten digits exactly one digit repeats (twice or three times), the rest once.
    std::array<int, 10> seen{};
    for (std::size_t k = 0; k < 10; ++k) ++seen[static_cast<std::size_t>(d[k] - '0')];
    int repeated = 0, missing = 0;
    for (int s : seen) {
        repeated += s > 1;
        missing += s == 0;
        if (s > 3) return false;
    }
    if (repeated != 1 || (missing != 1 && missing != 2)) return false;
    int product = 10;
    for (std::size_t k = 0; k < 10; ++k) {
        int sum = (d[k] - '0' + product) % 10;
        if (sum == 0) sum = 10;
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) check = 0;
    return check == d[10] - '0';
}

}  // namespace tw::core
