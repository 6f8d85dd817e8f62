#pragma once
// A signed-in role's export of what its verbatim browser shows for a filter: the same verbatims
// (those the role may only count left out), the same text (personal data as type tags wherever
// the role reads redacted), newest first, with their analysis and categories
// (export/verbatim_writer.h for the columns and formats). Refused to a role whose policy does not
// export; every export is in the audit trail with who, how many, the filter and where to.
// A legal reviewer's export in full text of everything, with a stated reason, is store/exporter.h.

#include "export/verbatim_writer.h"
#include "jobs/progress.h"
#include "store/role_reader.h"

#include <cstdint>
#include <functional>
#include <string>

namespace tw::core {

struct ViewExport {
    std::int64_t written = 0;
    std::int64_t countedOnly = 0;  // matching verbatims the role may only count, not exported
};

// `progress` is called with (written, total) after each page. `destination` names where the
// export goes, for the audit trail. On cancellation nothing is committed or audited.
Result<ViewExport> exportView(RoleReader& reader, const BrowseFilter& filter, VerbatimWriter& writer,
                              const std::string& destination, const CancelToken* cancel = nullptr,
                              const std::function<void(std::int64_t, std::int64_t)>& progress = {});

}  // namespace tw::core
