#include "store/exporter.h"

#include "risk/redaction.h"
#include "store/sealed_text.h"
#include "store/verbatim_reader.h"
#include "util/civil_time.h"
#include "util/json_text.h"

#include <charconv>

namespace tw::core {

namespace {

void csvField(std::string& out, std::string_view v) {
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += v;
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string number(double d) {
    char buf[32];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return ec == std::errc() ? std::string(buf, p) : std::string();
}

}  // namespace

Result<std::int64_t> exportVerbatims(Store& store, ExportFormat format, std::ostream& out,
                                     const std::unordered_set<std::int64_t>* hidden, ExportReading reading) {
    std::int64_t n = 0;
    std::string line;
    if (format == ExportFormat::Csv) {
        out << "id,external_id,channel,created_at,customer,language,rating,consent,text,attributes\r\n";
    }
    VerbatimReader reader(store);
    const PiiDetector& pii = PiiDetector::builtin();
    std::optional<Error> failed;
    auto st = reader.forEach([&](const Verbatim& v) {
        if (hidden && hidden->count(v.id)) return true;
        line.clear();
        std::string text;
        if (v.sealed) {
            auto opened = openSealed(store, {v.id}, reading.keys, reading.fullText);
            if (!opened) {
                failed = opened.error();
                return false;
            }
            if (auto it = opened->find(v.id); it != opened->end()) {
                if (it->second.full)
                    text = std::move(*it->second.full);
                else if (it->second.redacted)
                    text = std::move(it->second.redacted->text);
            }
        } else if (reading.fullText) {
            text = v.text;
        } else {
            text = redact(v.text, pii.find(v.text, v.language.value_or(std::string())), RedactionMode::Tag).text;
        }
        std::string created = v.createdAt ? formatIsoUtc(*v.createdAt) : std::string();
        std::string rating = v.rating ? number(*v.rating) : std::string();
        if (format == ExportFormat::JsonLines) {
            line += "{\"id\":" + std::to_string(v.id);
            auto optional = [&](const char* key, const std::optional<std::string>& value) {
                line += ",\"";
                line += key;
                line += "\":";
                if (value)
                    appendJsonString(line, *value);
                else
                    line += "null";
            };
            optional("external_id", v.externalId);
            line += ",\"channel\":";
            appendJsonString(line, v.channel);
            optional("created_at", v.createdAt ? std::optional<std::string>(created) : std::nullopt);
            optional("customer", v.customer);
            optional("language", v.language);
            line += ",\"rating\":" + (rating.empty() ? std::string("null") : rating);
            line += ",\"consent\":";
            appendJsonString(line, v.consent);
            line += ",\"text\":";
            appendJsonString(line, text);
            line += ",\"attributes\":" + v.attributes + "}\n";
        } else {
            line += std::to_string(v.id) + ',';
            csvField(line, v.externalId.value_or(""));
            line += ',';
            csvField(line, v.channel);
            line += ',' + created + ',';
            csvField(line, v.customer.value_or(""));
            line += ',';
            csvField(line, v.language.value_or(""));
            line += ',' + rating + ',';
            csvField(line, v.consent);
            line += ',';
            csvField(line, text);
            line += ',';
            csvField(line, v.attributes);
            line += "\r\n";
        }
        out << line;
        ++n;
        return static_cast<bool>(out);
    });
    if (!st) return st.error();
    if (failed) return *failed;
    if (!out) return makeError("could not write the export (disk full or output closed)");
    return n;
}

}  // namespace tw::core
