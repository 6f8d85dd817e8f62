#pragma once
// Personal data in one text: what kind, where (code points and bytes), and why the detector
// thinks so. Shapes with check digits are validated (cards by Luhn, IBANs by mod 97, national
// ids by their own rules), phone numbers by libphonenumber, names, addresses, dates of birth and
// account numbers by the cues in resources/risk/pii_cues.tsv. Text someone already masked
// (XXXX, __email__, [PHONE]) is reported as masked, so that it is neither flagged as a leak nor
// redacted twice. Pure computation: no I/O, no Qt; one detector serves many threads.

#include "text/tokenizer.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class PiiType {
    Email,
    Phone,
    PaymentCard,
    Iban,
    NationalId,
    IpAddress,
    Person,
    Address,
    DateOfBirth,
    AccountNumber,
    Masked,  // already masked in the source; what it stood for is unknown
};
inline constexpr std::size_t kPiiTypeCount = 11;

// "EMAIL", "PHONE", "PAYMENT_CARD", "IBAN", "NATIONAL_ID", "IP_ADDRESS", "PERSON", "ADDRESS",
// "DATE_OF_BIRTH", "ACCOUNT_NUMBER", "MASKED".
const char* piiTypeName(PiiType type);
std::optional<PiiType> piiTypeFromName(std::string_view name);

struct PiiFinding {
    PiiType type = PiiType::Email;
    std::size_t startCp = 0, endCp = 0;      // code points of the text
    std::size_t startByte = 0, endByte = 0;  // bytes of the UTF-8 text
    bool masked = false;                     // masked already in the source: nothing to redact
    std::string why;                         // "Luhn-valid card number", "after 'my name is'"
};

class PiiDetector final {
public:
    // The built-in cue lists; the detector is immutable afterwards.
    static const PiiDetector& builtin();

    // Findings in text order, never overlapping. `language` (ISO 639-1, may be empty) picks the
    // region national phone numbers are read in; `tokens` is tokenize(text).
    [[nodiscard]] std::vector<PiiFinding> find(std::string_view utf8, const TokenizedText& tokens,
                                               std::string_view language = {}) const;
    [[nodiscard]] std::vector<PiiFinding> find(std::string_view utf8, std::string_view language = {}) const;

    ~PiiDetector();
    PiiDetector(const PiiDetector&) = delete;
    PiiDetector& operator=(const PiiDetector&) = delete;

    struct Cues;

private:
    PiiDetector();
    std::unique_ptr<Cues> cues_;
};

}  // namespace tw::core
