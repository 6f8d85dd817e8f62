#include "store/role_reader.h"

#include "rules/category_path.h"
#include "store/audit_repository.h"
#include "store/guarded.h"
#include "store/risk_repository.h"
#include "store/sensitive_segments.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>

namespace tw::core {

namespace {

std::string roleLabel(const AccessContext& c) { return c.user + " (" + roleName(c.role) + ")"; }

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

Result<RoleReader> RoleReader::open(Store& store, AccessContext context) {
    auto rules = RiskRepository(store).escalationRules();
    if (!rules) return rules.error();
    Visibility v;
    v.unflagged = context.policy.unflagged;
    v.flagged = context.policy.flagged;
    v.keys = context.keys;
    for (const EscalationType& t : (*rules)->types()) {
        if (t.restricted) v.restrictedTypes.push_back(t.name);
    }
    // Lists, search hits and concordances show flagged text at most redacted when each opening
    // in full needs a reason: the full text comes only through open(), audited.
    Visibility listing = v;
    if (context.policy.flaggedOpeningsNeedReason && listing.flagged == TextAccess::Full)
        listing.flagged = TextAccess::Redacted;
    listing.matchSealed = context.policy.flagged == TextAccess::Full;
    return RoleReader(store, std::move(context), std::move(listing), std::move(v));
}

Status RoleReader::checkSegment(const BrowseFilter& filter, bool audit) {
    std::vector<std::string> values = categoryFilters(filter.search);
    if (filter.category) values.push_back(*filter.category);
    return checkSensitiveSegment(*store_, context_, values, nowSeconds(), audit);
}

Result<BrowseIndex> RoleReader::index(const BrowseFilter& filter, int pageSize, const CancelToken* cancel) {
    // The index is read once per filter: the segment is audited here, its pages only checked.
    if (auto st = checkSegment(filter, true); !st) return st.error();
    return VerbatimReader(*store_, listing_).index(filter, pageSize, cancel);
}

Result<std::vector<Verbatim>> RoleReader::page(const BrowseFilter& filter, RowKey from, int limit,
                                               const CancelToken* cancel) {
    if (auto st = checkSegment(filter, false); !st) return st.error();
    return VerbatimReader(*store_, listing_).page(filter, from, limit, cancel);
}

Result<std::vector<Verbatim>> RoleReader::firstPage(const BrowseFilter& filter, int limit) {
    if (auto st = checkSegment(filter, true); !st) return st.error();
    return VerbatimReader(*store_, listing_).firstPage(filter, limit);
}

Result<std::int64_t> RoleReader::count(const BrowseFilter& filter) {
    if (auto st = checkSegment(filter, false); !st) return st.error();
    return VerbatimReader(*store_, listing_).count(filter);
}

Result<FilterFigures> RoleReader::figures(const BrowseFilter& filter) {
    if (auto st = checkSegment(filter, false); !st) return st.error();
    return VerbatimReader(*store_, listing_).figures(filter);
}

Result<std::vector<CategoryCount>> RoleReader::categoryCounts(const BrowseFilter& filter) {
    if (auto st = checkSegment(filter, true); !st) return st.error();
    auto counts = CategoryRepository(*store_).counts(filter);
    if (!counts) return counts.error();
    auto sensitive = sensitiveCategoryPaths(*store_);
    if (!sensitive) return sensitive.error();
    // A sensitive category is a segment only for a role allowed it, with a stated purpose.
    auto isSensitive = [&](const CategoryCount& c) {
        return std::any_of(sensitive->begin(), sensitive->end(),
                           [&](const std::string& p) { return withinCategory(c.path, p); });
    };
    std::vector<std::string> paths;
    for (const CategoryCount& c : *counts)
        if (isSensitive(c)) paths.push_back(c.path);
    if (paths.empty() || checkSensitiveSegment(*store_, context_, paths, nowSeconds(), true)) return counts;
    std::erase_if(*counts, isSensitive);
    return counts;
}

Result<std::int64_t> RoleReader::restrictedCount(const BrowseFilter& filter) {
    auto all = VerbatimReader(*store_).count(filter);
    if (!all) return all.error();
    auto shown = count(filter);
    if (!shown) return shown.error();
    return *all - *shown;
}

Result<std::vector<SearchHit>> RoleReader::search(const std::string& rule, int limit) {
    if (auto st = checkSensitiveSegment(*store_, context_, categoryFilters(rule), nowSeconds()); !st) return st.error();
    return VerbatimReader(*store_, listing_).search(rule, limit);
}

Result<std::vector<SearchHit>> RoleReader::search(const BrowseFilter& filter, int limit, std::int64_t budgetMs) {
    if (auto st = checkSegment(filter, true); !st) return st.error();
    return VerbatimReader(*store_, listing_).search(filter, limit, budgetMs);
}

Result<std::unordered_set<std::int64_t>> RoleReader::hiddenIds() {
    return VerbatimReader(*store_, listing_).hiddenIds();
}

Result<std::vector<KwicRow>> RoleReader::kwic(std::string_view rule, std::size_t width, std::size_t limit,
                                              KwicSort sort) {
    auto hidden = hiddenIds();
    if (!hidden) return hidden.error();
    return kwicQuery(*store_, rule, width, limit, sort, &*hidden);
}

Result<PhraseReport> RoleReader::phrases(PhraseQuery query) {
    if (listing_.flagged == TextAccess::CountOnly) query.leaveOutFlagTypes = listing_.restrictedTypes;
    return emergingPhrases(*store_, query);
}

Result<bool> RoleReader::restricted(std::int64_t verbatimId) {
    return guarded(*store_, [&]() -> Result<bool> {
        auto q = store_->db().prepare(
            "SELECT 1 FROM risk_flag WHERE verbatim_id = ?1 AND type IN (SELECT value FROM json_each(?2)) LIMIT 1");
        q.bind(1, verbatimId).bind(2, nlohmann::json(listing_.restrictedTypes).dump());
        return q.step();
    });
}

Result<std::optional<Verbatim>> RoleReader::open(std::int64_t id, const std::string& reason, std::int64_t now) {
    auto isRestricted = restricted(id);
    if (!isRestricted) return isRestricted.error();
    const std::string target = "verbatim " + std::to_string(id);
    if (*isRestricted) {
        AuditRepository audit(*store_);
        if (context_.policy.flagged == TextAccess::CountOnly) {
            if (auto st = audit.append(context_.user, "open_restricted_refused", target, roleName(context_.role), now);
                !st)
                return st.error();
            return makeError(target + " carries a restricted flag: " + roleLabel(context_) +
                             " sees only counts of such verbatims");
        }
        const bool blank = reason.find_first_not_of(" \t\r\n") == std::string::npos;
        if (context_.policy.flaggedOpeningsNeedReason && blank)
            return makeError(target + " carries a restricted flag: say why you open it (the reason is audited)");
        if (auto st = audit.append(context_.user, "open_restricted", target, reason, now); !st) return st.error();
    }
    return VerbatimReader(*store_, opening_).byId(id);
}

Result<std::optional<ShownVerbatim>> RoleReader::show(std::int64_t id, const std::vector<MatchSpan>& spans) {
    return VerbatimReader(*store_, listing_).show(id, spans);
}

Status RoleReader::checkEscalation(const Escalation& e) const {
    switch (context_.policy.queue) {
        case QueueAccess::None:
            return makeError(roleLabel(context_) + " has no escalation queue");
        case QueueAccess::LegalRelevant:
            if (!legalRelevant(e.type))
                return makeError("escalation " + std::to_string(e.id) + " (" + e.type +
                                 ") is not in a legal reviewer's queue");
            return Ok{};
        case QueueAccess::All:
            return Ok{};
    }
    return Ok{};
}

Result<std::vector<Escalation>> RoleReader::escalations(const EscalationFilter& filter, std::int64_t now) {
    if (context_.policy.queue == QueueAccess::None) return makeError(roleLabel(context_) + " has no escalation queue");
    EscalationFilter narrowed = filter;
    narrowed.limit = 0;  // the limit applies after narrowing
    auto all = EscalationRepository(*store_).list(narrowed, now);
    if (!all) return all.error();
    std::vector<Escalation> out;
    for (Escalation& e : *all) {
        if (!checkEscalation(e)) continue;
        out.push_back(std::move(e));
        if (filter.limit > 0 && static_cast<int>(out.size()) >= filter.limit) break;
    }
    return out;
}

Result<std::vector<AuditEntry>> RoleReader::audit(AuditFilter filter) {
    switch (context_.policy.audit) {
        case AuditAccess::None:
            return makeError(roleLabel(context_) + " may not read the audit trail");
        case AuditAccess::OwnTeam:
            filter.action = "escalation_move";
            break;
        case AuditAccess::Full:
            break;
    }
    return AuditRepository(*store_).list(filter);
}

Result<Escalation> RoleReader::escalation(std::int64_t id) {
    auto e = EscalationRepository(*store_).byId(id);
    if (!e) return e.error();
    if (!*e) return makeError("there is no escalation " + std::to_string(id), store_->path());
    if (auto st = checkEscalation(**e); !st) return st.error();
    return **e;
}

Result<Escalation> RoleReader::moveEscalation(std::int64_t id, const Move& move, std::int64_t now) {
    EscalationRepository repo(*store_);
    if (auto e = escalation(id); !e) return e.error();
    const bool annotating = move.to == EscalationState::Triaged || move.to == EscalationState::InReview;
    if (!annotating && !context_.policy.assignAndClose)
        return makeError(roleLabel(context_) + " may triage or review escalations, not assign, action or close them");
    return repo.move(id, move, context_.user, now);
}

}  // namespace tw::core
