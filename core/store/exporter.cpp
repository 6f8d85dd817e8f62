#include "store/exporter.h"

#include "risk/redaction.h"
#include "store/sealed_text.h"
#include "store/verbatim_reader.h"

namespace tw::core {

Result<std::int64_t> exportVerbatims(Store& store, VerbatimWriter& writer,
                                     const std::unordered_set<std::int64_t>* hidden, ExportReading reading) {
    std::int64_t n = 0;
    VerbatimReader reader(store);
    const PiiDetector& pii = PiiDetector::builtin();
    std::optional<Error> failed;
    auto st = reader.forEach([&](const Verbatim& stored) {
        if (hidden && hidden->count(stored.id)) return true;
        Verbatim v = stored;
        if (v.sealed) {
            auto opened = openSealed(store, {v.id}, reading.keys, reading.fullText);
            if (!opened) {
                failed = opened.error();
                return false;
            }
            v.text.clear();
            if (auto it = opened->find(v.id); it != opened->end()) {
                if (it->second.full)
                    v.text = std::move(*it->second.full);
                else if (it->second.redacted)
                    v.text = std::move(it->second.redacted->text);
            }
        } else if (!reading.fullText) {
            v.text = redact(v.text, pii.find(v.text, v.language.value_or(std::string())), RedactionMode::Tag).text;
        }
        if (auto written = writer.write(v); !written) {
            failed = written.error();
            return false;
        }
        ++n;
        return true;
    });
    if (!st) return st.error();
    if (failed) return *failed;
    if (auto done = writer.finish(); !done) return done.error();
    return n;
}

Result<std::int64_t> exportVerbatims(Store& store, ExportFormat format, std::ostream& out,
                                     const std::unordered_set<std::int64_t>* hidden, ExportReading reading) {
    auto writer = VerbatimWriter::toStream(format, out);
    if (!writer) return writer.error();
    return exportVerbatims(store, **writer, hidden, reading);
}

}  // namespace tw::core
