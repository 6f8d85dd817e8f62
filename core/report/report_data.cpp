#include "report/report_data.h"

#include "store/audit_repository.h"
#include "store/filter_description.h"
#include "store/trend_topics.h"
#include "trends/trend_detector.h"

#include <algorithm>
#include <filesystem>

namespace tw::core {

namespace {

constexpr int kSamplePool = 400;  // the newest verbatims the samples are chosen from

std::vector<ReportIssue> emergingIssues(RoleReader& reader, const BrowseFilter& filter, std::size_t limit) {
    TrendWindow window{filter.from, filter.until};
    auto series = loadTrendSeries(reader.store(), &reader, window, TopicSource::Categories);
    if (!series) return {};  // a store without dates has no trends; the report says none
    auto findings = detectTrends(*series);
    // The biggest first: tsunamis, then waves, then ripples; by growth within a class.
    std::sort(findings.begin(), findings.end(), [](const TrendFinding& a, const TrendFinding& b) {
        if (a.cls != b.cls) return a.cls > b.cls;
        return a.growth() > b.growth();
    });
    std::vector<ReportIssue> out;
    for (const TrendFinding& f : findings) {
        if (out.size() == limit) break;
        ReportIssue issue{f.topic, trendClassName(f.cls), f.startDay, f.endDay,
                          {},      f.observed(),          f.growth(), f.negativeShare};
        for (const ChannelBurst& c : f.channels) issue.channels.push_back(c.channel);
        out.push_back(std::move(issue));
    }
    return out;
}

std::optional<EscalationFigures> queueFigures(RoleReader& reader, std::int64_t now, Status& failed) {
    const QueueAccess queue = reader.context().policy.queue;
    if (queue == QueueAccess::None) return std::nullopt;
    auto figures = EscalationRepository(reader.store()).figures(now);
    if (!figures) {
        failed = figures.error();
        return std::nullopt;
    }
    if (queue == QueueAccess::LegalRelevant) {
        std::erase_if(figures->types, [](const EscalationTypeFigures& t) { return !legalRelevant(t.type); });
        EscalationTypeFigures total;
        total.type = "all";
        for (const auto& t : figures->types) {
            total.open += t.open;
            total.overdue += t.overdue;
            total.actioned += t.actioned;
            total.closedNoAction += t.closedNoAction;
        }
        figures->total = total;
    }
    return *figures;
}

}  // namespace

Result<ReportData> gatherReport(RoleReader& reader, const BrowseFilter& filter, std::int64_t now,
                                const ReportOptions& options) {
    ReportData r;
    r.store = std::filesystem::path(reader.store().path()).filename().string();
    r.user = reader.context().user;
    r.role = roleName(reader.context().role);
    r.filter = describeFilter(filter);
    r.generatedAt = now;
    auto figures = reader.figures(filter);
    if (!figures) return figures.error();
    r.figures = std::move(*figures);
    auto restricted = reader.restrictedCount(filter);
    if (!restricted) return restricted.error();
    r.countedOnly = *restricted;
    auto categories = reader.categoryCounts(filter);
    if (!categories) return categories.error();
    r.topCategories = std::move(*categories);
    std::stable_sort(r.topCategories.begin(), r.topCategories.end(),
                     [](const CategoryCount& a, const CategoryCount& b) { return a.verbatims > b.verbatims; });
    std::erase_if(r.topCategories, [](const CategoryCount& c) { return c.verbatims == 0; });
    if (r.topCategories.size() > options.categories) r.topCategories.resize(options.categories);
    if (options.trends) r.issues = emergingIssues(reader, filter, options.issues);
    Status failed = Ok{};
    r.escalations = queueFigures(reader, now, failed);
    if (!failed) return failed.error();
    auto page = reader.page(filter, {INT64_MAX, INT64_MAX}, kSamplePool);
    if (!page) return page.error();
    std::vector<Verbatim> analysed;
    for (Verbatim& v : *page)
        if (v.sentiment && !v.locked && !v.text.empty()) analysed.push_back(std::move(v));
    std::stable_sort(analysed.begin(), analysed.end(),
                     [](const Verbatim& a, const Verbatim& b) { return *a.sentiment < *b.sentiment; });
    for (const Verbatim& v : analysed) {
        if (r.mostNegative.size() == options.samples || *v.sentiment >= -0.05) break;
        r.mostNegative.push_back(v);
    }
    for (auto it = analysed.rbegin(); it != analysed.rend(); ++it) {
        if (r.mostPositive.size() == options.samples || *it->sentiment <= 0.05) break;
        r.mostPositive.push_back(*it);
    }
    return r;
}

Status auditReport(Store& store, const ReportData& data, const std::string& destination, std::int64_t now) {
    return AuditRepository(store).append(
        data.user, "report", "verbatims",
        std::to_string(data.figures.total) + " verbatims (" + data.filter + ") to " + destination, now);
}

}  // namespace tw::core
