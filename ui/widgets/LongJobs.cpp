#include "LongJobs.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace megaphone {

QThreadPool *longJobPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("megaphone long jobs"));
        // An import already parses on threads of its own; two jobs at once is plenty.
        pool->setMaxThreadCount(2);
    }
    return pool;
}

} // namespace megaphone
