// The dispatcher end to end against a sandbox in its own process (h2c, 150 ms latency):
// for caps of 80, 250 and 1,000 messages a second on one account, a broadcast of 100,000
// recipients on SQLite and on PostgreSQL; then ten accounts at once. Prints the sustained
// rate as a fraction of the cap (measured after the first seconds' burst), this process's
// CPU time per message (the dispatcher with its persistence; PostgreSQL's own CPU is not
// counted), peak memory, and how long the audience took to materialise.
// Usage: bench_send BACKEND [SECONDS]  (BACKEND sqlite or postgresql; SECONDS per capped
// run, default 40; the 1,000/s run sends the whole broadcast).
#include "AccountStore.h"
#include "BenchSupport.h"
#include "SendSetup.h"
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "Dispatcher.h"
#include "SandboxFixtures.h"
#include "Sql.h"
#include "TeamSettings.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "TestDatabase.h"
#include "secrets/MemoryCredentialStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

constexpr int kLatencyMs = 150;
constexpr int kContacts = 100000;
constexpr int kWarmUpMs = 3000;

struct Run
{
    QThread thread;
    Dispatcher *dispatcher = nullptr;
    bool stopped = false;
};

// Sends the broadcasts with one dispatcher per account for `seconds` (0: until every
// broadcast completes) and prints the figures.
void measure(const std::shared_ptr<Database> &db, MemoryCredentialStore &credentials,
             const QList<qint64> &accounts, const QList<qint64> &broadcasts, double capTotal,
             int seconds, const QString &label)
{
    std::vector<std::unique_ptr<Run>> runs;
    int ended = 0;
    QEventLoop loop;
    for (qint64 account : accounts) {
        auto run = std::make_unique<Run>();
        run->dispatcher = new Dispatcher(db, &credentials, account);
        run->dispatcher->moveToThread(&run->thread);
        QObject::connect(&run->thread, &QThread::started, run->dispatcher, &Dispatcher::start);
        QObject::connect(&run->thread, &QThread::finished, run->dispatcher, &QObject::deleteLater);
        QObject::connect(run->dispatcher, &Dispatcher::stopped, &run->thread, &QThread::quit,
                         Qt::DirectConnection);
        QObject::connect(run->dispatcher, &Dispatcher::broadcastEnded, &loop,
                         [&](qint64, BroadcastStatus, const QString &) {
                             if (++ended == int(broadcasts.size()) && seconds == 0)
                                 loop.quit();
                         });
        runs.push_back(std::move(run));
    }
    const QString sentSql = u"SELECT COUNT(*) FROM recipients WHERE status = 'sent' AND "
                            "broadcast_id IN (%1)"_s
                                .arg([&] {
                                    QStringList ids;
                                    for (qint64 id : broadcasts)
                                        ids << QString::number(id);
                                    return ids.join(u',');
                                }());
    QElapsedTimer clock;
    clock.start();
    for (auto &run : runs)
        run->thread.start();
    // After the first seconds (the bucket's initial burst, the window filling up).
    qint64 sentAtStart = 0;
    double cpuAtStart = 0;
    qint64 startMs = 0;
    QTimer::singleShot(kWarmUpMs, &loop, [&] {
        sentAtStart = bench::scalar(*db, sentSql);
        cpuAtStart = bench::cpuSeconds();
        startMs = clock.elapsed();
    });
    if (seconds > 0)
        QTimer::singleShot(kWarmUpMs + seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 endMs = clock.elapsed();
    const double cpuAtEnd = bench::cpuSeconds();
    for (auto &run : runs)
        QMetaObject::invokeMethod(run->dispatcher, &Dispatcher::stop, Qt::QueuedConnection);
    for (auto &run : runs)
        run->thread.wait();
    const qint64 sentAtEnd = bench::scalar(*db, sentSql);
    const qint64 messages = sentAtEnd - sentAtStart;
    const double elapsed = double(endMs - startMs) / 1000.0;
    const double rate = double(messages) / elapsed;
    std::printf("\n%s: %lld messages in %.1f s after %d s of warm-up\n", qPrintable(label),
                messages, elapsed, kWarmUpMs / 1000);
    bench::print(label + u" rate"_s, rate, u"messages/s"_s);
    bench::print(label + u" rate / cap"_s, rate / capTotal, QString());
    bench::print(label + u" CPU per message"_s, (cpuAtEnd - cpuAtStart) / double(messages) * 1e6,
                 u"µs"_s);
    bench::print(label + u" peak memory so far"_s, bench::peakMemoryMiB(), u"MiB"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString backend = app.arguments().value(1, u"sqlite"_s);
    const int seconds = app.arguments().value(2, u"40"_s).toInt();
    bench::SandboxProcess sandbox(QString::fromUtf8(MEGAPHONE_CLI_PATH));
    if (!sandbox.start(kLatencyMs)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    auto test = test::TestDatabase::create(backend);
    if (!test) {
        std::fprintf(stderr, "%s\n", qPrintable(test.error().message));
        return 1;
    }
    const auto db = test.value()->db();
    MemoryCredentialStore credentials;
    QElapsedTimer timer;
    timer.start();
    if (!bench::addContacts(*db, kContacts))
        return 1;
    // The team's default cap (80/s, Meta's standard throughput) would hide the higher caps.
    // Nor may the frequency cap skip the contacts the earlier runs reached.
    if (!TeamSettings(db).setMaxMessagesPerSecond(1000) || !TeamSettings(db).setFrequencyCapHours(0))
        return 1;
    std::printf("%s: %d contacts added in %.1f s; sandbox latency %d ms over h2c\n",
                qPrintable(backend), kContacts, double(timer.elapsed()) / 1000.0, kLatencyMs);

    for (int cap : {80, 250, 1000}) {
        const qint64 account = bench::addAccount(db, sandbox, cap, credentials);
        double materialiseMs = 0;
        const qint64 broadcast = bench::startBroadcast(db, account, cap, {}, &materialiseMs);
        const QString label = u"%1 cap %2/s"_s.arg(backend).arg(cap);
        bench::print(label + u" audience of 100,000 materialised in"_s, materialiseMs, u"ms"_s);
        measure(db, credentials, {account}, {broadcast}, cap, cap == 1000 ? 0 : seconds, label);
        (void)BroadcastControl(db).cancel(broadcast); // the next run starts clean
    }

    // Ten accounts at once, 100/s each, each to its own tenth of the contacts.
    QList<qint64> accounts;
    QList<qint64> broadcasts;
    for (int i = 0; i < 10; ++i) {
        accounts << bench::addAccount(db, sandbox, 100, credentials);
        broadcasts << bench::startBroadcast(db, accounts.last(), 100, u"t%1"_s.arg(i), nullptr);
    }
    measure(db, credentials, accounts, broadcasts, 1000, seconds,
            u"%1 ten accounts at 100/s"_s.arg(backend));
    bench::print(u"sandbox CPU"_s, sandbox.cpuSeconds(), u"s"_s);
    return 0;
}
