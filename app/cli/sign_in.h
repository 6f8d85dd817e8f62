#pragma once
// Who runs a store command. A store with users is governed: `--as USER` signs in, with the
// password from TIDEWATCH_PASSWORD (for scripts) or typed at a prompt, and the command works in
// that user's role. A store without users is not governed yet: the command works as a manager
// named by --as or $USER, as before the first user was added.

#include "governance/access_context.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>

namespace tw::cli {

// The password from `variable`, else typed without echo at a terminal; nothing when neither.
std::optional<std::string> readPassword(const char* variable, const std::string& prompt);

// Unix seconds now, for audit entries and due dates.
std::int64_t nowSeconds();

// The access context, or nothing after printing why (no --as on a governed store, a wrong password).
std::optional<core::AccessContext> signIn(core::Store& store, const std::string& asUser);

// Who acts on a store: on a store with users, the signed-in context (false after printing why);
// on one without, no context and the name from --as or $USER, for the audit trail.
struct Actor {
    std::optional<core::AccessContext> context;
    std::string name;
    [[nodiscard]] const core::AccessContext* governed() const { return context ? &*context : nullptr; }
};
std::optional<Actor> whoActs(core::Store& store, const std::string& asUser);

// Signs in and returns the verbatims that user's role may only count (left out of what a
// command prints); nothing after printing why.
std::optional<std::unordered_set<std::int64_t>> hiddenFor(core::Store& store, const std::string& asUser,
                                                          core::AccessContext* who = nullptr);

}  // namespace tw::cli
