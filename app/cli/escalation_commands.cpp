#include "escalation_commands.h"

#include "sign_in.h"
#include "store/role_reader.h"

#include "store_commands.h"

#include "risk/redaction.h"
#include "store/escalation_repository.h"
#include "store/redacted_view.h"
#include "store/risk_repository.h"
#include "store/verbatim_reader.h"
#include "text/utf8.h"
#include "util/civil_time.h"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <iostream>

namespace tw::cli {

namespace {

using nlohmann::ordered_json;

ordered_json escalationJson(const core::Escalation& e, std::int64_t now) {
    ordered_json evidence = ordered_json::array();
    for (const auto& s : e.evidence) evidence.push_back({s.startCp, s.endCp});
    return {{"id", e.id},
            {"verbatim", e.verbatimId},
            {"type", e.type},
            {"severity", core::severityName(e.severity)},
            {"state", core::escalationStateName(e.state)},
            {"resolution", e.resolution ? ordered_json(core::resolutionName(*e.resolution)) : ordered_json(nullptr)},
            {"assignee", e.assignee ? ordered_json(*e.assignee) : ordered_json(nullptr)},
            {"opened", core::formatIsoUtc(e.openedAt)},
            {"due", core::formatIsoUtc(e.dueAt)},
            {"overdue", e.overdue(now)},
            {"closed", e.closedAt ? ordered_json(core::formatIsoUtc(*e.closedAt)) : ordered_json(nullptr)},
            {"evidence", evidence},
            {"why", e.why},
            {"merged_flags", e.merged},
            {"consent", core::consentName(e.consent)},
            {"contact_customer", {{"allowed", e.contact().allowed}, {"why", e.contact().why}}}};
}

ordered_json figuresJson(const core::EscalationTypeFigures& f) {
    const auto median =
        f.medianHoursToAction ? ordered_json(std::round(*f.medianHoursToAction * 10.0) / 10.0) : ordered_json(nullptr);
    return {{"type", f.type},
            {"open", f.open},
            {"overdue", f.overdue},
            {"open_by_age",
             {{"under_1d", f.openByAge[0]},
              {"1_to_7d", f.openByAge[1]},
              {"7_to_30d", f.openByAge[2]},
              {"over_30d", f.openByAge[3]}}},
            {"actioned", f.actioned},
            {"closed_no_action", f.closedNoAction},
            {"median_hours_to_action", median}};
}

std::string day(std::int64_t t) { return core::formatIsoUtc(t).substr(0, 10); }

}  // namespace

int runEscalations(const EscalationsArgs& args) {
    auto store = openStore(args.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    auto who = signIn(*store, args.as);
    if (!who) return 1;
    auto reader = core::RoleReader::open(*store, *who);
    if (!reader) {
        printError(reader.error());
        return 1;
    }
    core::EscalationFilter filter;
    for (const auto& s : args.states) {
        auto state = core::escalationStateFromName(s);
        if (!state) {
            printError(core::makeError("'" + s +
                                           "' is not a state: use new, triaged, assigned, in_review, actioned or "
                                           "closed_no_action",
                                       "--state"));
            return 2;
        }
        filter.states.push_back(*state);
    }
    filter.types = args.types;
    if (!args.assignee.empty()) filter.assignee = args.assignee;
    filter.overdueOnly = args.overdue;
    filter.limit = args.limit;
    const std::int64_t now = nowSeconds();
    core::EscalationRepository repo(*store);
    auto list = reader->escalations(filter, now);
    auto figures = repo.figures(now);
    if (!list || !figures) {
        printError(!list ? list.error() : figures.error());
        return 1;
    }
    if (args.json) {
        ordered_json items = ordered_json::array();
        for (const auto& e : *list) items.push_back(escalationJson(e, now));
        ordered_json byType = ordered_json::array();
        for (const auto& f : figures->types) byType.push_back(figuresJson(f));
        std::cout << ordered_json{{"escalations", items},
                                  {"figures", {{"total", figuresJson(figures->total)}, {"by_type", byType}}}}
                         .dump()
                  << '\n';
        return 0;
    }
    std::cout << std::left << std::setw(6) << "ID" << std::setw(22) << "TYPE" << std::setw(10) << "SEVERITY"
              << std::setw(18) << "STATE" << std::setw(14) << "ASSIGNEE" << std::setw(12) << "DUE"
              << "VERBATIM\n";
    for (const auto& e : *list) {
        std::cout << std::setw(6) << e.id << std::setw(22) << e.type << std::setw(10) << core::severityName(e.severity)
                  << std::setw(18) << core::escalationStateName(e.state) << std::setw(14) << e.assignee.value_or("-")
                  << std::setw(12) << day(e.dueAt) << e.verbatimId << (e.overdue(now) ? "  OVERDUE" : "") << '\n';
    }
    const auto& t = figures->total;
    std::cout << "\n"
              << list->size() << " listed. In the store: " << t.open << " open (" << t.overdue << " overdue), "
              << t.actioned << " actioned, " << t.closedNoAction << " closed without action";
    if (t.medianHoursToAction)
        std::cout << "; median time to action " << std::fixed << std::setprecision(1) << *t.medianHoursToAction << " h";
    std::cout << "\n";
    return 0;
}

int runEscalation(const EscalationArgs& args) {
    const bool moving = !args.move.empty() || !args.assign.empty();
    auto store = openStore(args.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    core::EscalationRepository repo(*store);
    const std::int64_t now = nowSeconds();
    auto who = signIn(*store, args.actor);
    if (!who) return 1;
    if (moving && who->user.empty()) {
        printError(core::makeError("say who acts with --as NAME (no $USER is set)", "--as"));
        return 2;
    }
    auto reader = core::RoleReader::open(*store, *who);
    if (!reader) {
        printError(reader.error());
        return 1;
    }
    if (auto visible = reader->escalation(args.id); !visible) {
        printError(visible.error());
        return 1;
    }
    if (!args.move.empty()) {
        auto to = core::escalationStateFromName(args.move);
        if (!to) {
            printError(core::makeError("'" + args.move +
                                           "' is not a state: use triaged, assigned, in_review, actioned or "
                                           "closed_no_action",
                                       "--move"));
            return 2;
        }
        core::Move m{*to, std::nullopt, args.note, std::nullopt};
        if (!args.resolution.empty()) {
            m.resolution = core::resolutionFromName(args.resolution);
            if (!m.resolution) {
                printError(core::makeError("use reported, contacted or fixed", "--resolution"));
                return 2;
            }
        }
        if (*to == core::EscalationState::Assigned) m.assignee = args.assign;
        if (auto r = reader->moveEscalation(args.id, m, now); !r) {
            printError(r.error());
            return 1;
        }
    }
    if (!args.assign.empty() && args.move != "assigned") {
        if (auto r = reader->moveEscalation(
                args.id, {core::EscalationState::Assigned, std::nullopt, args.note, args.assign}, now);
            !r) {
            printError(r.error());
            return 1;
        }
    }
    auto e = repo.byId(args.id);
    auto history = repo.history(args.id);
    if (!e || !history) {
        printError(!e ? e.error() : history.error());
        return 1;
    }
    if (!*e) {
        printError(core::makeError("there is no escalation " + std::to_string(args.id), args.store));
        return 1;
    }
    // The verbatim as the role reads it, the evidence quoted from it: a legal reviewer reads the
    // full text when a reason is given (audited); everyone else reads it redacted.
    std::optional<std::string> text;
    std::vector<core::MatchSpan> spans;
    if (who->policy.flagged == core::TextAccess::Full && !args.reason.empty()) {
        auto opened = reader->open((*e)->verbatimId, args.reason, now);
        if (!opened) {
            printError(opened.error());
            return 1;
        }
        if (*opened) text = (*opened)->text;
        spans = (*e)->evidence;
    } else {
        auto shown = reader->show((*e)->verbatimId, (*e)->evidence);
        if (!shown) {
            printError(shown.error());
            return 1;
        }
        if (*shown) {
            text = (*shown)->verbatim.text;
            spans = (*shown)->spans;
        }
    }
    ordered_json evidence = ordered_json::array();
    if (text) {
        for (const auto& s : spans) {
            const std::size_t b = core::byteOffsetOfCodePoint(*text, s.startCp),
                              f = core::byteOffsetOfCodePoint(*text, s.endCp);
            evidence.push_back(text->substr(b, f - b));
        }
    }
    if (args.json) {
        ordered_json j = escalationJson(**e, now);
        j["text"] = text ? ordered_json(*text) : ordered_json(nullptr);
        j["evidence_text"] = evidence;
        ordered_json h = ordered_json::array();
        for (const auto& ev : *history) {
            h.push_back({{"at", core::formatIsoUtc(ev.at)},
                         {"actor", ev.actor},
                         {"from", ev.from ? ordered_json(core::escalationStateName(*ev.from)) : ordered_json(nullptr)},
                         {"to", core::escalationStateName(ev.to)},
                         {"assignee", ev.assignee ? ordered_json(*ev.assignee) : ordered_json(nullptr)},
                         {"note", ev.note}});
        }
        j["history"] = h;
        std::cout << j.dump() << '\n';
        return 0;
    }
    const core::Escalation& x = **e;
    std::cout << "Escalation " << x.id << ": " << x.type << " (" << core::severityName(x.severity) << "), "
              << core::escalationStateName(x.state)
              << (x.resolution ? std::string(" (") + core::resolutionName(*x.resolution) + ")" : "")
              << (x.assignee ? ", assigned to " + *x.assignee : "") << "\n"
              << "Opened " << day(x.openedAt) << ", due " << day(x.dueAt) << (x.overdue(now) ? " (OVERDUE)" : "")
              << "\nWhy: " << x.why << "\nConsent: " << core::consentName(x.consent) << " — contacting the customer is "
              << (x.contact().allowed ? "allowed: " : "not allowed: ") << x.contact().why << "\nVerbatim "
              << x.verbatimId << ": " << text.value_or("(no longer stored)") << "\nEvidence: " << evidence.dump()
              << "\nHistory:\n";
    for (const auto& ev : *history) {
        std::cout << "  " << core::formatIsoUtc(ev.at) << "  " << ev.actor << "  "
                  << (ev.from ? core::escalationStateName(*ev.from) : "-") << " -> " << core::escalationStateName(ev.to)
                  << (ev.assignee ? " (" + *ev.assignee + ")" : "") << (ev.note.empty() ? "" : "  " + ev.note) << '\n';
    }
    return 0;
}

}  // namespace tw::cli
