#pragma once
// Which source column (CSV header) or key (JSON, dotted paths allowed) feeds which verbatim
// field. Guessed from names, overridable with a "--map field=column,..." spec; every column
// not mapped is kept in the verbatim's attributes.

#include "util/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class Field { Text, Date, Channel, Rating, Id, Customer, Language, Consent };

const char* fieldName(Field f);
std::optional<Field> fieldFromName(std::string_view name);
const std::vector<Field>& allFields();

struct ColumnMapping {
    std::map<Field, std::string> columns;          // field -> source column / key
    std::optional<std::string> constantChannel;    // --channel: overrides any channel column

    [[nodiscard]] const std::string* column(Field f) const {
        auto it = columns.find(f);
        return it == columns.end() ? nullptr : &it->second;
    }
    [[nodiscard]] std::string toJson() const;
};

// Best guess from column names (case, spaces and punctuation ignored): text/comment/review/body...,
// date/created_at/timestamp..., channel/source..., rating/stars..., id..., customer/author...
ColumnMapping guessMapping(const std::vector<std::string>& names);

// Applies "text=review,date=created_at,channel=" (an empty value unmaps). When `names` is not
// empty, each column must be one of them (JSON keys may be dotted paths and are not checked).
Result<ColumnMapping> applyMapSpec(ColumnMapping base, std::string_view spec, const std::vector<std::string>& names,
                                   bool checkNames);

}  // namespace tw::core
