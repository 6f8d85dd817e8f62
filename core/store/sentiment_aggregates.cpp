#include "store/sentiment_aggregates.h"

#include "util/civil_time.h"

namespace tw::core {

Result<std::vector<ChannelSentiment>> sentimentByChannel(Store& store) {
    try {
        auto q = store.db().prepare(
            "SELECT v.channel, sum(a.label = 'positive'), sum(a.label = 'negative'), sum(a.label = 'neutral'),"
            " sum(a.label = 'mixed'), sum(a.label IS NULL)"
            " FROM verbatim v LEFT JOIN analysis a ON a.verbatim_id = v.id GROUP BY v.channel ORDER BY count(*) DESC");
        std::vector<ChannelSentiment> out;
        while (q.step()) out.push_back({q.string(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5)});
        return out;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
}

Result<std::vector<MonthSentiment>> sentimentByMonth(Store& store) {
    try {
        auto q = store.db().prepare(
            "SELECT CAST(strftime('%s', v.created_at, 'unixepoch', 'start of month') AS INTEGER) AS m, count(*),"
            " count(a.verbatim_id), avg(a.sentiment), avg(a.label = 'negative')"
            " FROM verbatim v LEFT JOIN analysis a ON a.verbatim_id = v.id"
            " WHERE v.created_at IS NOT NULL GROUP BY m ORDER BY m");
        std::vector<MonthSentiment> out;
        while (q.step()) {
            out.push_back({q.int64(0), q.int64(1), q.int64(2), q.optReal(3).value_or(0.0), q.optReal(4).value_or(0.0)});
        }
        return out;
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
}

std::int64_t endOfMonth(std::int64_t monthStart) {
    std::int64_t y;
    unsigned m, d;
    civilFromDays(monthStart / 86400, y, m, d);
    if (++m > 12) {
        m = 1;
        ++y;
    }
    return daysFromCivil(y, m, 1) * 86400;
}

}  // namespace tw::core
