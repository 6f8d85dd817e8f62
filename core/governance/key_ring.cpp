#include "governance/key_ring.h"

#include <sodium.h>

#include <cstring>
#include <stdexcept>

namespace tw::core {

namespace {

constexpr unsigned char kWrapVersion = 1;
constexpr std::size_t kLimitBytes = 8;
constexpr std::size_t kWrapHeader = 1 + 2 * kLimitBytes + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;

void ensureSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

void putLimit(std::string& out, std::uint64_t v) {
    for (std::size_t i = 0; i < kLimitBytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

std::uint64_t getLimit(const unsigned char* p) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < kLimitBytes; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
    return v;
}

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// The key that wraps a user's secret key, from their password and the wrap's salt and limits.
bool derive(SecretKey& out, std::string_view password, const unsigned char* salt, std::uint64_t ops,
            std::uint64_t mem) {
    return crypto_pwhash(out.data(), SecretKey::size(), password.data(), password.size(), salt, ops,
                         static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

}  // namespace

const char* keyTierName(KeyTier t) { return t == KeyTier::Full ? "full" : "redacted"; }

std::optional<KeyTier> keyTierFromName(std::string_view name) {
    if (name == "redacted") return KeyTier::Redacted;
    if (name == "full") return KeyTier::Full;
    return std::nullopt;
}

std::vector<KeyTier> entitledTiers(Role role, const RolePolicy& policy) {
    if (role == Role::Admin || policy.flagged == TextAccess::Full) return {KeyTier::Redacted, KeyTier::Full};
    if (policy.flagged == TextAccess::Redacted) return {KeyTier::Redacted};
    return {};
}

SecretKey::~SecretKey() { sodium_memzero(bytes_.data(), bytes_.size()); }

KeyPair KeyPair::generate() {
    ensureSodium();
    KeyPair p;
    crypto_box_keypair(p.publicKey.data(), p.secretKey.data());
    return p;
}

PublicKey publicKeyOf(const SecretKey& key) {
    ensureSodium();
    PublicKey pk{};
    crypto_scalarmult_base(pk.data(), key.data());
    return pk;
}

Result<std::string> wrapSecret(const SecretKey& key, std::string_view password) {
    ensureSodium();
    const std::uint64_t ops = crypto_pwhash_OPSLIMIT_INTERACTIVE, mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    unsigned char salt[crypto_pwhash_SALTBYTES], nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    SecretKey kek;
    if (!derive(kek, password, salt, ops, mem)) return makeError("not enough memory to derive the key");
    std::string out;
    out += static_cast<char>(kWrapVersion);
    putLimit(out, ops);
    putLimit(out, mem);
    out.append(reinterpret_cast<const char*>(salt), sizeof salt);
    out.append(reinterpret_cast<const char*>(nonce), sizeof nonce);
    std::string box(SecretKey::size() + crypto_secretbox_MACBYTES, '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), key.data(), SecretKey::size(), nonce,
                          kek.data());
    return out + box;
}

std::optional<SecretKey> unwrapSecret(std::string_view blob, std::string_view password) {
    ensureSodium();
    if (blob.size() != kWrapHeader + SecretKey::size() + crypto_secretbox_MACBYTES || bytes(blob)[0] != kWrapVersion)
        return std::nullopt;
    const unsigned char* p = bytes(blob) + 1;
    const std::uint64_t ops = getLimit(p), mem = getLimit(p + kLimitBytes);
    // Limits outside libsodium's bounds mean an altered blob, not a costlier derivation.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return std::nullopt;
    const unsigned char* salt = p + 2 * kLimitBytes;
    const unsigned char* nonce = salt + crypto_pwhash_SALTBYTES;
    SecretKey kek, out;
    if (!derive(kek, password, salt, ops, mem)) return std::nullopt;
    if (crypto_secretbox_open_easy(out.data(), bytes(blob) + kWrapHeader,
                                   SecretKey::size() + crypto_secretbox_MACBYTES, nonce, kek.data()) != 0)
        return std::nullopt;
    return out;
}

std::string seal(const PublicKey& to, std::string_view plain) {
    ensureSodium();
    std::string out(plain.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), bytes(plain), plain.size(), to.data());
    return out;
}

std::optional<std::string> openSealed(const KeyPair& pair, std::string_view sealed) {
    ensureSodium();
    if (sealed.size() < crypto_box_SEALBYTES) return std::nullopt;
    std::string out(sealed.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()), bytes(sealed), sealed.size(),
                             pair.publicKey.data(), pair.secretKey.data()) != 0)
        return std::nullopt;
    return out;
}

std::string sealKey(const PublicKey& to, const SecretKey& key) {
    return seal(to, std::string_view(reinterpret_cast<const char*>(key.data()), SecretKey::size()));
}

std::optional<SecretKey> openSealedKey(const KeyPair& pair, std::string_view sealed) {
    auto plain = openSealed(pair, sealed);
    if (!plain || plain->size() != SecretKey::size()) return std::nullopt;
    SecretKey key;
    std::memcpy(key.data(), plain->data(), SecretKey::size());
    sodium_memzero(plain->data(), plain->size());
    return key;
}

std::optional<std::string> KeyRing::open(KeyTier tier, std::string_view sealed) const {
    const KeyPair* p = pair(tier);
    if (!p) return std::nullopt;
    return openSealed(*p, sealed);
}

std::string toHex(const PublicKey& key) {
    std::string out(key.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), key.data(), key.size());
    out.pop_back();
    return out;
}

std::optional<PublicKey> publicKeyFromHex(std::string_view hex) {
    PublicKey key{};
    std::size_t len = 0;
    if (hex.size() != key.size() * 2 ||
        sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
        len != key.size())
        return std::nullopt;
    return key;
}

}  // namespace tw::core
