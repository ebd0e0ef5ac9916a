#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace megaphone {

class CliContext;
class CredentialStore;
class Database;

// Dispatchers on their own threads for the command line: `broadcasts send --wait` and
// `megaphone-cli worker [--account ID] [--exit-when-idle]`.
class WorkerRun
{
    Q_DECLARE_TR_FUNCTIONS(WorkerRun)

public:
    // Sends from `accountId` until `broadcastId` is completed, paused or cancelled.
    static Result<void> untilBroadcastEnds(std::shared_ptr<const Database> db,
                                           CredentialStore *credentials, qint64 accountId,
                                           qint64 broadcastId);
    // Every account (or one) until SIGTERM, or until no work is due with --exit-when-idle.
    static int worker(CliContext &context, const QStringList &args);
    static QString usage();
};

} // namespace megaphone
