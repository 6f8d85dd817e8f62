#include "store/view_export.h"

#include "store/audit_repository.h"
#include "store/filter_description.h"

#include <chrono>

namespace tw::core {

namespace {

constexpr int kPage = 500;

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

Result<ViewExport> exportView(RoleReader& reader, const BrowseFilter& filter, VerbatimWriter& writer,
                              const std::string& destination, const CancelToken* cancel,
                              const std::function<void(std::int64_t, std::int64_t)>& progress) {
    const AccessContext& who = reader.context();
    if (!who.policy.exports) return makeError(who.user + " (" + roleName(who.role) + ") may not export verbatims");
    auto index = reader.index(filter, kPage, cancel);
    if (!index) return index.error();
    ViewExport result;
    result.countedOnly = index->countedOnly;
    for (const RowKey& anchor : index->anchors) {
        if (cancel && cancel->cancelled()) return makeError("the export was cancelled; nothing was written");
        auto rows = reader.page(filter, anchor, kPage, cancel);
        if (!rows) return rows.error();
        for (const Verbatim& v : *rows) {
            if (auto st = writer.write(v); !st) return st.error();
            ++result.written;
        }
        if (progress) progress(result.written, index->total);
    }
    if (cancel && cancel->cancelled()) return makeError("the export was cancelled; nothing was written");
    // Audited before the file is put in place: an export the trail cannot record is never kept.
    std::string detail = std::to_string(result.written) + " verbatims as " + exportFormatName(writer.format()) + " (" +
                         describeFilter(filter) + ") to " + destination;
    if (result.countedOnly > 0) detail += "; " + std::to_string(result.countedOnly) + " restricted left out";
    if (auto st = AuditRepository(reader.store()).append(who.user, "export", "verbatims", detail, now()); !st)
        return st.error();
    if (auto st = writer.finish(); !st) return st.error();
    return result;
}

}  // namespace tw::core
