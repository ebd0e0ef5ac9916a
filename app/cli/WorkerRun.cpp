#include "WorkerRun.h"

#include "CliContext.h"
#include "ContactsCommand.h" // parseSubcommand
#include "Database.h"
#include "DispatcherPool.h"
#include "Logging.h"
#include "SandboxWebhookLink.h"
#include "StopSignals.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace megaphone {

QString WorkerRun::usage()
{
    return tr("Usage: megaphone-cli worker [--account ID] [--exit-when-idle] [--retry-seconds N]\n"
              "  Sends the due broadcasts of every account (or one) until SIGTERM. An account\n"
              "  another worker sends from is tried again every N seconds (default 10), so a\n"
              "  second worker takes over when the first one stops.");
}

Result<void> WorkerRun::untilBroadcastEnds(std::shared_ptr<const Database> db,
                                           CredentialStore *credentials, qint64 accountId,
                                           qint64 broadcastId)
{
    DispatcherPool::Options options;
    options.accountIds = {accountId};
    options.settings.exitWhenIdle = true; // a broadcast waiting for quota ends the wait too
    SandboxWebhookLink sandboxWebhooks(db);
    if (auto linked = sandboxWebhooks.startIfSandboxAccounts(); !linked)
        return linked;
    DispatcherPool pool(std::move(db), credentials, options);
    QEventLoop loop;
    QStringList errors;
    bool ended = false;
    QObject::connect(&pool, &DispatcherPool::broadcastEnded, &loop,
                     [&](qint64 id, BroadcastStatus status, const QString &) {
                         if (id != broadcastId || status == BroadcastStatus::AwaitingConfirmation)
                             return;
                         ended = true;
                         pool.stop();
                     });
    QObject::connect(&pool, &DispatcherPool::accountFailed, &loop,
                     [&](qint64, const QString &error) { errors << error; });
    QObject::connect(&pool, &DispatcherPool::stopped, &loop, &QEventLoop::quit);
    // Ctrl+C or SIGTERM leaves the loop; the pool's destructor then stops cleanly: nothing
    // new leaves, and the answers to requests in flight are recorded.
    StopSignals::quitOnStop();
    pool.start();
    if (!pool.isStopped())
        loop.exec();
    if (!errors.isEmpty())
        return makeError(u"dispatcher"_s, errors.join(u'\n'));
    if (!ended)
        return makeError(u"stopped"_s, tr("Stopped before the broadcast ended (it may be "
                                          "waiting for tier quota or its sending window, or "
                                          "another worker sends from its account)."));
    return {};
}

int WorkerRun::worker(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"account"_s, QString(), u"id"_s});
    parser.addOption({u"exit-when-idle"_s, QString()});
    parser.addOption({u"retry-seconds"_s, QString(), u"seconds"_s});
    if (!parseSubcommand(context, parser, u"worker"_s, args, 0, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    DispatcherPool::Options options;
    if (parser.isSet(u"account"_s))
        options.accountIds << parser.value(u"account"_s).toLongLong();
    options.settings.exitWhenIdle = parser.isSet(u"exit-when-idle"_s);
    if (parser.isSet(u"retry-seconds"_s))
        options.retryMs = std::max(1, parser.value(u"retry-seconds"_s).toInt()) * 1000;
    SandboxWebhookLink sandboxWebhooks(db);
    if (auto linked = sandboxWebhooks.startIfSandboxAccounts(); !linked)
        return context.fail(linked.error());
    DispatcherPool pool(db, &context.credentials(), options);
    QStringList errors;
    QEventLoop loop;
    QObject::connect(&pool, &DispatcherPool::accountFailed, &loop,
                     [&](qint64 id, const QString &error) {
                         const QString line = tr("Account %1: %2").arg(id).arg(error);
                         context.err() << line << Qt::endl; // a worker keeps going
                         errors << line;
                     });
    QObject::connect(&pool, &DispatcherPool::broadcastEnded, &loop,
                     [&](qint64 id, BroadcastStatus status, const QString &reason) {
                         qCInfo(lcSend).noquote() << "broadcast" << id
                                                  << broadcastStatusToString(status) << reason;
                     });
    QObject::connect(&pool, &DispatcherPool::stopped, &loop, &QEventLoop::quit);
    StopSignals::quitOnStop(); // SIGTERM: leaves the loop; the pool stops cleanly when it goes
    pool.start();
    if (!pool.isStopped())
        loop.exec();
    if (options.settings.exitWhenIdle && !errors.isEmpty())
        return context.fail(makeError(u"worker"_s, errors.join(u'\n')));
    context.print(QJsonObject{{u"stopped"_s, true}}, tr("Worker stopped."));
    return ExitOk;
}

} // namespace megaphone
