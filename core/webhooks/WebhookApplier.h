#pragma once

#include "Result.h"
#include "WebhookStore.h"

#include <QObject>

#include <memory>

class QTimer;

namespace megaphone {

class Database;

// Applies stored webhook events on its own thread and database connection, so the
// receiver goes on storing and answering while a batch is applied (on PostgreSQL the two
// run in parallel). Events arriving together are applied together, shortly after.
class WebhookApplier : public QObject
{
    Q_OBJECT

public:
    WebhookApplier(std::shared_ptr<const Database> db, int delayMs, int batch,
                   QObject *parent = nullptr);

    // Every stored event, `batch` at a time, now, on the calling thread's connection;
    // with Locked::Wait also those another thread or process is applying.
    static Result<ApplyReport> applyAll(const std::shared_ptr<const Database> &db, int batch,
                                        WebhookStore::Locked locked);

    // Any thread: applies what is stored after the delay (once, however often it's called).
    void schedule();

Q_SIGNALS:
    void applied(const megaphone::ApplyReport &report);

private:
    void applyStored();

    std::shared_ptr<const Database> m_db;
    int m_delayMs;
    int m_batch;
    QTimer *m_timer;
};

} // namespace megaphone
