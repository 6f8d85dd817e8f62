#pragma once
// The reads of verbatims and escalations as a signed-in role may make them (DESIGN.md, "Roles
// and visibility"), decided here in the core from the role's policy, never by a view:
// - verbatims with a restricted flag are left out of pages, counts and search hits for roles
//   that may only count them (restrictedCount gives that count), shown redacted or in full
//   otherwise; the rest shown redacted or in full as the policy says;
// - opening a restricted verbatim is audited, with the reason the reader gave when the policy
//   asks for one (a legal reviewer's), and refused to roles that may only count;
// - sensitive categories filter, segment and count only for roles allowed them, with a stated
//   purpose that is audited (store/sensitive_segments.h);
// - the escalation queue is refused to roles without one, narrowed to legal-relevant types for
//   legal reviewers, and moves beyond annotating need the right to assign and close.

#include "governance/access_context.h"
#include "store/audit_repository.h"
#include "store/category_repository.h"
#include "store/escalation_repository.h"
#include "store/kwic_query.h"
#include "store/phrase_scan.h"
#include "store/verbatim_reader.h"

#include <optional>
#include <string>
#include <vector>

namespace tw::core {

class RoleReader final {
public:
    // Reads the store's escalation rule pack for which flag types are restricted.
    static Result<RoleReader> open(Store& store, AccessContext context);

    [[nodiscard]] const AccessContext& context() const { return context_; }
    [[nodiscard]] Store& store() const { return *store_; }
    // How lists, search and concordances show verbatims to this role.
    [[nodiscard]] const Visibility& visibility() const { return listing_; }

    Result<BrowseIndex> index(const BrowseFilter& filter, int pageSize, const CancelToken* cancel = nullptr);
    Result<std::vector<Verbatim>> page(const BrowseFilter& filter, RowKey from, int limit,
                                       const CancelToken* cancel = nullptr);
    // The filter's first `limit` rows, shown before its index: audited as the index is (the
    // index may never come, a newer filter dropping it).
    Result<std::vector<Verbatim>> firstPage(const BrowseFilter& filter, int limit);
    Result<std::int64_t> count(const BrowseFilter& filter);
    // The verbatims of `filter` this role may read, summed (store/sentiment_aggregates.h).
    Result<FilterFigures> figures(const BrowseFilter& filter);
    // Verbatims per category for `filter`; sensitive categories only for a role allowed them as a
    // segment, with a stated purpose (audited).
    Result<std::vector<CategoryCount>> categoryCounts(const BrowseFilter& filter);
    // Verbatims matching `filter` that this role may only count (0 when it sees them all).
    Result<std::int64_t> restrictedCount(const BrowseFilter& filter);
    Result<std::vector<SearchHit>> search(const std::string& rule, int limit);
    // VerbatimReader::search of a whole filter; its category is checked and audited as index's.
    Result<std::vector<SearchHit>> search(const BrowseFilter& filter, int limit, std::int64_t budgetMs = 0);
    // The verbatims this role may only count: left out of concordances and rule samples.
    Result<std::unordered_set<std::int64_t>> hiddenIds();
    // Emerging phrases from the verbatims this role may read.
    Result<PhraseReport> phrases(PhraseQuery query);
    Result<std::vector<KwicRow>> kwic(std::string_view rule, std::size_t width, std::size_t limit, KwicSort sort);
    // One verbatim; `reason` is what the reader typed (required where the policy says).
    Result<std::optional<Verbatim>> open(std::int64_t id, const std::string& reason, std::int64_t now);
    // One verbatim as this role's lists show it (never more than redacted where an opening needs a
    // reason), with spans found on its text (an escalation's evidence) moved onto what is shown.
    Result<std::optional<ShownVerbatim>> show(std::int64_t id, const std::vector<MatchSpan>& spans);

    Result<std::vector<Escalation>> escalations(const EscalationFilter& filter, std::int64_t now);
    // One escalation when this role's queue holds it; an error saying why not otherwise.
    Result<Escalation> escalation(std::int64_t id);
    // The audit trail as this role may read it: all of it, only the queue's transitions (a
    // manager's own team's work), or nothing (an error saying so).
    Result<std::vector<AuditEntry>> audit(AuditFilter filter);
    Result<Escalation> moveEscalation(std::int64_t id, const Move& move, std::int64_t now);

private:
    RoleReader(Store& store, AccessContext context, Visibility listing, Visibility opening)
        : store_(&store), context_(std::move(context)), listing_(std::move(listing)), opening_(std::move(opening)) {}
    Result<bool> restricted(std::int64_t verbatimId);
    Status checkEscalation(const Escalation& e) const;
    // Filters and rules on sensitive categories (store/sensitive_segments.h); `audit` the segment.
    Status checkSegment(const BrowseFilter& filter, bool audit);

    Store* store_;
    AccessContext context_;
    Visibility listing_;  // flagged text at most redacted where an opening needs a reason
    Visibility opening_;  // as the policy says, for open()
};

}  // namespace tw::core
