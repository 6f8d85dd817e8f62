#pragma once
// Background execution for the UI. Store reads run on a one-thread pool that keeps one store
// connection per thread; imports get their own pool so they never starve the browser's reads.
// Results come back to the UI thread only by queued delivery to a context QObject.

#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace tw::ui {

// Runs `work` on `pool`, then `done(result)` on `context`'s thread if `context` still exists.
template <class R>
void runAsync(QThreadPool& pool, QObject* context, std::function<R()> work, std::function<void(R)> done) {
    QPointer<QObject> ctx(context);
    pool.start([ctx, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<R>(work());
        if (!ctx) return;
        QMetaObject::invokeMethod(
            ctx.data(), [done = std::move(done), result]() mutable { done(std::move(*result)); }, Qt::QueuedConnection);
    });
}

// The calling worker thread's read connection to `path` (opened on first use, reopened when the
// path changes). Only for use from pool threads.
core::Result<core::Store*> threadStore(const std::string& path);

// Runs `read(store)` on the calling pool thread's read connection to `path`; the connection's
// open error otherwise. `read` returns a core::Result<T>.
template <class F>
auto withThreadStore(const std::string& path, F&& read) -> decltype(read(std::declval<core::Store&>())) {
    auto store = threadStore(path);
    if (!store) return store.error();
    return read(**store);
}

}  // namespace tw::ui
