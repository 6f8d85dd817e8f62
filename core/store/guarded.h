#pragma once
// Runs a store operation and turns an SQLite failure into an error that names the store file.

#include "store/database.h"
#include "store/store.h"

namespace tw::core {

template <class F>
auto guarded(Store& store, F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const SqlError& e) {
        return makeError(explainSqlError(e), store.path());
    }
}

}  // namespace tw::core
