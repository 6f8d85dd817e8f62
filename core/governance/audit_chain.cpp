#include "governance/audit_chain.h"

#include <sodium.h>

#include <array>

namespace tw::core {

std::string auditEntryHash(const AuditEntry& e) {
    if (sodium_init() < 0) return {};  // cannot happen once libsodium loaded; an empty hash never verifies
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    // Each field with its length first, so that moving bytes between fields changes the hash.
    auto add = [&](std::string_view field) {
        const std::uint64_t n = field.size();
        std::array<unsigned char, 8> len{};
        for (std::size_t i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
        crypto_generichash_update(&state, len.data(), len.size());
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(field.data()), field.size());
    };
    add(std::to_string(e.seq));
    add(std::to_string(e.at));
    add(e.actor);
    add(e.action);
    add(e.target);
    add(e.detail);
    add(e.prevHash);
    std::array<unsigned char, 32> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
}

std::optional<AuditBreak> verifyAuditChain(const std::vector<AuditEntry>& entries) {
    std::string previous;
    std::int64_t expectedSeq = 1;
    for (const AuditEntry& e : entries) {
        if (auditEntryHash(e) != e.hash) return AuditBreak{e.seq, "its content was changed after it was written"};
        if (e.prevHash != previous) {
            return AuditBreak{e.seq, e.seq == expectedSeq ? "the entry before it was changed or replaced"
                                                          : "an entry before it is missing or out of order"};
        }
        if (e.seq != expectedSeq)
            return AuditBreak{e.seq, "its sequence number is " + std::to_string(e.seq) + " where " +
                                         std::to_string(expectedSeq) + " was expected"};
        previous = e.hash;
        ++expectedSeq;
    }
    return std::nullopt;
}

}  // namespace tw::core
