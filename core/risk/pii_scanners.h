#pragma once
// The detector's parts, each adding findings with byte offsets (code points are filled in by
// PiiDetector::find, which also settles overlaps).

#include "risk/pii.h"

#include <string_view>
#include <vector>

namespace tw::core {

// Shapes found on the bytes: e-mail and IP addresses, cards, IBANs, national ids, masks.
void findShapes(std::string_view text, std::vector<PiiFinding>& out);
// Phone numbers valid for libphonenumber, national ones read as in `region` ("US", "DE").
void findPhones(std::string_view text, const char* region, std::vector<PiiFinding>& out);
// Names, addresses, dates of birth and account numbers after their cues.
void findByCues(const PiiDetector::Cues& cues, std::string_view text, const TokenizedText& tokens,
                std::vector<PiiFinding>& out);

}  // namespace tw::core
