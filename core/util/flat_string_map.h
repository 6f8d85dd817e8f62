#pragma once
// A read-mostly hash map from strings to values for hot lookups (lexicons, function words, rule
// terms): open addressing with linear probing in one array, power-of-two capacity, termHash,
// lookups by string_view without building a string, and by a hash computed once per token.
// Entries are never removed; references to values stay valid until the next insertion.

#include "util/term_hash.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tw::core {

template <typename V>
class FlatStringMap final {
public:
    struct Entry {
        std::string key;
        V value{};
        std::uint64_t hash = 0;
        bool used = false;
    };

    static std::uint64_t hashOf(std::string_view key) { return termHash(key); }

    // The value for `key`, inserted default-constructed when absent.
    V& operator[](std::string_view key) {
        if ((size_ + 1) * 4 > slots_.size() * 3) grow();
        const std::uint64_t h = hashOf(key);
        Entry& e = probe(slots_, key, h);
        if (!e.used) {
            e = Entry{std::string(key), V{}, h, true};
            ++size_;
        }
        return e.value;
    }

    [[nodiscard]] const Entry* find(std::string_view key, std::uint64_t hash) const {
        if (slots_.empty()) return nullptr;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Entry& e = slots_[i];
            if (!e.used) return nullptr;
            if (e.hash == hash && e.key == key) return &e;
        }
    }
    [[nodiscard]] const Entry* find(std::string_view key) const { return find(key, hashOf(key)); }
    [[nodiscard]] std::size_t size() const { return size_; }

    template <typename F>
    void forEach(F&& f) const {
        for (const Entry& e : slots_) {
            if (e.used) f(e.key, e.value);
        }
    }

private:
    static Entry& probe(std::vector<Entry>& slots, std::string_view key, std::uint64_t hash) {
        const std::size_t mask = slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Entry& e = slots[i];
            if (!e.used || (e.hash == hash && e.key == key)) return e;
        }
    }
    void grow() {
        std::vector<Entry> bigger(slots_.empty() ? 16 : slots_.size() * 2);
        for (Entry& e : slots_) {
            if (e.used) probe(bigger, e.key, e.hash) = std::move(e);
        }
        slots_ = std::move(bigger);
    }

    std::vector<Entry> slots_;
    std::size_t size_ = 0;
};

}  // namespace tw::core
