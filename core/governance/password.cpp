#include "governance/password.h"

#include <sodium.h>

namespace tw::core {

Result<std::string> hashPassword(std::string_view password) {
    if (password.size() < 8) return makeError("a password needs at least 8 characters");
    if (sodium_init() < 0) return makeError("libsodium could not be initialised");
    std::string out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError("not enough memory to hash the password");
    out.resize(out.find('\0'));
    return out;
}

bool verifyPassword(std::string_view password, const std::string& stored) {
    if (sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

}  // namespace tw::core
