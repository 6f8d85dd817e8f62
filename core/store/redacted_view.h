#pragma once
// Verbatims as readers see them: personal data replaced by type tags ([EMAIL]) wherever text is
// shown (browser pages, a verbatim's detail, search snippets, KWIC lines, rule previews,
// exports). The findings are the ones the risk scan stored; a verbatim not scanned yet is
// scanned on the spot, so nothing is shown unredacted while the scan catches up. Spans computed
// on the original text (score explanations, rule matches) are moved onto the redacted text.
// Roles that may see more (legal reviewers) arrive with the access context; until then every
// presentation read redacts.

#include "risk/redaction.h"
#include "rules/matcher.h"
#include "store/store.h"
#include "store/verbatim.h"

#include <optional>
#include <vector>

namespace tw::core {

// Where each type tag of a redacted text is (masked findings are left as they were).
std::vector<PiiMark> piiMarks(const Redacted& r);

// Redacts `v` in place with `findings` (on its original text); returns the offset map.
Redacted redactVerbatim(Verbatim& v, const std::vector<PiiFinding>& findings);

// Redacts each verbatim with its stored findings (or fresh ones when not scanned yet); `maps`,
// when given, receives each one's offset map (to move spans found on the original).
Status redactVerbatims(Store& store, std::vector<Verbatim>& verbatims);
Status redactVerbatims(Store& store, const std::vector<Verbatim*>& verbatims, std::vector<Redacted>* maps = nullptr);

// One verbatim as readers see it, with spans found on its original text (an escalation's
// evidence) moved onto the redacted text; nothing when the store has no such verbatim.
struct ShownVerbatim {
    Verbatim verbatim;
    std::vector<MatchSpan> spans;
};
Result<std::optional<ShownVerbatim>> showVerbatim(Store& store, std::int64_t verbatimId,
                                                  const std::vector<MatchSpan>& spans);

// A text shown with spans found on it (rule matches): both moved onto its redacted form.
struct RedactedSpans {
    std::string text;
    std::vector<MatchSpan> spans;
};
RedactedSpans redactWithSpans(std::string_view text, const std::vector<MatchSpan>& spans,
                              const std::vector<PiiFinding>& findings);
std::vector<MatchSpan> moveSpans(const Redacted& map, const std::vector<MatchSpan>& spans);
// The same with findings detected on the spot.
RedactedSpans redactWithSpans(std::string_view text, const std::vector<MatchSpan>& spans);

}  // namespace tw::core
