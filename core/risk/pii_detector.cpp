#include "risk/pii.h"
#include "risk/pii_scanners.h"

#include <algorithm>
#include <array>

namespace tw::core {

namespace {

constexpr std::array<const char*, kPiiTypeCount> kNames{"EMAIL",         "PHONE",          "PAYMENT_CARD", "IBAN",
                                                        "NATIONAL_ID",   "IP_ADDRESS",     "PERSON",       "ADDRESS",
                                                        "DATE_OF_BIRTH", "ACCOUNT_NUMBER", "MASKED"};

// When two findings overlap, the one whose evidence is stronger stays: check digits first,
// then fixed shapes, then cues, masks last.
int strength(const PiiFinding& f) {
    if (f.masked) return 0;
    switch (f.type) {
        case PiiType::PaymentCard:
        case PiiType::Iban:
        case PiiType::NationalId:
            return 9;
        case PiiType::Email:
            return 8;
        case PiiType::IpAddress:
            return 7;
        case PiiType::DateOfBirth:
            return 6;
        case PiiType::Phone:
            return 5;
        case PiiType::AccountNumber:
            return 4;
        case PiiType::Address:
            return 3;
        case PiiType::Person:
            return 2;
        default:
            return 1;
    }
}

const char* regionFor(std::string_view language) {
    if (language == "de") return "DE";
    if (language == "fr") return "FR";
    if (language == "es") return "ES";
    return "US";
}

}  // namespace

TextBytes::TextBytes(std::string_view text) {
    // Branch-free, so that the compiler reads the text many bytes at a time.
    unsigned atSigns = 0, markBytes = 0;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        digits += static_cast<unsigned char>(c - '0') < 10;
        colons += c == ':';
        atSigns += c == '@';
        markBytes += (c == 'X') | (c == '*') | (c == '_') | (c == '[');
    }
    at = atSigns > 0;
    marks = markBytes > 0;
}

const char* piiTypeName(PiiType type) { return kNames[static_cast<std::size_t>(type)]; }

std::optional<PiiType> piiTypeFromName(std::string_view name) {
    for (std::size_t k = 0; k < kNames.size(); ++k) {
        if (name == kNames[k]) return static_cast<PiiType>(k);
    }
    // The tags other tools mask with.
    if (name == "EMAIL_ADDRESS") return PiiType::Email;
    if (name == "PHONE_NUMBER") return PiiType::Phone;
    if (name == "CREDIT_CARD") return PiiType::PaymentCard;
    if (name == "NAME") return PiiType::Person;
    return std::nullopt;
}

const PiiDetector& PiiDetector::builtin() {
    static const PiiDetector detector;
    return detector;
}

std::vector<PiiFinding> PiiDetector::find(std::string_view utf8, std::string_view language) const {
    return find(utf8, tokenize(utf8), language);
}

std::vector<PiiFinding> PiiDetector::find(std::string_view utf8, const TokenizedText& tokens,
                                          std::string_view language) const {
    std::vector<PiiFinding> all;
    const TextBytes bytes(utf8);
    findShapes(utf8, bytes, all);
    findPhones(utf8, bytes, regionFor(language), all);
    findByCues(*cues_, utf8, bytes, tokens, all);
    // Strongest first; a finding overlapping one already kept is dropped.
    std::stable_sort(all.begin(), all.end(), [](const PiiFinding& a, const PiiFinding& b) {
        if (strength(a) != strength(b)) return strength(a) > strength(b);
        return a.endByte - a.startByte > b.endByte - b.startByte;
    });
    std::vector<PiiFinding> kept;
    for (PiiFinding& f : all) {
        if (f.endByte <= f.startByte) continue;
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const PiiFinding& k) {
            return f.startByte < k.endByte && k.startByte < f.endByte;
        });
        if (!overlaps) kept.push_back(std::move(f));
    }
    std::sort(kept.begin(), kept.end(),
              [](const PiiFinding& a, const PiiFinding& b) { return a.startByte < b.startByte; });
    // Code points, counted once along the text.
    std::size_t byte = 0, cp = 0;
    auto advance = [&](std::size_t to) {
        for (; byte < to; ++byte) cp += (static_cast<unsigned char>(utf8[byte]) & 0xC0) != 0x80;
        return cp;
    };
    for (PiiFinding& f : kept) {
        f.startCp = advance(f.startByte);
        f.endCp = advance(f.endByte);
    }
    return kept;
}

}  // namespace tw::core
