#include "store/trend_series.h"

#include "store/fts_query.h"
#include "store/guarded.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <unordered_set>

namespace tw::core {

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t dayOf(std::int64_t unixSeconds) {
    return unixSeconds >= 0 ? unixSeconds / kDay : -((-unixSeconds + kDay - 1) / kDay);
}

// The window's days and channels, each channel's daily totals, and topics added to it.
class Frame {
public:
    // The window's bounds (the store's span by default); no days when nothing is dated.
    Status span(Store& store, const TrendWindow& window) {
        // Off the time index (undated verbatims sort at 0; dates before 1970 are not feedback).
        auto span = store.db().prepare(
            "SELECT (SELECT min(sort_time) FROM verbatim WHERE sort_time > 0), (SELECT max(sort_time) FROM verbatim"
            " WHERE sort_time > 0)");
        span.step();
        if (span.isNull(0)) return Ok{};
        whole = !window.since && !window.until;
        from = window.since.value_or(span.int64(0));
        until = window.until.value_or(span.int64(1) + 1);
        if (until <= from) return makeError("the window ends before it starts", store.path());
        s.firstDay = dayOf(from);
        s.days = static_cast<int>(dayOf(until - 1) - s.firstDay + 1);
        return Ok{};
    }
    // Each channel's verbatims per day, counted off the (channel, time) index.
    Status load(Store& store, const TrendWindow& window) {
        if (auto st = span(store, window); !st || s.days == 0) return st;
        auto q = store.db().prepare(
            "SELECT channel, sort_time FROM verbatim INDEXED BY verbatim_channel_time"
            " WHERE sort_time >= ?1 AND sort_time < ?2 AND created_at IS NOT NULL");
        q.bind(1, from).bind(2, until);
        while (q.step()) countTotal(channelOf(q.text(0)), q.int64(1));
        return Ok{};
    }
    // The channel named `name`, looked up once for a run of rows of one channel.
    std::size_t channelOf(std::string_view name) {
        if (last_ && s.channels[*last_] == name) return *last_;
        last_ = channel(std::string(name));
        return *last_;
    }
    void countTotal(std::size_t channel, std::int64_t at) {
        if (const auto d = day(dayOf(at))) ++s.totals[channel][*d];
    }
    std::size_t channel(const std::string& name) {
        auto [it, added] = channelAt_.emplace(name, s.channels.size());
        if (added) {
            s.channels.push_back(name);
            s.totals.emplace_back(static_cast<std::size_t>(s.days), 0);
            for (auto& t : s.topics) t.cells.emplace_back(static_cast<std::size_t>(s.days));
        }
        return it->second;
    }
    std::optional<std::size_t> day(std::int64_t daysSinceEpoch) const {
        const std::int64_t d = daysSinceEpoch - s.firstDay;
        if (d < 0 || d >= s.days) return std::nullopt;
        return static_cast<std::size_t>(d);
    }
    TrendSeries::Topic& addTopic(std::string name) {
        s.topics.push_back({std::move(name), {}});
        s.topics.back().cells.assign(s.channels.size(), std::vector<TopicDay>(static_cast<std::size_t>(s.days)));
        return s.topics.back();
    }

    TrendSeries s;
    std::int64_t from = 0, until = 0;
    bool whole = false;  // the store's whole span

private:
    std::map<std::string, std::size_t> channelAt_;
    std::optional<std::size_t> last_;
};

// A phrase's full-text expression (several phrases: any of them).
std::string ftsOfPhrases(const std::string& lead, const std::vector<std::string>& more) {
    std::string out = toFtsQuery("\"" + lead + "\"");
    for (const std::string& p : more) out += " OR " + toFtsQuery("\"" + p + "\"");
    return out;
}

// A verbatim of a phrase topic: where and when it falls, and its anger when analysed.
struct Hit {
    std::size_t channel = 0, day = 0;
    std::optional<double> anger;
    bool recent = false;
    bool negative = false;
};

std::map<std::int64_t, Hit> phraseHits(Database& db, Frame& frame, const std::string& phrase, std::int64_t recentFrom) {
    auto q = db.prepare(
        "SELECT v.id, v.channel, v.created_at / 86400, v.created_at, a.anger, a.label = 'negative'"
        " FROM verbatim_fts f"
        " JOIN verbatim v ON v.id = f.rowid LEFT JOIN analysis a ON a.verbatim_id = v.id"
        " WHERE verbatim_fts MATCH ?1 AND v.created_at >= ?2 AND v.created_at < ?3");
    q.bind(1, ftsOfPhrases(phrase, {})).bind(2, frame.from).bind(3, frame.until);
    std::map<std::int64_t, Hit> hits;
    while (q.step()) {
        const auto d = frame.day(q.int64(2));
        if (!d) continue;
        Hit h{frame.channel(q.string(1)), *d, std::nullopt, q.int64(3) >= recentFrom};
        if (!q.isNull(4)) h.anger = q.real(4);
        h.negative = !q.isNull(5) && q.int64(5) != 0;
        hits.emplace(q.int64(0), h);
    }
    return hits;
}

// Phrases that come together: a phrase joins the first cluster holding most of its recent
// verbatims; its verbatims become the cluster's.
struct PhraseCluster {
    std::string lead;
    std::vector<std::string> related;
    std::map<std::int64_t, Hit> hits;
};

}  // namespace

