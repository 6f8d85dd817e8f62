#pragma once
// Categories in the store: the store's taxonomy (saved as its JSON; the built-in one until a
// store has its own), one row per category recording which rule's matches are stored and how far
// through the verbatims it has been applied, the matches themselves with spans and sentences, and
// the counts the dashboard charts (a verbatim counts once under every ancestor of its categories).

#include "rules/taxonomy.h"
#include "store/store.h"
#include "store/verbatim.h"
#include "store/verbatim_reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

struct CategoryState {
    std::int64_t id = 0;
    std::string path;
    std::string ruleFingerprint;
    std::int64_t appliedThrough = 0;  // verbatims with id <= this were tested with the current rule
};

struct CategoryMatch {
    std::int64_t categoryId = 0;
    std::int64_t verbatimId = 0;
    std::vector<MatchSpan> spans;
    std::vector<std::size_t> sentences;
};

struct CategoryCount {
    std::string path;
    int depth = 0;  // 0 for a top-level category
    std::int64_t verbatims = 0;
};

// A verbatim as categorisation reads it.
struct CategorizeInput {
    Verbatim verbatim;
    std::vector<std::pair<std::size_t, std::size_t>> agentTurns;  // code-point spans
};

class CategoryRepository final {
public:
    explicit CategoryRepository(Store& store) : store_(store) {}

    // The store's taxonomy, or the built-in one when the store has none of its own yet.
    Result<Taxonomy> taxonomy();
    // Makes `taxonomy` the store's. Categories keep their id by path; one that is new or whose
    // rule changed loses its stored matches and is applied again from the first verbatim; one
    // that is gone loses its matches. Unchanged categories keep theirs: re-categorising after an
    // edit tests only the edited rules.
    Status saveTaxonomy(const Taxonomy& taxonomy);
    // After analysis wrote results: the categories whose rules read them (rules/query_parser.h
    // readsAnalysis) lose their stored matches and are applied again by the next categorisation.
    // Returns how many.
    Result<int> forgetAnalysisDependent();
    // Saves the built-in taxonomy when the store has none, so that categories have rows.
    Status ensureTaxonomy();
    // Category rows in taxonomy order.
    Result<std::vector<CategoryState>> states();
    Result<std::int64_t> maxVerbatimId();
    // The next verbatims after `afterId`, in id order, with what a rule reads: text, fields,
    // analysis, agent turns, and their stored categories when `withCategories`.
    Result<std::vector<CategorizeInput>> verbatimsAfter(std::int64_t afterId, int limit, bool withCategories);
    // Stores a batch's matches and records that every category (or only `category`) has been
    // applied through `throughId`, in one transaction. Matches of a verbatim or category no longer
    // in the store (erased since the batch was read) are left out.
    Status writeBatch(const std::vector<CategoryMatch>& matches, std::int64_t throughId,
                      std::optional<std::int64_t> category = std::nullopt);

    // Verbatims per category, under every ancestor of a match counted once, in taxonomy order;
    // `filter`'s channel, label and period apply (its search does not).
    Result<std::vector<CategoryCount>> counts(const BrowseFilter& filter);
    // The categories of one verbatim with their spans, in taxonomy order.
    Result<std::vector<std::pair<std::string, std::vector<MatchSpan>>>> ofVerbatim(std::int64_t verbatimId);

private:
    Store& store_;
};

}  // namespace tw::core
