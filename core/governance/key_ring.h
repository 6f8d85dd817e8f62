#pragma once
// Envelope encryption of restricted text (DESIGN.md: "Restricted text is unreadable without the
// key"), with libsodium:
// - the store has one X25519 key pair per tier: `redacted` opens the redacted form of restricted
//   verbatims, `full` opens them as written. Anyone may seal with a tier's public key (the risk
//   scan seals what it flags, whoever runs it); only holders of its secret key can open;
// - each user has a key pair of their own whose secret key is wrapped (XSalsa20-Poly1305) under a
//   key derived from their password with argon2id;
// - a tier's secret key is sealed to each entitled user's public key (crypto_box_seal), so an
//   admin can grant a tier without knowing the user's password.
// A user's KeyRing holds the tier keys their password unlocked, for the session, and wipes them.

#include "governance/role_policy.h"
#include "util/result.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class KeyTier { Redacted, Full };
inline constexpr std::array<KeyTier, 2> kKeyTiers{KeyTier::Redacted, KeyTier::Full};
const char* keyTierName(KeyTier t);  // redacted, full
std::optional<KeyTier> keyTierFromName(std::string_view name);

// The tiers a role's policy entitles it to: the flagged text it may read (redacted, or both for
// full text). An admin, who grants and revokes, is the keys' custodian and holds both; the read
// API still shows an admin only what the policy says.
std::vector<KeyTier> entitledTiers(Role role, const RolePolicy& policy);

using PublicKey = std::array<unsigned char, 32>;

// A secret key that wipes itself.
class SecretKey final {
public:
    SecretKey() = default;
    ~SecretKey();
    SecretKey(const SecretKey& o) : bytes_(o.bytes_) {}
    SecretKey& operator=(const SecretKey& o) = default;
    [[nodiscard]] const unsigned char* data() const { return bytes_.data(); }
    unsigned char* data() { return bytes_.data(); }
    static constexpr std::size_t size() { return 32; }

private:
    std::array<unsigned char, 32> bytes_{};
};

struct KeyPair {
    PublicKey publicKey{};
    SecretKey secretKey;
    static KeyPair generate();
};

// A secret key wrapped under a password: version, argon2id limits, salt, nonce, ciphertext.
Result<std::string> wrapSecret(const SecretKey& key, std::string_view password);
// Nothing when the password is wrong or the blob was altered.
std::optional<SecretKey> unwrapSecret(std::string_view blob, std::string_view password);

// Sealed so that only the holder of the secret key of `to` opens it.
std::string seal(const PublicKey& to, std::string_view plain);
std::optional<std::string> openSealed(const KeyPair& pair, std::string_view sealed);
// A tier's secret key sealed to a user, and opened with the user's key pair.
std::string sealKey(const PublicKey& to, const SecretKey& key);
std::optional<SecretKey> openSealedKey(const KeyPair& pair, std::string_view sealed);
// The public key belonging to a secret key.
PublicKey publicKeyOf(const SecretKey& key);

class KeyRing final {
public:
    void add(KeyTier tier, KeyPair pair) { tiers_[tier] = std::move(pair); }
    [[nodiscard]] bool has(KeyTier tier) const { return tiers_.count(tier) != 0; }
    [[nodiscard]] const KeyPair* pair(KeyTier tier) const {
        auto it = tiers_.find(tier);
        return it == tiers_.end() ? nullptr : &it->second;
    }
    // The plain text of a blob sealed for `tier`; nothing without that tier's key.
    [[nodiscard]] std::optional<std::string> open(KeyTier tier, std::string_view sealed) const;

private:
    std::map<KeyTier, KeyPair> tiers_;
};

std::string toHex(const PublicKey& key);
std::optional<PublicKey> publicKeyFromHex(std::string_view hex);

}  // namespace tw::core
