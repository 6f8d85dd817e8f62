#pragma once
// Passwords are stored as libsodium's argon2id strings (a memory-hard KDF with its salt and
// limits in the string), never as text. Interactive limits: a sign-in costs about 0.1 s and
// 64 MiB, which makes guessing a copied store's passwords slow.

#include "util/result.h"

#include <string>
#include <string_view>

namespace tw::core {

// Refuses passwords shorter than 8 characters.
Result<std::string> hashPassword(std::string_view password);
bool verifyPassword(std::string_view password, const std::string& stored);

}  // namespace tw::core
