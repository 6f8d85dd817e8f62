#pragma once
// The detector's parts, each adding findings with byte offsets (code points are filled in by
// PiiDetector::find, which also settles overlaps).

#include "risk/pii.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace tw::core {

// What a text's bytes hold, counted once in one pass: it tells each scanner whether its shapes
// can be there at all (most texts hold no '@', no mask and too few digits for most of them).
struct TextBytes {
    std::size_t digits = 0, colons = 0;
    bool at = false;     // '@'
    bool marks = false;  // a mask may start: see maskMayStartAt
    explicit TextBytes(std::string_view text);
    // Whether the masks findShapes knows can start at byte `i`: "XX", "X-X" (or / . space between),
    // the same with '*', "__", or '['. A lone "X" or "_" ("url_removed") starts none.
    static bool maskMayStartAt(std::string_view text, std::size_t i);
};

// Shapes found on the bytes: e-mail and IP addresses, cards, IBANs, national ids, masks.
void findShapes(std::string_view text, const TextBytes& bytes, std::vector<PiiFinding>& out);
// Phone numbers valid for libphonenumber, national ones read as in `region` ("US", "DE").
void findPhones(std::string_view text, const TextBytes& bytes, const char* region, std::vector<PiiFinding>& out);
// Names, addresses, dates of birth and account numbers after their cues.
void findByCues(const PiiDetector::Cues& cues, std::string_view text, const TextBytes& bytes,
                const TokenizedText& tokens, std::vector<PiiFinding>& out);

}  // namespace tw::core
