#pragma once
// The store's schema as an ordered list of migrations. PRAGMA user_version holds the number of
// migrations applied; PRAGMA application_id marks a file as a Tidewatch store.

#include <cstdint>
#include <string_view>
#include <vector>

namespace tw::core {

class Database;

inline constexpr std::int32_t kStoreApplicationId = 0x54445754;  // "TDWT"

// Migration i (0-based) takes a store from version i to version i + 1.
const std::vector<std::string_view>& schemaMigrations();
int currentSchemaVersion();

// Applies migrations from the store's version up to `target` (default: current) in one
// transaction each. Throws SqlError; Store::open turns failures into Error values.
void migrate(Database& db, int target = -1);

// Secondary indexes of the verbatim table (browse order, channel, import run). A bulk import
// drops them and builds them again at its end (sorting once is far cheaper than a million random
// inserts); opening a store read-write recreates any that a killed import left missing.
void dropSecondaryIndexes(Database& db);
void ensureSecondaryIndexes(Database& db);
bool hasSecondaryIndexes(Database& db);

}  // namespace tw::core
