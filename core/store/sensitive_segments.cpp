#include "store/sensitive_segments.h"

#include "rules/category_path.h"
#include "rules/query_parser.h"
#include "store/audit_repository.h"
#include "store/guarded.h"

namespace tw::core {

namespace {

void collect(const QueryNode& n, std::vector<std::string>& out) {
    if (n.kind == QueryNode::Kind::Field && n.field == "category") out.push_back(n.value);
    for (const auto& c : n.children) collect(*c, out);
}

}  // namespace

Result<std::vector<std::string>> sensitiveCategoryPaths(Store& store) {
    return guarded(store, [&]() -> Result<std::vector<std::string>> {
        auto q = store.db().prepare("SELECT path FROM category WHERE sensitive = 1 ORDER BY position");
        std::vector<std::string> out;
        while (q.step()) out.push_back(q.string(0));
        return out;
    });
}

bool reachesSensitive(std::string_view categoryValue, const std::vector<std::string>& sensitivePaths) {
    const std::string wanted = matchKey(categoryValue);
    if (wanted.empty()) return false;
    for (const std::string& path : sensitivePaths) {
        const std::string key = matchKey(path);
        if (withinCategory(key, wanted) || withinCategory(wanted, key)) return true;
    }
    return false;
}

std::vector<std::string> categoryFilters(std::string_view rule) {
    std::vector<std::string> out;
    if (rule.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
    auto parsed = parseQuery(rule);
    if (parsed) collect(**parsed, out);
    return out;
}

Status checkSensitiveSegment(Store& store, const AccessContext& context, const std::vector<std::string>& categoryValues,
                             std::int64_t now, bool audit) {
    if (categoryValues.empty()) return Ok{};
    auto sensitive = sensitiveCategoryPaths(store);
    if (!sensitive) return sensitive.error();
    std::vector<std::string> reached;
    for (const std::string& v : categoryValues)
        if (reachesSensitive(v, *sensitive)) reached.push_back(v);
    if (reached.empty()) return Ok{};
    const std::string who = context.user + " (" + roleName(context.role) + ")";
    const std::string what = "'" + reached.front() + "' is a sensitive category";
    if (!context.policy.sensitiveSegments) return makeError(what + ": " + who + " may not filter or segment by it");
    if (context.purpose.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(what + ": state the purpose of this segment (it is audited)");
    if (!audit) return Ok{};
    std::string target;
    for (const std::string& v : reached) target += (target.empty() ? "category " : ", ") + v;
    return AuditRepository(store).append(context.user, "sensitive_segment", target, context.purpose, now);
}

}  // namespace tw::core
