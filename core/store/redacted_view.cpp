#include "store/redacted_view.h"

#include "store/guarded.h"
#include "store/verbatim_reader.h"
#include "text/utf8.h"

#include <nlohmann/json.hpp>

#include <unordered_map>
#include <unordered_set>

namespace tw::core {

std::vector<PiiMark> piiMarks(const Redacted& r) {
    std::vector<PiiMark> out;
    for (const auto& p : r.pieces) {
        if (p.type == PiiType::Masked) continue;
        out.push_back({piiTypeName(p.type), p.atCp, p.endCp});
    }
    return out;
}

namespace {

// Explanation spans ({"start": s, "end": e, ...}) moved onto the redacted text.
std::string remapExplain(const std::string& explain, const Redacted& r) {
    auto j = nlohmann::json::parse(explain, nullptr, /*allow_exceptions=*/false);
    if (!j.is_array()) return explain;
    for (auto& c : j) {
        if (!c.is_object() || !c.contains("start") || !c.contains("end") || !c["start"].is_number_unsigned() ||
            !c["end"].is_number_unsigned()) {
            continue;
        }
        c["start"] = r.mapCp(c["start"].get<std::size_t>());
        c["end"] = r.mapCp(c["end"].get<std::size_t>(), true);
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Redacted redactVerbatim(Verbatim& v, const std::vector<PiiFinding>& findings) {
    Redacted r = redact(v.text, findings, RedactionMode::Tag);
    v.redacted = true;
    v.pii = piiMarks(r);
    if (!r.pieces.empty()) {
        v.explain = remapExplain(v.explain, r);
        v.text = r.text;
    }
    return r;
}

Status redactVerbatims(Store& store, const std::vector<Verbatim*>& verbatims, std::vector<Redacted>* maps) {
    if (verbatims.empty()) return Ok{};
    return guarded(store, [&]() -> Status {
        // One read of the stored findings for the whole page.
        std::string ids;
        for (const Verbatim* v : verbatims) ids += (ids.empty() ? "" : ",") + std::to_string(v->id);
        std::unordered_set<std::int64_t> scanned;
        auto s = store.db().prepare("SELECT verbatim_id FROM risk_scan WHERE verbatim_id IN (" + ids + ")");
        while (s.step()) scanned.insert(s.int64(0));
        std::unordered_map<std::int64_t, std::vector<PiiFinding>> found;
        auto q = store.db().prepare("SELECT verbatim_id, start_cp, end_cp, type FROM pii_span WHERE verbatim_id IN (" +
                                    ids + ") ORDER BY verbatim_id, start_cp");
        while (q.step()) {
            PiiFinding f;
            f.startCp = static_cast<std::size_t>(q.int64(1));
            f.endCp = static_cast<std::size_t>(q.int64(2));
            f.type = piiTypeFromName(q.text(3)).value_or(PiiType::Masked);
            f.masked = f.type == PiiType::Masked;
            found[q.int64(0)].push_back(f);
        }
        for (Verbatim* v : verbatims) {
            std::vector<PiiFinding> findings;
            if (scanned.count(v->id)) {
                findings = std::move(found[v->id]);
                for (PiiFinding& f : findings) {
                    f.startByte = byteOffsetOfCodePoint(v->text, f.startCp);
                    f.endByte = byteOffsetOfCodePoint(v->text, f.endCp);
                }
            } else {
                findings = PiiDetector::builtin().find(v->text, v->language ? *v->language : std::string());
            }
            Redacted map = redactVerbatim(*v, findings);
            if (maps) maps->push_back(std::move(map));
        }
        return Ok{};
    });
}

Status redactVerbatims(Store& store, std::vector<Verbatim>& verbatims) {
    std::vector<Verbatim*> all;
    all.reserve(verbatims.size());
    for (Verbatim& v : verbatims) all.push_back(&v);
    return redactVerbatims(store, all);
}

Result<std::optional<ShownVerbatim>> showVerbatim(Store& store, std::int64_t verbatimId,
                                                  const std::vector<MatchSpan>& spans) {
    return VerbatimReader(store).show(verbatimId, spans);
}

RedactedSpans redactWithSpans(std::string_view text, const std::vector<MatchSpan>& spans,
                              const std::vector<PiiFinding>& findings) {
    const Redacted r = redact(text, findings, RedactionMode::Tag);
    return {r.text, moveSpans(r, spans)};
}

std::vector<MatchSpan> moveSpans(const Redacted& map, const std::vector<MatchSpan>& spans) {
    std::vector<MatchSpan> out;
    for (const MatchSpan& s : spans) {
        MatchSpan m{map.mapCp(s.startCp), map.mapCp(s.endCp, true)};
        if (m.endCp > m.startCp && (out.empty() || !(out.back() == m))) out.push_back(m);
    }
    return out;
}

RedactedSpans redactWithSpans(std::string_view text, const std::vector<MatchSpan>& spans) {
    return redactWithSpans(text, spans, PiiDetector::builtin().find(text));
}

}  // namespace tw::core
