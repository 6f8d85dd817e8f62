#pragma once
// Restricted text at rest (DESIGN.md: "Restricted text is unreadable without the key"): once the
// risk scan flags a verbatim with a restricted type, its text is sealed for the store's two key
// tiers (governance/key_ring.h) — as readers with the redacted tier see it (personal data as
// type tags, the score's explanation moved onto it) and as written — and emptied in the
// verbatim row and the search index; the file and its write-ahead log keep no plain copy.
// Sealed verbatims are not analysed again (their results stay) and are not found by search.

#include "governance/key_ring.h"
#include "risk/redaction.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tw::core {

// Seals every verbatim with a restricted flag that is not sealed yet; 0 when the store has no
// keys (it has no users: nobody could open what was sealed). Then rewrites the search index
// and truncates the write-ahead log so no plain copy is left. Returns how many were sealed.
Result<std::int64_t> sealRestricted(Store& store);

// A sealed verbatim opened with a reader's keys: the text as written when they hold the full
// tier and `wantFull`; the redacted form (text, where each tag came from, and the score's
// explanation on it) when they hold the redacted tier. Neither when they hold no tier.
struct OpenedSealed {
    std::optional<std::string> full;
    std::optional<Redacted> redacted;
    std::string redactedExplain;
};
Result<std::unordered_map<std::int64_t, OpenedSealed>> openSealed(Store& store, const std::vector<std::int64_t>& ids,
                                                                  const KeyRing* keys, bool wantFull);

}  // namespace tw::core
