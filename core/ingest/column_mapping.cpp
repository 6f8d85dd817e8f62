#include "ingest/column_mapping.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace tw::core {

namespace {

std::string squash(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    }
    return out;
}

// Candidate names per field, most specific first.
const std::map<Field, std::vector<std::string>>& candidates() {
    static const std::map<Field, std::vector<std::string>> c{
        {Field::Text, {"text", "verbatim", "comment", "comments", "review", "reviewtext", "reviewbody", "body",
                       "content", "message", "feedback", "consumercomplaintnarrative", "narrative", "complaint",
                       "tweet", "tweettext", "transcript", "description", "response", "answer", "opentext",
                       "freetext", "kommentar", "texte", "texto", "commentaire", "comentario", "sentence"}},
        {Field::Date, {"createdat", "date", "datetime", "timestamp", "time", "created", "tweetcreated",
                       "datereceived", "submittedat", "submitted", "posted", "postedat", "reviewdate",
                       "responsedate", "datum", "fecha"}},
        {Field::Channel, {"channel", "source", "submittedvia", "medium", "platform", "kanal", "canal"}},
        {Field::Rating, {"rating", "stars", "star", "score", "nps", "csat", "reviewrating", "overall", "bewertung", "note"}},
        {Field::Id, {"id", "externalid", "tweetid", "complaintid", "reviewid", "responseid", "ticketid",
                     "messageid", "recordid", "uuid"}},
        {Field::Customer, {"customer", "customerid", "author", "authorid", "user", "userid", "username",
                           "screenname", "reviewer", "reviewerid", "client", "kunde"}},
        {Field::Language, {"language", "lang", "locale", "sprache", "langue", "idioma"}},
        {Field::Consent, {"consent", "consentbasis", "legalbasis"}},
    };
    return c;
}

}  // namespace

const std::vector<Field>& allFields() {
    static const std::vector<Field> f{Field::Text,     Field::Date,     Field::Channel, Field::Rating,
                                      Field::Id,       Field::Customer, Field::Language, Field::Consent};
    return f;
}

const char* fieldName(Field f) {
    switch (f) {
        case Field::Text: return "text";
        case Field::Date: return "date";
        case Field::Channel: return "channel";
        case Field::Rating: return "rating";
        case Field::Id: return "id";
        case Field::Customer: return "customer";
        case Field::Language: return "language";
        case Field::Consent: return "consent";
    }
    return "?";
}

std::optional<Field> fieldFromName(std::string_view name) {
    for (Field f : allFields()) {
        if (name == fieldName(f)) return f;
    }
    if (name == "created_at" || name == "time") return Field::Date;
    if (name == "lang") return Field::Language;
    return std::nullopt;
}

std::string ColumnMapping::toJson() const {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [f, col] : columns) j[fieldName(f)] = col;
    if (constantChannel) j["channel_constant"] = *constantChannel;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

ColumnMapping guessMapping(const std::vector<std::string>& names) {
    ColumnMapping m;
    std::vector<std::string> squashed;
    for (const auto& n : names) squashed.push_back(squash(n));
    std::vector<bool> taken(names.size(), false);
    for (Field f : allFields()) {
        const auto& cands = candidates().at(f);
        bool found = false;
        for (const auto& cand : cands) {
            for (std::size_t i = 0; i < names.size() && !found; ++i) {
                if (!taken[i] && squashed[i] == cand) {
                    m.columns[f] = names[i];
                    taken[i] = true;
                    found = true;
                }
            }
            if (found) break;
        }
    }
    // No exact name for the text: take a column whose name contains a text word.
    if (!m.column(Field::Text)) {
        for (const char* part : {"text", "comment", "review", "narrative", "feedback", "message"}) {
            for (std::size_t i = 0; i < names.size(); ++i) {
                if (!taken[i] && squashed[i].find(part) != std::string::npos) {
                    m.columns[Field::Text] = names[i];
                    taken[i] = true;
                    return m;
                }
            }
        }
    }
    return m;
}

Result<ColumnMapping> applyMapSpec(ColumnMapping m, std::string_view spec, const std::vector<std::string>& names,
                                   bool checkNames) {
    std::size_t start = 0;
    while (start <= spec.size()) {
        std::size_t end = spec.find(',', start);
        if (end == std::string_view::npos) end = spec.size();
        std::string_view item = spec.substr(start, end - start);
        start = end + 1;
        if (item.find_first_not_of(' ') == std::string_view::npos) {
            if (end == spec.size()) break;
            continue;
        }
        auto eq = item.find('=');
        if (eq == std::string_view::npos) {
            return makeError("'" + std::string(item) + "' should be FIELD=COLUMN (fields: text, date, channel, rating, id, customer, language, consent)", "--map");
        }
        auto field = fieldFromName(item.substr(0, eq));
        if (!field) {
            return makeError("unknown field '" + std::string(item.substr(0, eq)) +
                                 "' (fields: text, date, channel, rating, id, customer, language, consent)",
                             "--map");
        }
        std::string col(item.substr(eq + 1));
        if (col.empty()) {
            m.columns.erase(*field);
        } else {
            if (checkNames && std::find(names.begin(), names.end(), col) == names.end()) {
                std::string list;
                for (const auto& n : names) {
                    if (!list.empty()) list += ", ";
                    list += n;
                }
                return makeError("the file has no column '" + col + "' (columns: " + list + ")", "--map");
            }
            for (auto it = m.columns.begin(); it != m.columns.end();) {
                it = (it->second == col && it->first != *field) ? m.columns.erase(it) : std::next(it);
            }
            m.columns[*field] = col;
        }
        if (end == spec.size()) break;
    }
    return m;
}

}  // namespace tw::core
