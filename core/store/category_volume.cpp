#include "store/category_volume.h"

#include "store/guarded.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace tw::core {

namespace {

// The categories in taxonomy order, with each one's lineage (itself and its ancestors).
struct CategoryTree {
    std::vector<CategoryCount> counts;
    std::unordered_map<std::int64_t, std::size_t> byId;
    std::vector<std::vector<std::size_t>> lineage;
    std::vector<std::int64_t> ids;
};

CategoryTree readTree(Database& db) {
    CategoryTree t;
    std::unordered_map<std::string, std::size_t> byPath;
    auto q = db.prepare("SELECT id, path FROM category ORDER BY position");
    while (q.step()) {
        std::string path = q.string(1);
        const int depth = static_cast<int>(std::count(path.begin(), path.end(), '/'));
        byPath.emplace(path, t.counts.size());
        t.byId.emplace(q.int64(0), t.counts.size());
        t.ids.push_back(q.int64(0));
        t.counts.push_back({std::move(path), depth, 0});
    }
    t.lineage.resize(t.counts.size());
    for (std::size_t i = 0; i < t.counts.size(); ++i) {
        std::string p = t.counts[i].path;
        for (;;) {
            if (auto it = byPath.find(p); it != byPath.end()) t.lineage[i].push_back(it->second);
            const std::size_t slash = p.rfind('/');
            if (slash == std::string::npos) break;
            p.resize(slash);
        }
    }
    return t;
}

// Feeds (verbatim, category) rows grouped by verbatim and counts each ancestor once per verbatim
// into `counts[category][column]`, the column chosen per row by `column`.
template <typename Column>
void rollUp(Statement& q, const CategoryTree& tree, std::vector<std::vector<std::int64_t>>& counts, Column&& column) {
    std::vector<std::int64_t> lastSeen(tree.counts.size(), 0);
    while (q.step()) {
        const std::int64_t verbatim = q.int64(0);
        auto it = tree.byId.find(q.int64(1));
        if (it == tree.byId.end()) continue;
        const std::size_t col = column(q);
        for (std::size_t k : tree.lineage[it->second]) {
            if (lastSeen[k] == verbatim) continue;
            lastSeen[k] = verbatim;
            if (counts[k].size() <= col) counts[k].resize(col + 1, 0);
            ++counts[k][col];
        }
    }
}

}  // namespace

void markCategoryVolumesStale(Database& db) { db.exec("UPDATE category_volume_state SET fresh = 0 WHERE fresh = 1"); }

Result<bool> refreshCategoryVolumes(Store& store) {
    return guarded(store, [&]() -> Result<bool> {
        Database& db = store.db();
        Transaction tx(db);
        auto state = db.prepare("SELECT fresh FROM category_volume_state");
        if (state.step() && state.int64(0) == 1) return false;
        const CategoryTree tree = readTree(db);
        // Each verbatim's channel, read off the (channel, time) index into an array by id: a
        // third of the time of looking each match's verbatim up.
        std::vector<std::string> channels;
        std::unordered_map<std::string, std::uint32_t> channelNumber;
        std::vector<std::uint32_t> channelOf;
        auto v = db.prepare("SELECT id, channel FROM verbatim");
        std::uint32_t current = 0;
        while (v.step()) {
            const std::string_view channel = v.text(1);
            if (channels.empty() || channels[current] != channel) {
                auto [it, added] =
                    channelNumber.try_emplace(std::string(channel), static_cast<std::uint32_t>(channels.size()));
                if (added) channels.emplace_back(channel);
                current = it->second;
            }
            const auto id = static_cast<std::size_t>(std::max<std::int64_t>(0, v.int64(0)));
            if (channelOf.size() <= id) channelOf.resize(std::max(id + 1, channelOf.size() * 2), 0);
            channelOf[id] = current;
        }
        // Kept dense, categories by channels; a store with more combinations than that (a
        // channel per customer, say) is read from its matches instead.
        constexpr std::size_t kMaxCells = 1u << 22;
        if (channels.size() * std::max<std::size_t>(1, tree.counts.size()) > kMaxCells) return false;
        std::vector<std::vector<std::int64_t>> counts(tree.counts.size());
        auto q = db.prepare("SELECT verbatim_id, category_id FROM verbatim_category ORDER BY verbatim_id");
        rollUp(q, tree, counts, [&](const Statement& row) {
            const auto id = static_cast<std::size_t>(std::max<std::int64_t>(0, row.int64(0)));
            return std::size_t{id < channelOf.size() ? channelOf[id] : 0};
        });
        db.exec("DELETE FROM category_volume");
        auto insert = db.prepare("INSERT INTO category_volume (category_id, channel, verbatims) VALUES (?1, ?2, ?3)");
        for (std::size_t k = 0; k < counts.size(); ++k) {
            for (std::size_t c = 0; c < counts[k].size(); ++c) {
                if (counts[k][c] == 0) continue;
                insert.bind(1, tree.ids[k]).bind(2, channels[c]).bind(3, counts[k][c]);
                insert.run();
            }
        }
        db.exec("UPDATE category_volume_state SET fresh = 1");
        tx.commit();
        return true;
    });
}

