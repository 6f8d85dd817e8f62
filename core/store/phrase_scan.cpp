#include "store/phrase_scan.h"

#include <nlohmann/json.hpp>

#include "store/analysis_repository.h"
#include "store/guarded.h"
#include "text/utf8.h"
#include "util/civil_time.h"

#include <algorithm>
#include <charconv>

namespace tw::core {

namespace {

// The customer's words of a call transcript or chat: the agent's turns (code-point spans) left
// out, each gap a line break so that no phrase spans it.
std::string customerWords(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>> agent) {
    std::sort(agent.begin(), agent.end());
    std::string out;
    std::size_t from = 0;
    for (auto [start, end] : agent) {
        const std::size_t a = byteOffsetOfCodePoint(text, start), b = byteOffsetOfCodePoint(text, end);
        if (a > from) out.append(text.substr(from, a - from));
        out += '\n';
        from = std::max(from, b);
    }
    if (from < text.size()) out.append(text.substr(from));
    return out;
}

}  // namespace

std::optional<std::int64_t> parseIsoDay(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto num = [&](std::size_t from, std::size_t len, auto& out) {
        auto r = std::from_chars(s.data() + from, s.data() + from + len, out);
        return r.ec == std::errc() && r.ptr == s.data() + from + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || m < 1 || m > 12 || d < 1) return std::nullopt;
    const std::int64_t days = daysFromCivil(y, m, d);
    std::int64_t y2 = 0;
    unsigned m2 = 0, d2 = 0;
    civilFromDays(days, y2, m2, d2);
    if (y2 != y || m2 != m || d2 != d) return std::nullopt;  // 2026-02-30
    return days * 86400;
}

Result<PhraseReport> emergingPhrases(Store& store, const PhraseQuery& query) {
    return guarded(store, [&]() -> Result<PhraseReport> {
        PhraseReport report;
        report.recentFrom = query.since;
        if (query.until) {
            report.recentUntil = *query.until;
        } else {
            auto q = store.db().prepare("SELECT ifnull(max(created_at), 0) + 1 FROM verbatim");
            q.step();
            report.recentUntil = q.int64(0);
        }
        if (report.recentUntil <= report.recentFrom) {
            return makeError("the recent window is empty: --since must be before --until and the newest verbatim");
        }
        report.baselineFrom =
            query.baselineFrom.value_or(report.recentFrom - 4 * (report.recentUntil - report.recentFrom));
        if (report.baselineFrom >= report.recentFrom) return makeError("the baseline must start before --since");
        auto q = store.db().prepare(std::string("SELECT text, channel, sort_time, ") + kAgentTurnsColumn +
                                    " FROM verbatim v WHERE sort_time >= ?1 AND sort_time < ?2"
                                    " AND created_at IS NOT NULL AND (?3 IS NULL OR channel = ?3)"
                                    " AND NOT EXISTS (SELECT 1 FROM risk_flag rf WHERE rf.verbatim_id = v.id"
                                    " AND rf.type IN (SELECT value FROM json_each(?4)))");
        q.bind(1, report.baselineFrom).bind(2, report.recentUntil).bind(3, query.channel);
        q.bind(4, nlohmann::json(query.leaveOutFlagTypes).dump());
        PhraseCounter counter;
        while (q.step()) {
            const bool recent = q.int64(2) >= report.recentFrom;
            const auto window = recent ? PhraseCounter::Window::Recent : PhraseCounter::Window::Baseline;
            // Phrases are the customer's: what agents say in every call is no emerging issue.
            if (q.isNull(3))
                counter.add(q.text(0), window, q.text(1));
            else
                counter.add(customerWords(q.text(0), agentTurnsFromColumn(q.string(3))), window, q.text(1));
        }
        report.recentVerbatims = counter.verbatims(PhraseCounter::Window::Recent);
        report.baselineVerbatims = counter.verbatims(PhraseCounter::Window::Baseline);
        report.phrases = counter.emerging(query.options);
        return report;
    });
}

}  // namespace tw::core
