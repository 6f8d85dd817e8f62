#include "sign_in.h"

#include <pwd.h>
#include <unistd.h>

#include "store/role_reader.h"
#include "store/user_repository.h"
#include "store_commands.h"

#include <chrono>
#include <cstdlib>
#include <iostream>

#include <termios.h>
#include <unistd.h>

namespace tw::cli {

std::optional<std::string> readPassword(const char* variable, const std::string& prompt) {
    if (const char* env = std::getenv(variable)) return std::string(env);
    if (!::isatty(STDIN_FILENO)) return std::nullopt;
    std::cerr << prompt << std::flush;
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << '\n';
    return line;
}

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<core::AccessContext> signIn(core::Store& store, const std::string& asUser) {
    core::UserRepository users(store);
    auto none = users.empty();
    auto policies = users.policies();
    if (!none || !policies) {
        printError(!none ? none.error() : policies.error());
        return std::nullopt;
    }
    if (*none) {
        std::string name = asUser;
        if (name.empty() && std::getenv("USER")) name = std::getenv("USER");
        if (const passwd* account = name.empty() ? ::getpwuid(::getuid()) : nullptr) name = account->pw_name;
        return core::AccessContext::of(name, core::Role::Manager, *policies);
    }
    if (asUser.empty()) {
        printError(
            core::makeError("this store has users: sign in with --as USER (password from TIDEWATCH_PASSWORD "
                            "or a prompt)",
                            store.path()));
        return std::nullopt;
    }
    auto password = readPassword("TIDEWATCH_PASSWORD", "password for " + asUser + ": ");
    if (!password) {
        printError(core::makeError("no password: set TIDEWATCH_PASSWORD or run at a terminal", "--as"));
        return std::nullopt;
    }
    std::shared_ptr<const core::KeyRing> keys;
    auto user = users.signIn(asUser, *password, nowSeconds(), &keys);
    if (!user) {
        printError(user.error());
        return std::nullopt;
    }
    return core::AccessContext::of(user->name, user->role, *policies, {}, std::move(keys));
}

std::optional<Actor> whoActs(core::Store& store, const std::string& asUser) {
    auto none = core::UserRepository(store).empty();
    if (!none) {
        printError(none.error());
        return std::nullopt;
    }
    if (*none) {
        std::string name = asUser;
        if (name.empty()) name = std::getenv("USER") ? std::getenv("USER") : "tidewatch-cli";
        return Actor{std::nullopt, name};
    }
    auto context = signIn(store, asUser);
    if (!context) return std::nullopt;
    const std::string name = context->user;
    return Actor{std::move(context), name};
}

std::optional<std::unordered_set<std::int64_t>> hiddenFor(core::Store& store, const std::string& asUser,
                                                          core::AccessContext* who) {
    auto context = signIn(store, asUser);
    if (!context) return std::nullopt;
    if (who) *who = *context;
    auto reader = core::RoleReader::open(store, *context);
    auto hidden = reader ? reader->hiddenIds() : core::Result<std::unordered_set<std::int64_t>>(reader.error());
    if (!hidden) {
        printError(hidden.error());
        return std::nullopt;
    }
    return std::move(*hidden);
}

}  // namespace tw::cli
