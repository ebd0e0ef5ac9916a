#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace megaphone {

// Runs `work` on a thread of `pool` and hands its result to `done` on the GUI thread,
// unless `context` (a GUI-thread object, normally the page asking) is gone by then.
// Database reads and writes of the pages go through here, so the GUI thread never
// waits for a query, a busy SQLite writer or a slow network to PostgreSQL: every
// thread gets its own connection from Database::connection().
//
// `work` captures its inputs by value (stores are cheap to copy: they hold a
// shared_ptr to the Database) and never touches a widget.
template<typename Work, typename Done>
void runInPool(QThreadPool *pool, QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    pool->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        // Posted to the application object, which outlives every page; the guard
        // is read on the GUI thread only.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

// The same on the global pool, for the short reads and writes of the pages. Jobs
// that take long (an import, an export) use longJobPool() instead.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    runInPool(QThreadPool::globalInstance(), context, std::move(work), std::move(done));
}

} // namespace megaphone
