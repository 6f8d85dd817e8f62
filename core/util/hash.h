#pragma once
// Fast non-cryptographic 64-bit hashing (xxHash's XXH3) for dedup keys and file fingerprints.

#include <cstdint>
#include <string_view>

namespace tw::core {

std::uint64_t hash64(std::string_view bytes, std::uint64_t seed = 0);

// Incremental hashing of several parts without concatenating them; parts are length-delimited
// so ("ab","c") and ("a","bc") differ.
class Hasher final {
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;
    Hasher& add(std::string_view part);
    Hasher& add(std::uint64_t value);
    [[nodiscard]] std::uint64_t digest() const;

private:
    void* state_;
};

}  // namespace tw::core
