#include "export_command.h"

#include "filter_options.h"
#include "sign_in.h"
#include "store_commands.h"

#include "store/audit_repository.h"
#include "store/exporter.h"
#include "store/filter_description.h"
#include "store/role_reader.h"
#include "store/view_export.h"

#include <cstdio>
#include <iostream>

namespace tw::cli {

namespace {

std::optional<core::ExportFormat> formatOf(const ExportArgs& a) {
    if (!a.format.empty()) {
        auto f = core::exportFormatFromName(a.format);
        if (!f)
            printError(
                core::makeError("unknown export format '" + a.format + "' (use jsonl, csv or xlsx)", "--format"));
        return f;
    }
    if (!a.out.empty()) {
        if (auto f = core::exportFormatFromPath(a.out)) return f;
    }
    return core::ExportFormat::JsonLines;
}

// A legal reviewer's export of everything in full text, with the reason in the audit trail.
int exportInFull(core::Store& store, const core::AccessContext& who, const std::unordered_set<std::int64_t>& hidden,
                 core::VerbatimWriter& writer, const ExportArgs& a, core::ExportFormat format) {
    if (who.policy.flagged != core::TextAccess::Full || who.policy.unflagged != core::TextAccess::Full) {
        printError(core::makeError(who.user + " (" + core::roleName(who.role) +
                                       ") exports redacted text only: full text is a legal reviewer's",
                                   "--reason"));
        return 1;
    }
    auto n = core::exportVerbatims(store, writer, &hidden, core::ExportReading{true, who.keys.get()});
    if (!n) {
        printError(n.error());
        return 1;
    }
    // Every export is in the audit trail: who, how many, where to, and why.
    const std::string where = a.out.empty() ? std::string("standard output") : a.out;
    if (auto st =
            core::AuditRepository(store).append(who.user, "export", "verbatims",
                                                std::to_string(*n) + " verbatims as " + core::exportFormatName(format) +
                                                    " to " + where + ", in full text: " + a.reason,
                                                nowSeconds());
        !st) {
        if (!a.out.empty()) std::remove(a.out.c_str());  // an export the trail cannot record is not kept
        printError(st.error());
        return 1;
    }
    if (!a.out.empty()) std::cerr << "exported " << *n << " verbatims in full text to " << a.out << "\n";
    return 0;
}

}  // namespace

int runExport(const ExportArgs& a) {
    const auto format = formatOf(a);
    if (!format) return 2;
    const auto filter = browseFilterOf(a.where);
    if (!filter) return 2;
    const bool filtered = !(*filter == core::BrowseFilter{});
    if (!a.reason.empty() && filtered) {
        printError(
            core::makeError("a full-text export (--reason) is of the whole store; filters apply to the "
                            "export of what the browser shows",
                            "--reason"));
        return 2;
    }
    auto store = openStore(a.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    auto who = signIn(*store, a.as);
    if (!who) return 1;
    who->purpose = a.purpose;
    if (!who->policy.exports) {
        printError(core::makeError(who->user + " (" + core::roleName(who->role) + ") may not export", a.store));
        return 1;
    }
    auto reader = core::RoleReader::open(*store, *who);
    if (!reader) {
        printError(reader.error());
        return 1;
    }
    auto writer = a.out.empty() ? core::VerbatimWriter::toStream(*format, std::cout)
                                : core::VerbatimWriter::toFile(*format, a.out);
    if (!writer) {
        printError(writer.error());
        return a.out.empty() ? 2 : 1;
    }
    if (!a.reason.empty()) {
        auto hidden = reader->hiddenIds();
        if (!hidden) {
            printError(hidden.error());
            return 1;
        }
        return exportInFull(*store, *who, *hidden, **writer, a, *format);
    }
    auto done = core::exportView(*reader, *filter, **writer, a.out.empty() ? std::string("standard output") : a.out);
    if (!done) {
        printError(done.error());
        return 1;
    }
    if (!a.out.empty()) {
        std::cerr << "exported " << done->written << " verbatims (" << core::describeFilter(*filter) << ") to "
                  << a.out;
        if (done->countedOnly > 0) std::cerr << "; " << done->countedOnly << " restricted ones left out";
        std::cerr << "\n";
    }
    return 0;
}

}  // namespace tw::cli
