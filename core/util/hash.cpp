#include "util/hash.h"

#include <xxhash.h>

namespace tw::core {

std::uint64_t hash64(std::string_view bytes, std::uint64_t seed) {
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

Hasher::Hasher() : state_(XXH3_createState()) { XXH3_64bits_reset(static_cast<XXH3_state_t*>(state_)); }
Hasher::~Hasher() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

Hasher& Hasher::add(std::string_view part) {
    add(static_cast<std::uint64_t>(part.size()));
    XXH3_64bits_update(static_cast<XXH3_state_t*>(state_), part.data(), part.size());
    return *this;
}

Hasher& Hasher::add(std::uint64_t value) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));
    XXH3_64bits_update(static_cast<XXH3_state_t*>(state_), bytes, sizeof bytes);
    return *this;
}

std::uint64_t Hasher::digest() const { return XXH3_64bits_digest(static_cast<XXH3_state_t*>(state_)); }

}  // namespace tw::core
