#pragma once
// A read-mostly hash map from strings to values for hot lookups (lexicons, function words, rule
// terms): open addressing with linear probing, power-of-two capacity, termHash, lookups by
// string_view without building a string, and by a hash computed once per token. Probing reads
// only a dense array of hashes (eight to a cache line); an entry is touched when its hash
// matches, so a word that is absent (most words) costs a cache line or two.
// Entries are never removed; references to values stay valid until the next insertion.

#include "util/hash_filter.h"
#include "util/term_hash.h"

#include <algorithm>
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
        const std::size_t i = probe(tags_, slots_, key, h);
        if (!slots_[i].used) {
            slots_[i] = Entry{std::string(key), V{}, h, true};
            tags_[i] = tagOf(h);
            remember(h);
            ++size_;
        }
        return slots_[i].value;
    }

    [[nodiscard]] const Entry* find(std::string_view key, std::uint64_t hash) const {
        if (!mayHold(hash)) return nullptr;
        const std::size_t mask = slots_.size() - 1;
        const std::uint64_t tag = tagOf(hash);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const std::uint64_t t = tags_[i];
            if (t == 0) return nullptr;
            if (t == tag && slots_[i].key == key) return &slots_[i];
        }
    }
    [[nodiscard]] const Entry* find(std::string_view key) const { return find(key, hashOf(key)); }
    // False when no key has this hash (most absent words), true when one may: a read of a small
    // bit array without probing. A loop over many tokens can ask it of each without branching
    // on the answer, then find() only the tokens that may be keys.
    [[nodiscard]] bool mayHold(std::uint64_t hash) const { return filter().mayHold(hash); }
    // The same filter as plain values, for a loop over many tokens that also writes indices
    // (std::size_t, the type of the filter's words and of its vector's size): a local copy stays
    // in registers, where the vector's own pointer and size would be read again after each write.
    using Filter = HashFilter;
    [[nodiscard]] Filter filter() const { return {filter_.data(), filter_.size() * 64 - 1}; }
    [[nodiscard]] std::size_t size() const { return size_; }
    // Gives mayHold at least `bits` bits a key (a power of two in all; 8 a slot otherwise), for a
    // table built once and asked about every token of every text: fewer absent words get past it
    // to a probe, for a few more kilobytes. Kept as the table grows.
    void widenFilter(std::size_t bits) {
        filterBitsPerKey_ = bits;
        refilter();
    }

    template <typename F>
    void forEach(F&& f) const {
        for (const Entry& e : slots_) {
            if (e.used) f(e.key, e.value);
        }
    }

private:
    // Eight bits a slot, one set per key by the high bits of its hash: most absent words are
    // turned away by one read of this dense array (an eighth of the tags' size, so it stays in
    // the nearest cache while the tags do not) before any probing.
    [[nodiscard]] std::size_t filterBit(std::uint64_t hash) const {
        return HashFilter::bitOf(hash, filter_.size() * 64 - 1);
    }
    void remember(std::uint64_t hash) {
        const std::size_t bit = filterBit(hash);
        filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    // Never 0, which marks an empty slot.
    static std::uint64_t tagOf(std::uint64_t hash) { return hash | 1u; }
    static std::size_t probe(const std::vector<std::uint64_t>& tags, const std::vector<Entry>& slots,
                             std::string_view key, std::uint64_t hash) {
        const std::size_t mask = slots.size() - 1;
        const std::uint64_t tag = tagOf(hash);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            if (tags[i] == 0 || (tags[i] == tag && slots[i].key == key)) return i;
        }
    }
    void grow() {
        const std::size_t capacity = slots_.empty() ? 16 : slots_.size() * 2;
        std::vector<Entry> bigger(capacity);
        std::vector<std::uint64_t> tags(capacity, 0);
        for (Entry& e : slots_) {
            if (!e.used) continue;
            const std::size_t i = probe(tags, bigger, e.key, e.hash);
            tags[i] = tagOf(e.hash);
            bigger[i] = std::move(e);
        }
        slots_ = std::move(bigger);
        tags_ = std::move(tags);
        refilter();
    }
    void refilter() {
        std::size_t words = std::max<std::size_t>(1, slots_.size() / 8);  // 8 bits a slot, at least 64
        while (words * 64 < size_ * filterBitsPerKey_) words *= 2;
        filter_.assign(words, 0);
        for (const Entry& e : slots_) {
            if (e.used) remember(e.hash);
        }
    }

    std::vector<std::uint64_t> tags_;                                       // tagOf(hash) per slot, 0 when empty
    std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1, 0);  // see mayHold; never empty
    std::vector<Entry> slots_;
    std::size_t size_ = 0;
    std::size_t filterBitsPerKey_ = 0;
};

}  // namespace tw::core
