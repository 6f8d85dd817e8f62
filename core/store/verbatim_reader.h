#pragma once
// Read paths over verbatims: keyset-paged browsing (newest first), full-text search, lookup by
// id and streaming export. Each VerbatimReader borrows one Store connection and is used on the
// thread that owns it; long scans stop when the CancelToken is set (sqlite3_progress_handler).

#include "governance/key_ring.h"
#include "governance/role_policy.h"
#include "jobs/progress.h"
#include "risk/redaction.h"
#include "store/redacted_view.h"
#include "store/sentiment_aggregates.h"
#include "store/store.h"
#include "store/verbatim.h"
#include "util/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace tw::core {

struct BrowseFilter {
    std::string search{};                   // a rule (docs/rule-language.md); empty = everything
    std::optional<std::string> channel{};   // exact channel, or all
    std::optional<std::string> label{};     // sentiment label of the analysis, or all
    std::optional<std::int64_t> from{};     // created_at >= from (unix seconds), or unbounded
    std::optional<std::int64_t> until{};    // created_at < until
    std::optional<std::string> category{};  // a category path: it and its subcategories
    bool operator==(const BrowseFilter&) const = default;
};

// Position of a row in browse order: (sort_time DESC, id DESC).
struct RowKey {
    std::int64_t sortTime = 0;
    std::int64_t id = 0;
};

// What a windowed view needs to seek anywhere without OFFSET: the total and the key of every
// pageSize-th row (anchors[p] is the first row of page p).
struct BrowseIndex {
    std::int64_t total = 0;
    std::int64_t countedOnly = 0;  // matching verbatims the reader's role may only count (not in total)
    int pageSize = 0;
    std::vector<RowKey> anchors;
};

struct SearchHit {
    Verbatim verbatim;
    std::string snippet;  // matching words wrapped in [ ]
};

// The presentation reads (page, byId, search) return verbatims redacted (store/redacted_view.h);
// the batch reads (after, forEach, forEachCandidate) return the stored text, for jobs that
// analyse it and for callers that redact what they show themselves.
// How the presentation reads show each class of verbatim: those with a restricted flag (a type
// in `restrictedTypes`) and the rest. Decided by the access context from the signed-in role's
// policy (store/role_reader.h); without one, everything shown is redacted and nothing hidden.
// Sealed verbatims (store/sealed_text.h) count as flagged and open with `keys`.
struct Visibility {
    TextAccess unflagged = TextAccess::Redacted;
    TextAccess flagged = TextAccess::Redacted;
    std::vector<std::string> restrictedTypes{};
    std::shared_ptr<const KeyRing> keys{};
    bool matchSealed = false;  // search opens sealed text with `keys` (a reader of it in full)
};

// Whether `v` meets the filter's conditions other than its search (channel, label, dates,
// category and its subcategories), as the browse queries read them.
bool meetsConditions(const BrowseFilter& filter, const Verbatim& v);

// The category paths of a verbatim as the reads join them (one a line).
std::vector<std::string> categoryPathsOf(std::string_view joined);

class VerbatimReader final {
public:
    explicit VerbatimReader(Store& store, Visibility visibility = {});

    Result<BrowseIndex> index(const BrowseFilter& filter, int pageSize, const CancelToken* cancel = nullptr);
    // Up to `limit` rows starting at `from` (inclusive) in browse order.
    Result<std::vector<Verbatim>> page(const BrowseFilter& filter, RowKey from, int limit,
                                       const CancelToken* cancel = nullptr);
    // The filter's first `limit` rows (a page from the top), shown before its index.
    Result<std::vector<Verbatim>> firstPage(const BrowseFilter& filter, int limit) {
        return page(filter, {INT64_MAX, INT64_MAX}, limit);
    }
    Result<std::optional<Verbatim>> byId(std::int64_t id);
    // One verbatim as byId shows it, with spans found on its stored text (an escalation's
    // evidence) moved onto the text shown.
    Result<std::optional<ShownVerbatim>> show(std::int64_t id, const std::vector<MatchSpan>& spans);
    // The first `limit` verbatims a rule matches, newest first, with a snippet.
    Result<std::vector<SearchHit>> search(const std::string& rule, int limit);
    // The same for a filter: its search's matches that meet its other conditions (channel, label,
    // dates, category). With `budgetMs`, stops after about that long with the hits found so far,
    // still the newest (a preview, whose index follows).
    Result<std::vector<SearchHit>> search(const BrowseFilter& filter, int limit, std::int64_t budgetMs = 0);
    Result<std::int64_t> count(const BrowseFilter& filter);
    // The verbatims of `filter` summed: sentiment per channel and month, effort, dates.
    Result<FilterFigures> figures(const BrowseFilter& filter);
    // Up to `limit` verbatims with id > `afterId`, in id order (for batch jobs).
    Result<std::vector<Verbatim>> after(std::int64_t afterId, int limit);
    // Calls `sink` for every verbatim in id order; stops early when it returns false.
    Status forEach(const std::function<bool(const Verbatim&)>& sink);
    // Calls `sink` for every verbatim matching an FTS5 expression (every verbatim when it is
    // empty), newest first; stops early when it returns false. For rule search: the expression
    // is a prefilter, the rule itself decides.
    // `order`: see MatchOrder.
    // The verbatims this reader may only count (empty when it may show every one).
    Result<std::unordered_set<std::int64_t>> hiddenIds();
    // `conditions`' dates, when given, bound the newest-first orders (the rest is the sink's).
    // Without `withCategories` the verbatims come without their categories.
    Status forEachCandidate(const std::string& ftsExpression, const std::function<bool(const Verbatim&)>& sink,
                            MatchOrder order = MatchOrder::NewestFirst, const BrowseFilter* conditions = nullptr,
                            bool withCategories = true);
    // Calls `sink` for every sealed verbatim (its stored text is empty), newest first.
    Status forEachSealed(const std::function<bool(const Verbatim&)>& sink);

private:
    // " AND ..." keeping out the classes of verbatim this reader may only count (binds ?10).
    [[nodiscard]] std::string hiddenClause() const;
    void bindHidden(Statement& q) const;
    // The keys to open sealed text with when this reader reads restricted text in full.
    [[nodiscard]] const KeyRing* fullKeys() const { return visibility_.matchSealed ? visibility_.keys.get() : nullptr; }
    // Redacts the shown verbatims whose class is shown redacted; `maps` as in redactVerbatims.
    Status present(const std::vector<Verbatim*>& shown, std::vector<Redacted>* maps = nullptr);
    Status presentStored(const std::vector<Verbatim*>& shown, std::vector<Redacted>* maps);
    // Opens sealed verbatims with the reader's keys: as written for a full reader holding the
    // full tier, otherwise their sealed redacted form; locked without keys.
    Status presentSealed(const std::vector<Verbatim*>& shown, std::vector<Redacted>* maps);
    // Fills temp.rule_hit with the ids `rule` matches (the rule decides; an FTS5 prefilter picks
    // the candidates). Pages of the same search reuse it unless `refresh`. Rule errors come back
    // with their line:column.
    Status prepareSearch(const std::string& rule, bool refresh, const CancelToken* cancel);

    Store& store_;
    Visibility visibility_;
    std::string restrictedJson_;  // visibility_.restrictedTypes as a JSON array, for json_each
};

}  // namespace tw::core
