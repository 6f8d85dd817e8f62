#pragma once
// Streams every verbatim of a store out (export/verbatim_writer.h: CSV, JSON Lines or XLSX), in
// id order, in constant memory, with personal data in the text replaced by type tags ([EMAIL])
// unless the role exports full text, leaving out what the signed-in role may only count.
// A role's export of what its browser shows, filtered, is store/view_export.h.

#include "export/verbatim_writer.h"
#include "governance/key_ring.h"
#include "store/store.h"
#include "util/result.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <unordered_set>

namespace tw::core {

// How the exporting role reads text: redacted (personal data as tags) unless `fullText` (a legal
// reviewer's export with a stated reason); sealed verbatims (store/sealed_text.h) open with
// `keys` — in full with the full tier when `fullText`, else their redacted form — and are
// exported without text when the keys do not open them.
struct ExportReading {
    bool fullText = false;
    const KeyRing* keys = nullptr;
};

// Returns the number of verbatims written, after finishing `writer`; those in `hidden` (what the
// exporting role may only count) are left out.
Result<std::int64_t> exportVerbatims(Store& store, VerbatimWriter& writer,
                                     const std::unordered_set<std::int64_t>* hidden = nullptr,
                                     ExportReading reading = {});
// The same onto a stream, as CSV or JSON Lines.
Result<std::int64_t> exportVerbatims(Store& store, ExportFormat format, std::ostream& out,
                                     const std::unordered_set<std::int64_t>* hidden = nullptr,
                                     ExportReading reading = {});

}  // namespace tw::core
