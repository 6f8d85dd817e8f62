#pragma once
// The store's side of envelope encryption (governance/key_ring.h): each user's key pair (the
// secret wrapped under their password), the tiers' public keys (meta), and the tiers' secret
// keys sealed to each entitled user. Methods run inside the caller's transaction.

#include "governance/key_ring.h"
#include "governance/role_policy.h"
#include "store/store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

namespace tw::core {

using TierKeys = std::map<KeyTier, PublicKey>;

class KeyRepository final {
public:
    explicit KeyRepository(Store& store) : store_(store) {}

    // The tiers' public keys; nothing while the store has no keys (a store without users).
    Result<std::optional<TierKeys>> tierKeys();
    // Makes the tiers' key pairs (refused when they exist) and returns them.
    Result<KeyRing> createTierKeys();

    // Gives the user a new key pair wrapped under `password` (their grants, sealed to the old
    // key, are dropped: `reconcile` seals them again).
    Status setUserKey(std::int64_t userId, std::string_view password);
    [[nodiscard]] Result<bool> hasUserKey(std::int64_t userId);
    // The tiers granted to the user, opened with their password; an error when the password
    // does not open their key.
    Result<KeyRing> unlock(std::int64_t userId, std::string_view password);

    // Brings every user's grants in line with their role under `policies`: a tier no longer
    // entitled (another role, a disabled account) is removed; a missing one is sealed to the
    // user when `holder` holds that tier's current key.
    struct Reconciled {
        int granted = 0, removed = 0;
    };
    Result<Reconciled> reconcile(const Policies& policies, const KeyRing* holder);

    // New tier keys: every sealed text opened with `holder`'s keys (both tiers, current) and sealed
    // again, every grant dropped (reconcile with the returned keys seals them again). After a
    // revocation, what the revoked user may have kept opens nothing sealed since. Returns the new
    // keys and, in `resealed`, how many verbatims were sealed again.
    Result<KeyRing> rotate(const KeyRing& holder, std::int64_t* resealed = nullptr);

    // Whether `holder` holds `tier`'s current key (not one replaced by a rotation).
    [[nodiscard]] Result<bool> holdsCurrent(const KeyRing& holder, KeyTier tier);

private:
    Store& store_;
};

}  // namespace tw::core
