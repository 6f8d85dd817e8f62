#pragma once
// Helpers for tests that look into a store directly.

#include "store/store.h"

#include <cstdint>
#include <string>

namespace tw::test {

// The first column of the first row of `sql` as an integer.
inline std::int64_t scalar(core::Store& store, const std::string& sql) {
    auto q = store.db().prepare(sql);
    q.step();
    return q.int64(0);
}

}  // namespace tw::test
