#pragma once
// The store commands of tidewatch-cli. Each returns the process exit status and writes errors to
// standard error as "tidewatch-cli: LOCATION: MESSAGE".

#include "ingest/importer.h"
#include "store/store.h"
#include "store/verbatim.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace tw::cli {

int runInit(const std::string& store, bool json);
int runImport(const std::string& store, const std::string& file, const core::ImportOptions& options, bool json,
              const std::string& as);
int runStats(const std::string& store, bool json, const std::string& as);
int runQuarantine(const std::string& store, std::optional<long long> run, int limit, bool json, const std::string& as);
int runDemo(const std::string& dir, unsigned long long seed, double volume, bool json);

void printError(const core::Error& e);
// Opens a store or prints why not.
std::optional<core::Store> openStore(const std::string& path,
                                     core::Store::Access access = core::Store::Access::ReadWrite);
// The fields of a verbatim every JSON listing shows.
nlohmann::ordered_json verbatimJson(const core::Verbatim& v);

}  // namespace tw::cli
