// Signed status webhooks received, stored and applied per second (issue 6): a receiver on
// its own thread, a client posting Meta `statuses` webhooks signed with the app secret over
// h2c, recipients matched by biz_opaque_callback_data. Two shapes: batches of 100 statuses
// a POST (as Meta and the sandbox batch them under load) and one status a POST. Prints
// events/s from the first POST until every event is applied, this process's CPU per
// event (the client included, which costs more than the receiver), and the receiver
// threads' own CPU per event.
// Usage: bench_webhooks BACKEND [RECIPIENTS]  (default 20,000; two statuses each)
#include "AccountStore.h"
#include "BenchSupport.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "HttpClient.h"
#include "SandboxFixtures.h"
#include "Sql.h"
#include "TestDatabase.h"
#include "WebhookReceiver.h"
#include "WebhookSignature.h"
#include "WebhookStore.h"
#include "secrets/MemoryCredentialStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

bool exec(const Database &db, const QString &sql)
{
    auto q = Sql::exec(db.connection(), sql, {}, u"bench"_s);
    if (!q)
        std::fprintf(stderr, "%s\n", qPrintable(q.error().message));
    return q.ok();
}

// `count` recipients of one broadcast, all `sent`, ids 1..count.
bool addRecipients(const std::shared_ptr<Database> &db, qint64 accountId, int count)
{
    Broadcast b;
    b.name = u"Bench"_s;
    b.accountId = accountId;
    const qint64 broadcast = BroadcastStore(db).create(b).value();
    const qint64 now = Clock::nowMs();
    return exec(*db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "INSERT INTO recipients (broadcast_id, phone_e164, status, attempts, "
                     "provider_message_id, sent_at, claimed_at) SELECT %2, '+5511' || "
                     "(900000000 + i), 'sent', 1, 'wamid.' || i, %3, %3 FROM n"_s
                         .arg(count)
                         .arg(broadcast)
                         .arg(now));
}

QByteArray payload(int first, int count, const QString &status)
{
    QJsonArray statuses;
    for (int i = first; i < first + count; ++i) {
        statuses.append(QJsonObject{{u"id"_s, u"wamid.%1"_s.arg(i)},
                                    {u"status"_s, status},
                                    {u"timestamp"_s, u"1750030073"_s},
                                    {u"recipient_id"_s, u"5511%1"_s.arg(900000000 + i)},
                                    {u"biz_opaque_callback_data"_s, u"megaphone:r=%1"_s.arg(i)}});
    }
    return test::metaStatusesWebhook(statuses);
}

struct Receiver
{
    QThread thread;
    WebhookReceiver *receiver = nullptr;
    quint16 port = 0;
};

void run(const std::shared_ptr<Database> &db, MemoryCredentialStore &credentials, qint64 account,
         int recipients, int perPost, const QString &label)
{
    Receiver r;
    r.receiver = new WebhookReceiver(db, &credentials);
    r.thread.setObjectName(u"receiver"_s); // its HTTP loop thread inherits the name
    r.receiver->moveToThread(&r.thread);
    QObject::connect(&r.thread, &QThread::finished, r.receiver, &QObject::deleteLater);
    r.thread.start();
    QMetaObject::invokeMethod(
        r.receiver, [&r] { (void)r.receiver->listen(QHostAddress::LocalHost); },
        Qt::BlockingQueuedConnection);
    r.port = r.receiver->port();

    HttpClient::Options options;
    options.h2cPriorKnowledge = true;
    HttpClient client(options);
    const QUrl url(u"http://127.0.0.1:%1/webhooks/meta/%2"_s.arg(r.port).arg(account));
    QList<QByteArray> bodies;
    for (const QString &status : {u"delivered"_s, u"read"_s}) {
        for (int first = 1; first <= recipients; first += perPost)
            bodies << payload(first, std::min(perPost, recipients - first + 1), status);
    }
    const int events = recipients * 2;
    QEventLoop loop;
    int next = 0;
    int inFlight = 0;
    int failed = 0;
    constexpr int window = 200;
    std::function<void()> pump = [&] {
        while (inFlight < window && next < bodies.size()) {
            HttpRequest request;
            request.method = "POST";
            request.url = url;
            request.body = bodies[next++];
            request.headers = {{"Content-Type", "application/json"},
                               {"X-Hub-Signature-256",
                                WebhookSignature::meta(request.body, u"app-secret"_s)}};
            ++inFlight;
            client.send(request, &loop, [&](const HttpResponse &response) {
                --inFlight;
                failed += response.status == 200 ? 0 : 1;
                if (next < bodies.size())
                    pump();
                else if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    const double cpuBefore = bench::cpuSeconds();
    const auto receiverCpu = [] { // its HTTP and applying threads too
        return bench::threadsCpuSeconds("receiver") + bench::threadsCpuSeconds("webhooks-apply");
    };
    const double receiverCpuBefore = receiverCpu();
    QElapsedTimer clock;
    clock.start();
    pump();
    loop.exec();
    const double receivedSeconds = double(clock.elapsed()) / 1000.0;
    // Until everything is applied.
    for (;;) {
        auto pending = WebhookStore(db).pendingCount();
        if (pending && pending.value() == 0)
            break;
        QThread::msleep(20);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double cpu = bench::cpuSeconds() - cpuBefore;
    const double receiverCpuUsed = receiverCpu() - receiverCpuBefore;
    r.thread.quit();
    r.thread.wait();
    auto read = Sql::exec(db->connection(),
                          u"SELECT COUNT(*) FROM recipients WHERE status = 'read'"_s, {}, u"bench"_s);
    const qint64 readCount = read && read->next() ? read->value(0).toLongLong() : -1;
    std::printf("\n%s: %d events in %d POSTs; %d refused; all answered after %.2f s, all applied "
                "after %.2f s; %lld recipients read\n",
                qPrintable(label), events, int(bodies.size()), failed, receivedSeconds, seconds,
                readCount);
    bench::print(label + u" received, stored and applied"_s, events / seconds, u"events/s"_s);
    bench::print(label + u" CPU per event (client included)"_s, cpu / events * 1e6, u"µs"_s);
    bench::print(label + u" receiver's own CPU per event (its threads, not the database)"_s,
                 receiverCpuUsed / events * 1e6, u"µs"_s);
    bench::print(label + u" peak memory so far"_s, bench::peakMemoryMiB(), u"MiB"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString backend = app.arguments().value(1, u"sqlite"_s);
    const int recipients = app.arguments().value(2, u"20000"_s).toInt();
    MemoryCredentialStore credentials;
    for (int perPost : {100, 1}) {
        auto test = test::TestDatabase::create(backend);
        if (!test) {
            std::fprintf(stderr, "%s\n", qPrintable(test.error().message));
            return 1;
        }
        const auto db = test.value()->db();
        Account account;
        account.provider = ProviderKind::Meta;
        account.label = u"Bench"_s;
        account.phoneNumberId = u"1"_s;
        const qint64 id = AccountStore(db).add(account).value();
        (void)credentials.write(CredentialStore::accountKey(id, u"access_token"_s), u"token"_s);
        (void)credentials.write(CredentialStore::accountKey(id, u"app_secret"_s), u"app-secret"_s);
        if (!addRecipients(db, id, recipients))
            return 1;
        run(db, credentials, id, recipients, perPost,
            u"%1, %2 status(es) a POST"_s.arg(backend).arg(perPost));
    }
    return 0;
}