Result<TrendSeries> loadCategorySeries(Store& store, const TrendWindow& window) {
    return guarded(store, [&]() -> Result<TrendSeries> {
        Database& db = store.db();
        Frame frame;
        if (auto st = frame.span(store, window); !st) return st.error();
        if (frame.s.days == 0) return frame.s;
        // Leaf categories that are no segment of sensitive data, by id.
        std::map<std::int64_t, std::size_t> topicOf;
        auto leaves = db.prepare(
            "SELECT c.id, c.path FROM category c WHERE c.sensitive = 0 AND NOT EXISTS"
            " (SELECT 1 FROM category k WHERE substr(k.path, 1, length(c.path) + 1) = c.path || '/') ORDER BY c.path");
        while (leaves.step()) {
            topicOf.emplace(leaves.int64(0), frame.s.topics.size());
            frame.addTopic(leaves.string(1));
        }
        // One pass over the window's verbatims, in storage order (the whole table is read faster
        // than through the time index), with their categories and analysis: no grouping in SQL.
        auto rows = db.prepare(
            std::string(
                "SELECT v.id, v.channel, v.created_at, a.anger, vc.category_id, a.label = 'negative' FROM verbatim v") +
            (frame.whole ? " NOT INDEXED" : "") +
            " LEFT JOIN verbatim_category vc ON vc.verbatim_id = v.id"
            " LEFT JOIN analysis a ON a.verbatim_id = v.id"
            " WHERE v.sort_time >= ?1 AND v.sort_time < ?2 AND v.created_at IS NOT NULL");
        rows.bind(1, frame.from).bind(2, frame.until);
        std::int64_t lastId = 0;
        while (rows.step()) {
            const std::size_t c = frame.channelOf(rows.text(1));
            const std::int64_t at = rows.int64(2);
            if (const std::int64_t id = rows.int64(0); id != lastId) {
                frame.countTotal(c, at);
                lastId = id;
            }
            if (rows.isNull(4)) continue;
            auto t = topicOf.find(rows.int64(4));
            const auto d = frame.day(dayOf(at));
            if (t == topicOf.end() || !d) continue;
            TopicDay& cell = frame.s.topics[t->second].cells[c][*d];
            ++cell.count;
            if (!rows.isNull(3)) {
                cell.angerSum += rows.real(3);
                ++cell.analysed;
                cell.negative += rows.int64(5);
            }
        }
        // Topics never mentioned in the window are no topics of it.
        std::erase_if(frame.s.topics, [](const TrendSeries::Topic& t) {
            return std::all_of(t.cells.begin(), t.cells.end(), [](const auto& days) {
                return std::all_of(days.begin(), days.end(), [](const TopicDay& d) { return d.count == 0; });
            });
        });
        return frame.s;
    });
}

Result<PhraseQuery> trendPhraseQuery(Store& store, const TrendWindow& window, std::size_t candidates) {
    return guarded(store, [&]() -> Result<PhraseQuery> {
        Frame frame;
        if (auto st = frame.load(store, window); !st) return st.error();
        if (frame.s.days == 0) return makeError("no dated verbatims: phrases cannot rise", store.path());
        const std::int64_t recentDays = std::clamp<std::int64_t>(frame.s.days / 3, 7, 28);
        PhraseQuery q;
        q.until = frame.until;
        q.since = std::max(frame.from + kDay, frame.until - recentDays * kDay);
        q.baselineFrom = std::max(frame.from, q.since - 4 * recentDays * kDay);
        q.options.limit = candidates;
        return q;
    });
}