Result<std::optional<std::vector<CategoryCount>>> keptCategoryVolumes(Store& store, const BrowseFilter& filter) {
    using Out = std::optional<std::vector<CategoryCount>>;
    if (filter.label || filter.from || filter.until) return Out{};
    return guarded(store, [&]() -> Result<Out> {
        Database& db = store.db();
        Transaction snapshot(db, false);  // the flag, the tree and the volumes as of one moment
        auto q = db.prepare(
            "SELECT s.fresh, cv.category_id, sum(cv.verbatims) FROM category_volume_state s"
            " LEFT JOIN category_volume cv ON ?1 IS NULL OR cv.channel = ?1 GROUP BY cv.category_id");
        q.bind(1, filter.channel);
        CategoryTree tree = readTree(db);
        while (q.step()) {
            if (q.int64(0) != 1) return Out{};
            if (q.isNull(1)) continue;
            if (auto it = tree.byId.find(q.int64(1)); it != tree.byId.end())
                tree.counts[it->second].verbatims = q.int64(2);
        }
        snapshot.commit();
        return Out{std::move(tree.counts)};
    });
}

Result<std::vector<CategoryCount>> scannedCategoryVolumes(Store& store, const BrowseFilter& filter) {
    return guarded(store, [&]() -> Result<std::vector<CategoryCount>> {
        Database& db = store.db();
        CategoryTree tree = readTree(db);
        const bool filtered = filter.channel || filter.label || filter.from || filter.until;
        std::string sql = "SELECT vc.verbatim_id, vc.category_id FROM verbatim_category vc";
        if (filtered) {
            sql += " JOIN verbatim v ON v.id = vc.verbatim_id";
            if (filter.label) sql += " JOIN analysis a ON a.verbatim_id = v.id";
            sql += " WHERE (?1 IS NULL OR v.channel = ?1)";
            if (filter.label) sql += " AND a.label = ?2";
            sql += " AND (?3 IS NULL OR v.sort_time >= ?3) AND (?4 IS NULL OR v.sort_time < ?4)";
        }
        sql += " ORDER BY vc.verbatim_id";
        auto q = db.prepare(sql);
        if (filtered) q.bind(1, filter.channel).bind(2, filter.label).bind(3, filter.from).bind(4, filter.until);
        std::vector<std::vector<std::int64_t>> counts(tree.counts.size());
        rollUp(q, tree, counts, [](const Statement&) { return std::size_t{0}; });
        for (std::size_t k = 0; k < counts.size(); ++k) tree.counts[k].verbatims = counts[k].empty() ? 0 : counts[k][0];
        return std::move(tree.counts);
    });
}

}  // namespace tw::core
