#include "WorkerRun.h"

#include "AccountStore.h"
#include "CliContext.h"
#include "ContactsCommand.h" // parseSubcommand
#include "Database.h"
#include "Dispatcher.h"
#include "StopSignals.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QThread>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// One dispatcher on a thread of its own; deleted with it.
struct DispatcherThread
{
    QThread thread;
    Dispatcher *dispatcher = nullptr;

    DispatcherThread(std::shared_ptr<const Database> db, CredentialStore *credentials,
                     qint64 accountId, const Dispatcher::Settings &settings)
    {
        thread.setObjectName(u"dispatcher-"_s + QString::number(accountId));
        dispatcher = new Dispatcher(std::move(db), credentials, accountId, settings);
        dispatcher->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, dispatcher, &Dispatcher::start);
        QObject::connect(&thread, &QThread::finished, dispatcher, &QObject::deleteLater);
        QObject::connect(dispatcher, &Dispatcher::stopped, &thread, &QThread::quit);
    }
    ~DispatcherThread()
    {
        thread.quit();
        thread.wait();
    }
    void stop() { QMetaObject::invokeMethod(dispatcher, &Dispatcher::stop, Qt::QueuedConnection); }
};

} // namespace

QString WorkerRun::usage()
{
    return tr("Usage: megaphone-cli worker [--account ID] [--exit-when-idle]");
}

Result<void> WorkerRun::untilBroadcastEnds(std::shared_ptr<const Database> db,
                                           CredentialStore *credentials, qint64 accountId,
                                           qint64 broadcastId)
{
    DispatcherThread run(db, credentials, accountId, Dispatcher::Settings{});
    QEventLoop loop;
    QString error;
    bool ended = false;
    QObject::connect(run.dispatcher, &Dispatcher::broadcastEnded, &loop,
                     [&](qint64 id, BroadcastStatus, const QString &) {
                         if (id != broadcastId)
                             return;
                         ended = true;
                         run.stop();
                     });
    QObject::connect(run.dispatcher, &Dispatcher::stopped, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    StopSignals::quitOnStop(); // Ctrl+C: a clean stop, in-flight answers recorded
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &loop,
                     [&] { run.stop(); });
    run.thread.start();
    loop.exec();
    if (!error.isEmpty())
        return makeError(u"dispatcher"_s, error);
    if (!ended)
        return makeError(u"stopped"_s, tr("Stopped before the broadcast ended."));
    return {};
}

int WorkerRun::worker(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"account"_s, QString(), u"id"_s});
    parser.addOption({u"exit-when-idle"_s, QString()});
    if (!parseSubcommand(context, parser, u"worker"_s, args, 0, usage()))
        return ExitUsage;
    auto db = context.openDatabase();
    if (!db)
        return ExitUserError;
    QList<qint64> accountIds;
    if (parser.isSet(u"account"_s)) {
        accountIds << parser.value(u"account"_s).toLongLong();
    } else {
        auto accounts = AccountStore(db).list();
        if (!accounts)
            return context.fail(accounts.error());
        for (const Account &a : accounts.value())
            accountIds << a.id;
    }
    Dispatcher::Settings settings;
    settings.exitWhenIdle = parser.isSet(u"exit-when-idle"_s);
    std::vector<std::unique_ptr<DispatcherThread>> runs;
    int running = 0;
    QStringList errors;
    QEventLoop loop;
    for (qint64 id : accountIds) {
        runs.push_back(std::make_unique<DispatcherThread>(db, &context.credentials(), id, settings));
        ++running;
        QObject::connect(runs.back()->dispatcher, &Dispatcher::stopped, &loop,
                         [&, id](const QString &error) {
                             if (!error.isEmpty())
                                 errors << tr("Account %1: %2").arg(id).arg(error);
                             if (--running == 0)
                                 loop.quit();
                         });
    }
    if (runs.empty()) {
        context.print(QJsonObject{{u"accounts"_s, 0}}, tr("No sender accounts: nothing to do."));
        return ExitOk;
    }
    StopSignals::quitOnStop();
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &loop, [&] {
        for (auto &run : runs)
            run->stop();
    });
    for (auto &run : runs)
        run->thread.start();
    loop.exec();
    runs.clear();
    if (!errors.isEmpty())
        return context.fail(makeError(u"worker"_s, errors.join(u'\n')));
    context.print(QJsonObject{{u"accounts"_s, int(accountIds.size())}},
                  tr("Worker stopped."));
    return ExitOk;
}

} // namespace megaphone
