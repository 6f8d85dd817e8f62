#pragma once
// Turns a SourceRecord into a NewVerbatim through a ColumnMapping: repairs invalid UTF-8 and
// NUL bytes (and says so in the row's problems), normalizes to NFC, reads the date and rating,
// keeps unmapped columns as attributes, splits speaker turns. A record that cannot become a
// verbatim (broken JSON, empty text) gets a quarantine reason instead.

#include "ingest/column_mapping.h"
#include "ingest/date_parser.h"
#include "ingest/source_record.h"
#include "store/verbatim.h"

#include <string>
#include <vector>

namespace tw::core {

class RowBuilder final {
public:
    RowBuilder(ColumnMapping mapping, std::vector<std::string> header, DateOrder order, std::string defaultChannel,
               std::string defaultConsent = "unknown");

    // Fills `out` and returns an empty string, or returns why the record goes to quarantine.
    std::string build(SourceRecord& rec, NewVerbatim& out);

private:
    std::string buildFields(SourceRecord& rec, NewVerbatim& out);
    std::string buildJson(SourceRecord& rec, NewVerbatim& out);
    std::string finish(std::string text, NewVerbatim& out);
    void setDate(const std::string& raw, NewVerbatim& out);
    void setRating(const std::string& raw, NewVerbatim& out);
    void setChannel(const std::string& raw, NewVerbatim& out);
    void setConsent(const std::string& raw, NewVerbatim& out);
    void addProblem(const std::string& field, const std::string& problem, const std::string& value);

    ColumnMapping mapping_;
    std::vector<std::string> header_;
    std::vector<int> index_;  // per Field (as int), the column index or -1
    std::vector<bool> mappedColumn_;
    DateOrder order_;
    std::string defaultChannel_;
    std::string defaultConsent_;
    std::string problems_;  // JSON array being built for the current record
};

}  // namespace tw::core
