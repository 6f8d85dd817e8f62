#pragma once
// Redaction of the personal data a PiiDetector found. Three modes:
//   tag        "[EMAIL]"                      nothing of the value is left
//   mask       "j***@e******.com", "**** **** **** 4242": the shape, a letter or the last digits
//   pseudonym  "[PERSON_5f2c9a1e]": the same value always yields the same token within a store
//              (a keyed BLAKE2b hash, libsodium, with the store's secret), so that analysts can
//              tell repeat customers apart without knowing who they are.
// Findings already masked in the source stay as written. The result maps the original text's
// code points to the redacted text's, so that spans computed on the original (sentiment
// explanations, rule matches) can be shown on the redacted text.

#include "risk/pii.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class RedactionMode { Tag, Mask, Pseudonym };
std::optional<RedactionMode> redactionModeFromName(std::string_view name);  // tag | mask | pseudonym

// The secret behind pseudonyms: 32 random bytes kept in the store.
using PseudonymKey = std::array<unsigned char, 32>;
PseudonymKey newPseudonymKey();

struct Redacted {
    struct Piece {
        std::size_t fromCp, toCp;  // the finding in the original text
        std::size_t atCp, endCp;   // its replacement in the redacted text
        PiiType type;
    };
    std::string text;
    std::vector<Piece> pieces;  // in text order
    // Where original code point `cp` lands in the redacted text (inside a replaced finding: its
    // replacement's start, or its end for the end of a span).
    [[nodiscard]] std::size_t mapCp(std::size_t cp, bool end = false) const;
};

// `findings` as PiiDetector::find returned them (sorted, not overlapping). Pseudonym mode needs
// the store's key.
Redacted redact(std::string_view utf8, const std::vector<PiiFinding>& findings, RedactionMode mode,
                const PseudonymKey* key = nullptr);

}  // namespace tw::core