Result<TrendSeries> loadPhraseSeries(Store& store, const TrendWindow& window, const PhraseReport& phrases,
                                     double overlap) {
    return guarded(store, [&]() -> Result<TrendSeries> {
        Frame frame;
        if (auto st = frame.load(store, window); !st) return st.error();
        if (frame.s.days == 0) return frame.s;
        // Phrases of several words first (they name an issue better than one word does), each
        // group strongest first.
        std::vector<const EmergingPhrase*> order;
        for (const EmergingPhrase& p : phrases.phrases) order.push_back(&p);
        std::stable_sort(order.begin(), order.end(), [](const EmergingPhrase* a, const EmergingPhrase* b) {
            return (a->phrase.find(' ') != std::string::npos) > (b->phrase.find(' ') != std::string::npos);
        });
        std::vector<PhraseCluster> clusters;
        for (const EmergingPhrase* p : order) {
            auto hits = phraseHits(store.db(), frame, p->phrase, phrases.recentFrom);
            const auto recent = static_cast<double>(
                std::count_if(hits.begin(), hits.end(), [](const auto& h) { return h.second.recent; }));
            if (recent == 0) continue;
            auto joins = std::find_if(clusters.begin(), clusters.end(), [&](const PhraseCluster& c) {
                const auto shared = static_cast<double>(std::count_if(hits.begin(), hits.end(), [&](const auto& h) {
                    return h.second.recent && c.hits.contains(h.first);
                }));
                return shared >= overlap * recent;
            });
            // One word whose verbatims the phrases found already cover mostly says nothing new
            // ("double" under "double charge" and "double billing").
            const bool oneWord = p->phrase.find(' ') == std::string::npos;
            if (joins == clusters.end() && oneWord) {
                const auto covered = static_cast<double>(std::count_if(hits.begin(), hits.end(), [&](const auto& h) {
                    return h.second.recent &&
                           std::any_of(clusters.begin(), clusters.end(),
                                       [&](const PhraseCluster& c) { return c.hits.contains(h.first); });
                }));
                if (covered >= overlap * recent) continue;
            }
            if (joins == clusters.end()) {
                clusters.push_back({p->phrase, {}, std::move(hits)});
            } else {
                joins->related.push_back(p->phrase);
                joins->hits.merge(hits);
            }
        }
        for (PhraseCluster& c : clusters) {
            TrendSeries::Topic& t = frame.addTopic(c.lead);
            t.phrase = true;
            t.related = std::move(c.related);
            t.cells.assign(frame.s.channels.size(), std::vector<TopicDay>(static_cast<std::size_t>(frame.s.days)));
            for (const auto& [id, h] : c.hits) {
                TopicDay& cell = t.cells[h.channel][h.day];
                ++cell.count;
                if (h.anger) {
                    cell.angerSum += *h.anger;
                    ++cell.analysed;
                    cell.negative += h.negative;
                }
            }
        }
        return frame.s;
    });
}

void mergeTopics(TrendSeries& series, TrendSeries&& more) {
    std::vector<std::size_t> at;  // more's channel -> series' channel
    for (const std::string& name : more.channels) {
        auto it = std::find(series.channels.begin(), series.channels.end(), name);
        if (it == series.channels.end()) {
            series.channels.push_back(name);
            series.totals.emplace_back(static_cast<std::size_t>(series.days), 0);
            for (auto& t : series.topics) t.cells.emplace_back(static_cast<std::size_t>(series.days));
            it = series.channels.end() - 1;
        }
        at.push_back(static_cast<std::size_t>(it - series.channels.begin()));
    }
    for (auto& t : more.topics) {
        std::vector<std::vector<TopicDay>> cells(series.channels.size(),
                                                 std::vector<TopicDay>(static_cast<std::size_t>(series.days)));
        for (std::size_t c = 0; c < t.cells.size(); ++c) cells[at[c]] = std::move(t.cells[c]);
        t.cells = std::move(cells);
        series.topics.push_back(std::move(t));
    }
}

Result<std::vector<std::int64_t>> findingSampleIds(Store& store, const TrendFinding& finding, int limit) {
    return guarded(store, [&]() -> Result<std::vector<std::int64_t>> {
        nlohmann::json channels = nlohmann::json::array();
        for (const ChannelBurst& b : finding.channels) channels.push_back(b.channel);
        const char* topicIs = finding.phrase
                                  ? "v.id IN (SELECT rowid FROM verbatim_fts WHERE verbatim_fts MATCH ?1)"
                                  : "v.id IN (SELECT vc.verbatim_id FROM verbatim_category vc JOIN category c"
                                    " ON c.id = vc.category_id WHERE c.path = ?1)";
        auto q = store.db().prepare(std::string("SELECT v.id FROM verbatim v WHERE ") + topicIs +
                                    " AND v.created_at >= ?2 AND v.created_at < ?3"
                                    " AND v.channel IN (SELECT value FROM json_each(?4)) ORDER BY v.created_at, v.id"
                                    " LIMIT ?5");
        q.bind(1, finding.phrase ? ftsOfPhrases(finding.topic, finding.related) : finding.topic);
        q.bind(2, finding.startDay * kDay).bind(3, (finding.endDay + 1) * kDay);
        q.bind(4, channels.dump()).bind(5, limit);
        std::vector<std::int64_t> out;
        while (q.step()) out.push_back(q.int64(0));
        return out;
    });
}

}  // namespace tw::core
