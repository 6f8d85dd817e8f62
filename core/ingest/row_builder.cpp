#include "ingest/row_builder.h"

#include "governance/consent.h"

#include "ingest/speaker_turns.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "util/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace tw::core {

namespace {

void trim(std::string& s) {
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Makes `s` valid UTF-8 without NULs, in place; returns what was repaired.
Utf8Repair clean(std::string& s) {
    Utf8Repair r;
    bool needs = s.find('\0') != std::string::npos || !isValidUtf8(s);
    if (needs) s = repairUtf8(s, r);
    return r;
}

const nlohmann::json* lookup(const nlohmann::json& obj, const std::string& path) {
    auto it = obj.find(path);
    if (it != obj.end()) return &*it;
    // Dotted path: user.screen_name
    const nlohmann::json* cur = &obj;
    std::size_t start = 0;
    while (start < path.size()) {
        std::size_t dot = path.find('.', start);
        if (dot == std::string::npos) dot = path.size();
        if (!cur->is_object()) return nullptr;
        auto f = cur->find(path.substr(start, dot - start));
        if (f == cur->end()) return nullptr;
        cur = &*f;
        start = dot + 1;
    }
    return cur == &obj ? nullptr : cur;
}

std::string scalarText(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    return v.dump();
}

}  // namespace

RowBuilder::RowBuilder(ColumnMapping mapping, std::vector<std::string> header, DateOrder order,
                       std::string defaultChannel, std::string defaultConsent)
    : mapping_(std::move(mapping)),
      header_(std::move(header)),
      index_(allFields().size(), -1),
      mappedColumn_(header_.size(), false),
      order_(order),
      defaultChannel_(std::move(defaultChannel)),
      defaultConsent_(std::move(defaultConsent)) {
    for (Field f : allFields()) {
        if (const std::string* col = mapping_.column(f)) {
            auto it = std::find(header_.begin(), header_.end(), *col);
            if (it != header_.end()) {
                auto i = static_cast<std::size_t>(it - header_.begin());
                index_[static_cast<std::size_t>(f)] = static_cast<int>(i);
                mappedColumn_[i] = true;
            }
        }
    }
}

void RowBuilder::addProblem(const std::string& field, const std::string& problem, const std::string& value) {
    problems_ += problems_.empty() ? "[" : ",";
    problems_ += "{\"field\":";
    appendJsonString(problems_, field);
    problems_ += ",\"problem\":";
    appendJsonString(problems_, problem);
    if (!value.empty()) {
        problems_ += ",\"value\":";
        appendJsonString(problems_, value.substr(0, 200));
    }
    problems_ += "}";
}

void RowBuilder::setDate(const std::string& raw, NewVerbatim& out) {
    std::string v = raw;
    trim(v);
    if (v.empty()) return;
    out.createdAt = parseDate(v, order_);
    if (!out.createdAt) addProblem("date", "not a date Tidewatch can read; the verbatim is kept undated", v);
}

void RowBuilder::setRating(const std::string& raw, NewVerbatim& out) {
    std::string v = raw;
    trim(v);
    if (v.empty()) return;
    std::replace(v.begin(), v.end(), ',', '.');
    double d = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (ec == std::errc() && p == v.data() + v.size())
        out.rating = d;
    else
        addProblem("rating", "not a number; kept as an attribute", v);
}

void RowBuilder::setConsent(const std::string& raw, NewVerbatim& out) {
    std::string v = raw;
    trim(v);
    if (v.empty()) return;
    if (auto basis = consentFromName(v)) {
        out.consent = consentName(*basis);
        return;
    }
    out.consent = consentName(ConsentBasis::Unknown);
    addProblem("consent",
               "not a consent basis (" + consentNameList() + "); kept as unknown, so nobody may contact the customer",
               v);
}

void RowBuilder::setChannel(const std::string& raw, NewVerbatim& out) {
    if (mapping_.constantChannel) {
        out.channel = *mapping_.constantChannel;
        return;
    }
    std::string v = lower(raw);
    trim(v);
    out.channel = v.empty() ? defaultChannel_ : v;
}

std::string RowBuilder::build(SourceRecord& rec, NewVerbatim& out) {
    out = NewVerbatim{};
    problems_.clear();
    out.recordNo = rec.recordNo;
    out.consent = defaultConsent_;
    if (!rec.error.empty()) return rec.error;
    switch (rec.kind) {
        case SourceRecord::Kind::Fields:
            return buildFields(rec, out);
        case SourceRecord::Kind::Json:
            return buildJson(rec, out);
        case SourceRecord::Kind::Text: {
            out.channel = mapping_.constantChannel.value_or(defaultChannel_);
            return finish(std::move(rec.payload), out);
        }
    }
    return "unknown record kind";
}

std::string RowBuilder::buildFields(SourceRecord& rec, NewVerbatim& out) {
    auto& f = rec.fields;
    std::size_t repairedInvalid = 0, repairedNul = 0;
    for (auto& v : f) {
        auto r = clean(v);
        repairedInvalid += r.invalidSequences;
        repairedNul += r.nulBytes;
    }
    auto at = [&](Field field) -> std::string* {
        int i = index_[static_cast<std::size_t>(field)];
        return i >= 0 && static_cast<std::size_t>(i) < f.size() ? &f[static_cast<std::size_t>(i)] : nullptr;
    };
    if (repairedInvalid) addProblem("text", "invalid UTF-8 bytes replaced by U+FFFD", std::to_string(repairedInvalid));
    if (repairedNul) addProblem("text", "NUL bytes removed", std::to_string(repairedNul));
    if (auto* v = at(Field::Date)) setDate(*v, out);
    if (auto* v = at(Field::Rating)) setRating(*v, out);
    setChannel(at(Field::Channel) ? *at(Field::Channel) : std::string(), out);
    if (auto* v = at(Field::Id); v && !v->empty()) out.externalId = *v;
    if (auto* v = at(Field::Customer); v && !v->empty()) out.customer = *v;
    if (auto* v = at(Field::Language); v && !v->empty()) out.language = lower(*v);
    if (auto* v = at(Field::Consent)) setConsent(*v, out);
    out.attributes = "{";
    for (std::size_t i = 0; i < f.size() && i < header_.size(); ++i) {
        if (mappedColumn_[i] || f[i].empty()) continue;
        if (out.attributes.size() > 1) out.attributes += ',';
        appendJsonString(out.attributes, header_[i]);
        out.attributes += ':';
        appendJsonString(out.attributes, f[i]);
    }
    out.attributes += '}';
    std::string* text = at(Field::Text);
    return finish(text ? std::move(*text) : std::string(), out);
}

std::string RowBuilder::buildJson(SourceRecord& rec, NewVerbatim& out) {
    Utf8Repair r = clean(rec.payload);
    if (r.invalidSequences)
        addProblem("text", "invalid UTF-8 bytes replaced by U+FFFD", std::to_string(r.invalidSequences));
    if (r.nulBytes) addProblem("text", "NUL bytes removed", std::to_string(r.nulBytes));
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(rec.payload);
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        auto p = what.find("parse error");
        return "broken JSON: " + (p == std::string::npos ? what : what.substr(p));
    }
    if (!obj.is_object()) return std::string("expected a JSON object, found ") + obj.type_name();
    auto get = [&](Field field) -> std::optional<std::string> {
        const std::string* key = mapping_.column(field);
        if (!key) return std::nullopt;
        const nlohmann::json* v = lookup(obj, *key);
        if (!v) return std::nullopt;
        return scalarText(*v);
    };
    if (auto v = get(Field::Date)) setDate(*v, out);
    if (auto v = get(Field::Rating)) setRating(*v, out);
    setChannel(get(Field::Channel).value_or(""), out);
    if (auto v = get(Field::Id); v && !v->empty()) out.externalId = *v;
    if (auto v = get(Field::Customer); v && !v->empty()) out.customer = *v;
    if (auto v = get(Field::Language); v && !v->empty()) out.language = lower(*v);
    if (auto v = get(Field::Consent)) setConsent(*v, out);
    nlohmann::json attrs = nlohmann::json::object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool mapped = false;
        for (const auto& [field, key] : mapping_.columns) mapped |= key == it.key();
        if (!mapped && !it.value().is_null()) attrs[it.key()] = it.value();
    }
    out.attributes = attrs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // A transcript given as turns: [{"speaker": "agent", "text": "..."}]
    std::string text = get(Field::Text).value_or("");
    if (text.empty()) {
        if (auto t = obj.find("turns"); t != obj.end() && t->is_array()) {
            for (const auto& turn : *t) {
                if (!turn.is_object()) continue;
                std::string speaker = scalarText(turn.value("speaker", nlohmann::json("other")));
                if (!text.empty()) text += '\n';
                if (!speaker.empty())
                    speaker[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(speaker[0])));
                text += speaker + ": " + scalarText(turn.value("text", nlohmann::json("")));
            }
        }
    }
    return finish(std::move(text), out);
}

std::string RowBuilder::finish(std::string text, NewVerbatim& out) {
    Utf8Repair r = clean(text);
    if (r.invalidSequences || r.nulBytes) {
        // Plain-text records arrive here unrepaired; fields and JSON were cleaned already.
        if (r.invalidSequences)
            addProblem("text", "invalid UTF-8 bytes replaced by U+FFFD", std::to_string(r.invalidSequences));
        if (r.nulBytes) addProblem("text", "NUL bytes removed", std::to_string(r.nulBytes));
    }
    trim(text);
    if (text.empty()) return "empty text: nothing to analyse in this record";
    out.text = toNfc(text);
    if (out.text.find('\n') != std::string::npos) out.turns = splitSpeakerTurns(out.text);
    if (out.attributes.empty()) out.attributes = "{}";
    if (!problems_.empty()) out.problems = problems_ + "]";
    return {};
}

}  // namespace tw::core
