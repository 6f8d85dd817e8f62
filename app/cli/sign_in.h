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

// The access context, or nothing after printing why (no --as on a governed store, a wrong password).
std::optional<core::AccessContext> signIn(core::Store& store, const std::string& asUser);

// Signs in and returns the verbatims that user's role may only count (left out of what a
// command prints); nothing after printing why.
std::optional<std::unordered_set<std::int64_t>> hiddenFor(core::Store& store, const std::string& asUser,
                                                          core::AccessContext* who = nullptr);

}  // namespace tw::cli
