#include "store/trend_series.h"

#include "store/guarded.h"

#include <nlohmann/json.hpp>

#include <map>

namespace tw::core {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t dayOf(std::int64_t unixSeconds) {
    return unixSeconds >= 0 ? unixSeconds / kDay : -((-unixSeconds + kDay - 1) / kDay);
}

}  // namespace

Result<TrendSeries> loadCategorySeries(Store& store, const TrendWindow& window) {
    return guarded(store, [&]() -> Result<TrendSeries> {
        Database& db = store.db();
        TrendSeries s;
        std::int64_t from = 0, until = 0;
        {
            auto span =
                db.prepare("SELECT min(created_at), max(created_at) FROM verbatim WHERE created_at IS NOT NULL");
            span.step();
            if (span.isNull(0)) return s;  // nothing dated
            from = window.since.value_or(span.int64(0));
            until = window.until.value_or(span.int64(1) + 1);
        }
        if (until <= from) return makeError("the window ends before it starts", store.path());
        s.firstDay = dayOf(from);
        s.days = static_cast<int>(dayOf(until - 1) - s.firstDay + 1);
        std::map<std::string, std::size_t> channelAt;
        auto channelIndex = [&](const std::string& name) {
            auto [it, added] = channelAt.emplace(name, s.channels.size());
            if (added) {
                s.channels.push_back(name);
                s.totals.emplace_back(static_cast<std::size_t>(s.days), 0);
                for (auto& t : s.topics) t.cells.emplace_back(static_cast<std::size_t>(s.days));
            }
            return it->second;
        };
        auto totals = db.prepare(
            "SELECT channel, created_at / 86400, count(*) FROM verbatim WHERE created_at >= ?1 AND created_at < ?2"
            " GROUP BY 1, 2");
        totals.bind(1, from).bind(2, until);
        while (totals.step()) {
            const std::size_t c = channelIndex(totals.string(0));
            const std::int64_t d = totals.int64(1) - s.firstDay;
            if (d >= 0 && d < s.days) s.totals[c][static_cast<std::size_t>(d)] = totals.int64(2);
        }
        // Leaf categories that are no segment of sensitive data.
        auto cells = db.prepare(
            "SELECT c.path, v.channel, v.created_at / 86400, count(*), ifnull(sum(a.anger), 0), count(a.verbatim_id)"
            " FROM verbatim_category vc JOIN category c ON c.id = vc.category_id"
            " JOIN verbatim v ON v.id = vc.verbatim_id LEFT JOIN analysis a ON a.verbatim_id = v.id"
            " WHERE c.sensitive = 0 AND v.created_at >= ?1 AND v.created_at < ?2"
            " AND NOT EXISTS (SELECT 1 FROM category k WHERE substr(k.path, 1, length(c.path) + 1) = c.path || '/')"
            " GROUP BY c.id, v.channel, 3");
        cells.bind(1, from).bind(2, until);
        std::map<std::string, std::size_t> topicAt;
        while (cells.step()) {
            const std::string path = cells.string(0);
            auto [it, added] = topicAt.emplace(path, s.topics.size());
            if (added) {
                s.topics.push_back({path, {}});
                s.topics.back().cells.assign(s.channels.size(),
                                             std::vector<TopicDay>(static_cast<std::size_t>(s.days)));
            }
            const std::size_t c = channelIndex(cells.string(1));
            const std::int64_t d = cells.int64(2) - s.firstDay;
            if (d < 0 || d >= s.days) continue;
            TopicDay& cell = s.topics[it->second].cells[c][static_cast<std::size_t>(d)];
            cell.count = cells.int64(3);
            cell.angerSum = cells.real(4);
            cell.analysed = cells.int64(5);
        }
        return s;
    });
}

Result<std::vector<std::int64_t>> findingSampleIds(Store& store, const TrendFinding& finding, int limit) {
    return guarded(store, [&]() -> Result<std::vector<std::int64_t>> {
        nlohmann::json channels = nlohmann::json::array();
        for (const ChannelBurst& b : finding.channels) channels.push_back(b.channel);
        auto q = store.db().prepare(
            "SELECT v.id FROM verbatim_category vc JOIN category c ON c.id = vc.category_id"
            " JOIN verbatim v ON v.id = vc.verbatim_id WHERE c.path = ?1 AND v.created_at >= ?2 AND v.created_at < ?3"
            " AND v.channel IN (SELECT value FROM json_each(?4)) ORDER BY v.created_at, v.id LIMIT ?5");
        q.bind(1, finding.topic).bind(2, finding.startDay * kDay).bind(3, (finding.endDay + 1) * kDay);
        q.bind(4, channels.dump()).bind(5, limit);
        std::vector<std::int64_t> out;
        while (q.step()) out.push_back(q.int64(0));
        return out;
    });
}

}  // namespace tw::core
