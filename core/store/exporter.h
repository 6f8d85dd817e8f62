#pragma once
// Streams every verbatim of a store out as JSON Lines or CSV (RFC 4180), in id order, in
// constant memory, with personal data in the text replaced by type tags ([EMAIL]) unless the
// role exports full text, leaving out what the signed-in role may only count.

#include "governance/key_ring.h"
#include "store/store.h"
#include "util/result.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <unordered_set>

namespace tw::core {

enum class ExportFormat { JsonLines, Csv };

// How the exporting role reads text: redacted (personal data as tags) unless `fullText` (a legal
// reviewer's export with a stated reason); sealed verbatims (store/sealed_text.h) open with
// `keys` — in full with the full tier when `fullText`, else their redacted form — and are
// exported without text when the keys do not open them.
struct ExportReading {
    bool fullText = false;
    const KeyRing* keys = nullptr;
};

// Returns the number of verbatims written; those in `hidden` (what the exporting role may only
// count) are left out.
Result<std::int64_t> exportVerbatims(Store& store, ExportFormat format, std::ostream& out,
                                     const std::unordered_set<std::int64_t>* hidden = nullptr,
                                     ExportReading reading = {});

}  // namespace tw::core
