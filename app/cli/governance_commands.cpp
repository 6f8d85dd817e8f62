#include "governance_commands.h"

#include "sign_in.h"
#include "store/audit_repository.h"
#include "store/erasure.h"
#include "store/user_repository.h"
#include "store_commands.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

namespace tw::cli {

namespace {

int fail(const core::Error& e, int status = 1) {
    printError(e);
    return status;
}

std::optional<std::string> newPassword(const std::string& name) {
    auto p = readPassword("TIDEWATCH_NEW_PASSWORD", "new password for " + name + ": ");
    if (!p) printError(core::makeError("no new password: set TIDEWATCH_NEW_PASSWORD or run at a terminal"));
    return p;
}

}  // namespace

int runUser(const UserArgs& a) {
    auto store = openStore(a.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    core::UserRepository users(*store);
    auto none = users.empty();
    if (!none) return fail(none.error());
    std::optional<core::Role> role;
    if (!a.role.empty()) {
        role = core::roleFromName(a.role);
        if (!role) return fail(core::makeError("use analyst, manager, legal_reviewer or admin", "--role"), 2);
    }
    // The first user needs nobody's permission: it is the store's admin.
    if (*none && a.action == "add") {
        auto password = newPassword(a.name);
        if (!password) return 1;
        auto u = users.add(a.name, role.value_or(core::Role::Admin), *password, a.name, nowSeconds());
        if (!u) return fail(u.error());
        std::cout << "added " << u->name << " (" << core::roleName(u->role) << "), the store's admin\n";
        return 0;
    }
    if (*none) return fail(core::makeError("this store has no users yet: add its admin first (user add STORE NAME)"));
    auto who = signIn(*store, a.as);
    if (!who) return 1;
    const bool admin = who->policy.rules == core::RulesAccess::All;
    const bool self = a.action == "passwd" && a.name == who->user;
    if (!admin && !self)
        return fail(core::makeError(who->user + " (" + core::roleName(who->role) +
                                    ") may not manage users: sign in as an admin"));
    if (a.action == "list") {
        auto list = users.list();
        if (!list) return fail(list.error());
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& u : *list) {
            if (a.json) {
                out.push_back({{"name", u.name},
                               {"role", core::roleName(u.role)},
                               {"created", core::formatIsoUtc(u.createdAt)},
                               {"disabled", u.disabled}});
            } else {
                std::cout << u.name << '\t' << core::roleName(u.role) << (u.disabled ? "\tdisabled" : "") << '\n';
            }
        }
        if (a.json) std::cout << out.dump() << '\n';
        return 0;
    }
    if (a.name.empty()) return fail(core::makeError("name the user", a.action), 2);
    // With the acting user's keys, a new entitlement to restricted text is sealed at once.
    core::UserRepository acting(*store, who->keys.get());
    core::Status st = core::Ok{};
    if (a.action == "add") {
        if (!role) return fail(core::makeError("give the new user's role", "--role"), 2);
        auto password = newPassword(a.name);
        if (!password) return 1;
        auto u = acting.add(a.name, *role, *password, who->user, nowSeconds());
        st = u ? core::Status(core::Ok{}) : core::Status(u.error());
    } else if (a.action == "passwd") {
        auto password = newPassword(a.name);
        if (!password) return 1;
        st = acting.setPassword(a.name, *password, who->user, nowSeconds());
    } else if (a.action == "grant") {
        if (!role) return fail(core::makeError("give the role to grant", "--role"), 2);
        st = acting.setRole(a.name, *role, who->user, nowSeconds());
    } else if (a.action == "revoke") {
        st = acting.setDisabled(a.name, true, who->user, nowSeconds());
    } else {
        return fail(core::makeError("use add, passwd, grant, revoke or list", "user"), 2);
    }
    if (!st) return fail(st.error());
    std::cout << a.action << ' ' << a.name << ": done\n";
    return 0;
}

int runAudit(const AuditArgs& a) {
    const bool verify = a.action == "verify";
    auto store = openStore(a.store, verify ? core::Store::Access::ReadOnly : core::Store::Access::ReadWrite);
    if (!store) return 1;
    core::AuditRepository audit(*store);
    if (verify) {
        auto v = audit.verify();
        if (!v) return fail(v.error());
        if (a.json) {
            nlohmann::ordered_json j{{"entries", v->entries}, {"intact", !v->broken}, {"head", v->headHash}};
            if (v->broken) j["first_broken"] = {{"seq", v->broken->seq}, {"why", v->broken->why}};
            std::cout << j.dump() << '\n';
        } else if (v->broken) {
            std::cout << "audit trail broken at entry " << v->broken->seq << ": " << v->broken->why << '\n';
        } else {
            std::cout << "audit trail intact: " << v->entries << " entries, head " << v->headHash << '\n';
        }
        return v->broken ? 1 : 0;
    }
    if (a.action != "export") return fail(core::makeError("use verify or export", "audit"), 2);
    auto who = signIn(*store, a.as);
    if (!who) return 1;
    if (who->policy.audit == core::AuditAccess::None)
        return fail(core::makeError(who->user + " (" + core::roleName(who->role) + ") may not read the audit trail"));
    core::AuditFilter filter;
    if (!a.actor.empty()) filter.actor = a.actor;
    if (!a.kind.empty()) filter.action = a.kind;
    // A manager's "own team" is the escalation work: the queue's transitions.
    if (who->policy.audit == core::AuditAccess::OwnTeam) filter.action = "escalation_move";
    auto list = audit.list(filter);
    if (!list) return fail(list.error());
    if (auto st =
            audit.append(who->user, "audit_export", "audit", std::to_string(list->size()) + " entries", nowSeconds());
        !st)
        return fail(st.error());
    for (const auto& e : *list) {
        if (a.json) {
            std::cout << nlohmann::ordered_json{{"seq", e.seq},       {"at", core::formatIsoUtc(e.at)},
                                                {"actor", e.actor},   {"action", e.action},
                                                {"target", e.target}, {"detail", e.detail},
                                                {"hash", e.hash}}
                             .dump()
                      << '\n';
        } else {
            std::cout << e.seq << '\t' << core::formatIsoUtc(e.at) << '\t' << e.actor << '\t' << e.action << '\t'
                      << e.target << '\t' << e.detail << '\n';
        }
    }
    return 0;
}

namespace {

// Signs in and checks the user may change governance data (an admin's policy); else prints why.
std::optional<core::AccessContext> signInAdmin(core::Store& store, const std::string& as) {
    auto none = core::UserRepository(store).empty();
    if (!none || *none) {
        printError(!none ? none.error()
                         : core::makeError("only an admin may do this: add the store's admin first (user add STORE "
                                           "NAME) and sign in with --as"));
        return std::nullopt;
    }
    auto who = signIn(store, as);
    if (!who) return std::nullopt;
    if (who->policy.rules != core::RulesAccess::All) {
        printError(
            core::makeError(who->user + " (" + core::roleName(who->role) + ") may not do this: sign in as an admin"));
        return std::nullopt;
    }
    return who;
}

void printRemoval(const core::RemovalReport& r, const char* verb, bool json) {
    if (json) {
        std::cout << nlohmann::ordered_json{{"removed", r.removed}, {"held", r.held}}.dump() << '\n';
    } else {
        std::cout << r.removed << " verbatims " << verb << ", " << r.held << " held by an escalation\n";
    }
}

}  // namespace

int runErase(const ErasureArgs& a) {
    auto store = openStore(a.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    auto who = signInAdmin(*store, a.as);
    if (!who) return 1;
    auto r = core::eraseCustomer(*store, a.customer, who->user, nowSeconds());
    if (!r) return fail(r.error());
    printRemoval(*r, "erased", a.json);
    return 0;
}

int runRetention(const RetentionArgs& a) {
    auto store = openStore(a.store, core::Store::Access::ReadWrite);
    if (!store) return 1;
    if (a.action == "show") {
        auto rules = core::retentionRules(*store);
        if (!rules) return fail(rules.error());
        for (const auto& r : *rules) std::cout << r.channel << '=' << r.days << '\n';
        return 0;
    }
    auto who = signInAdmin(*store, a.as);
    if (!who) return 1;
    if (a.action == "set") {
        std::vector<core::RetentionRule> rules;
        for (const std::string& item : a.rules) {
            const auto eq = item.find('=');
            int days = 0;
            try {
                days = eq == std::string::npos ? 0 : std::stoi(item.substr(eq + 1));
            } catch (const std::exception&) {
                days = 0;
            }
            if (eq == std::string::npos || eq == 0 || days < 1)
                return fail(core::makeError("'" + item + "' should be CHANNEL=DAYS with at least one day", "retention"),
                            2);
            rules.push_back({item.substr(0, eq), days});
        }
        if (auto st = core::setRetentionRules(*store, rules, who->user, nowSeconds()); !st) return fail(st.error());
        std::cout << rules.size() << " retention rules kept\n";
        return 0;
    }
    if (a.action != "apply") return fail(core::makeError("use set, apply or show", "retention"), 2);
    auto r = core::applyRetention(*store, who->user, nowSeconds());
    if (!r) return fail(r.error());
    printRemoval(*r, "purged", a.json);
    return 0;
}

}  // namespace tw::cli
