#include "jobs/worker_pool.h"

#include <map>

namespace tw::ui {

core::Result<core::Store*> threadStore(const std::string& path) {
    thread_local std::map<std::string, std::unique_ptr<core::Store>> stores;
    auto it = stores.find(path);
    if (it != stores.end()) return it->second.get();
    auto s = core::Store::open(path, core::Store::Access::ReadOnly);
    if (!s) return s.error();
    auto owned = std::make_unique<core::Store>(std::move(s.value()));
    core::Store* raw = owned.get();
    stores[path] = std::move(owned);
    return raw;
}

}  // namespace tw::ui
