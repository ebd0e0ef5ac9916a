// Drives the HttpClient against a sandbox answering in 150 ms, over h2c and over
// HTTP/1.1, keeping exactly N requests in flight (300, then 1,000) and printing requests
// per second and this process's CPU per request. The sandbox runs in its own process
// (megaphone-cli sandbox serve), so the CPU measured here is the client's alone.
// Usage: bench_http [WINDOW...] (default: 300 1000).
#include "BenchSupport.h"
#include "HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

constexpr int kLatencyMs = 150;
constexpr int kWarmUpMs = 2000;
constexpr int kMeasureMs = 10000;
constexpr int kSampleMs = 20;

// order_update in en_US (named parameters, a text header), as the dispatcher sends it.
QByteArray messageBody(qint64 serial)
{
    const QString to = u"+9198%1"_s.arg(serial, 8, 10, QLatin1Char('0'));
    const QString order = QString::number(860000 + serial);
    const auto parameter = [](const QString &name, const QString &text) {
        return QJsonObject{{u"type"_s, u"text"_s}, {u"parameter_name"_s, name}, {u"text"_s, text}};
    };
    const QJsonArray components{
        QJsonObject{{u"type"_s, u"header"_s},
                    {u"parameters"_s, QJsonArray{parameter(u"order_number"_s, order)}}},
        QJsonObject{{u"type"_s, u"body"_s},
                    {u"parameters"_s, QJsonArray{parameter(u"first_name"_s, u"Priya"_s),
                                                 parameter(u"order_number"_s, order),
                                                 parameter(u"ship_date"_s, u"May 4"_s)}}}};
    const QJsonObject body{
        {u"messaging_product"_s, u"whatsapp"_s}, {u"recipient_type"_s, u"individual"_s},
        {u"to"_s, to}, {u"type"_s, u"template"_s},
        {u"template"_s, QJsonObject{
             {u"name"_s, u"order_update"_s},
             {u"language"_s, QJsonObject{{u"policy"_s, u"deterministic"_s}, {u"code"_s, u"en_US"_s}}},
             {u"components"_s, components}}},
        {u"biz_opaque_callback_data"_s, u"megaphone:c=1;r=%1"_s.arg(serial)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

struct Figures
{
    qint64 ok = 0;
    QMap<QString, qint64> errors; // by kind: "HTTP 429", "timed out", ...
    double seconds = 0;
    double cpu = 0;
    double sandboxCpu = 0;
    double latencyMsSum = 0;
    double inFlightSum = 0;
    int samples = 0;
    bool allHttp2 = true;
    bool anyHttp2 = false;
};

QString errorKind(const HttpResponse &response)
{
    switch (response.transport) {
    case HttpTransport::Completed:
        return u"HTTP %1, error %2"_s.arg(response.status).arg(
            QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject()
                .value(u"code"_s).toInt());
    case HttpTransport::NotSent: return u"not sent (%1)"_s.arg(response.errorText);
    case HttpTransport::TimedOut: return u"timed out"_s;
    case HttpTransport::Broken: return u"broken (%1)"_s.arg(response.errorText);
    case HttpTransport::Cancelled: return u"cancelled"_s;
    }
    return u"?"_s;
}

// Keeps `window` requests in flight on one fresh client: each answer sends the next.
class LoadRun : public QObject
{
public:
    LoadRun(bench::SandboxProcess &sandbox, bool h2c, int window, qint64 &serial)
        : m_sandbox(sandbox), m_window(window), m_serial(serial)
    {
        HttpClient::Options options;
        options.h2cPriorKnowledge = h2c;
        options.http1Connections = std::max(window, 60);
        m_client = std::make_unique<HttpClient>(options);
        m_clock.start();
    }

    // Returns false when the first request failed.
    bool run(Figures &figures)
    {
        // One request first: Qt allows 100 streams until the server's SETTINGS arrive.
        HttpResponse first;
        QEventLoop loop;
        m_client->send(request(), this, [&](const HttpResponse &r) { first = r; loop.quit(); });
        loop.exec();
        if (!first.isSuccess()) {
            std::fprintf(stderr, "first request failed: %s\n", qPrintable(errorKind(first)));
            return false;
        }
        m_sending = true;
        for (int i = 0; i < m_window; ++i)
            sendOne();
        wait(kWarmUpMs);

        m_measure = &figures;
        const double cpuBefore = bench::cpuSeconds();
        const double sandboxBefore = m_sandbox.cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, this, [&] {
            figures.inFlightSum += m_client->inFlight();
            ++figures.samples;
        });
        sampler.start(kSampleMs);
        wait(kMeasureMs);
        sampler.stop();
        figures.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        figures.cpu = bench::cpuSeconds() - cpuBefore;
        figures.sandboxCpu = m_sandbox.cpuSeconds() - sandboxBefore;
        m_measure = nullptr;

        m_sending = false;
        QElapsedTimer draining;
        draining.start();
        while (m_client->inFlight() > 0 && draining.elapsed() < 40000)
            wait(50);
        m_client->cancelAll();
        return true;
    }

private:
    HttpRequest request()
    {
        HttpRequest r;
        r.method = "POST"_ba;
        r.url = m_sandbox.sendUrl();
        r.headers = {{"Authorization", "Bearer sandbox"}, {"Content-Type", "application/json"}};
        r.body = messageBody(++m_serial);
        return r;
    }

    void sendOne()
    {
        const qint64 sentNs = m_clock.nsecsElapsed();
        m_client->send(request(), this, [this, sentNs](const HttpResponse &response) {
            if (m_measure) {
                Figures &f = *m_measure;
                if (response.isSuccess() && response.status == 200)
                    ++f.ok;
                else
                    ++f.errors[errorKind(response)];
                f.latencyMsSum += static_cast<double>(m_clock.nsecsElapsed() - sentNs) / 1e6;
                f.allHttp2 = f.allHttp2 && response.http2;
                f.anyHttp2 = f.anyHttp2 || response.http2;
            }
            if (m_sending)
                sendOne();
        });
    }

    static void wait(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }

    bench::SandboxProcess &m_sandbox;
    int m_window = 0;
    qint64 &m_serial;
    std::unique_ptr<HttpClient> m_client;
    QElapsedTimer m_clock;
    bool m_sending = false;
    Figures *m_measure = nullptr;
};

void report(const QString &protocol, int window, const Figures &f)
{
    qint64 errors = 0;
    for (const qint64 n : f.errors)
        errors += n;
    const double answered = static_cast<double>(f.ok + errors);
    std::printf("== %s, %d in flight, %.1f s measured after a %.0f s warm-up (answers: %s)\n",
                qPrintable(protocol), window, f.seconds, kWarmUpMs / 1000.0,
                f.allHttp2 ? "all HTTP/2" : (f.anyHttp2 ? "some HTTP/2" : "all HTTP/1.1"));
    bench::print(u"requests per second (200s)"_s, static_cast<double>(f.ok) / f.seconds, u"req/s"_s);
    bench::print(u"ceiling at this window (N / 0.150 s)"_s, window * 1000.0 / kLatencyMs, u"req/s"_s);
    bench::print(u"client CPU per request"_s, answered > 0 ? f.cpu * 1e6 / answered : 0, u"us"_s);
    bench::print(u"client CPU"_s, f.cpu / f.seconds * 100, u"% of one core"_s);
    bench::print(u"sandbox CPU (other process)"_s, f.sandboxCpu / f.seconds * 100, u"% of one core"_s);
    bench::print(u"errors"_s, static_cast<double>(errors), u""_s);
    for (auto it = f.errors.cbegin(); it != f.errors.cend(); ++it)
        std::printf("  %s: %lld\n", qPrintable(it.key()), it.value());
    bench::print(u"achieved concurrency (mean in flight)"_s,
                 f.samples > 0 ? f.inFlightSum / f.samples : 0, u"requests"_s);
    bench::print(u"mean latency (the sandbox waits 150 ms)"_s,
                 answered > 0 ? f.latencyMsSum / answered : 0, u"ms"_s);
    std::fflush(stdout);
}

void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    raiseFileLimit(); // 1,000 HTTP/1.1 connections on each side; the sandbox inherits it
    QCoreApplication app(argc, argv);
    bench::SandboxProcess sandbox(QString::fromUtf8(MEGAPHONE_CLI_PATH));
    if (!sandbox.start(kLatencyMs)) {
        std::fprintf(stderr, "could not start %s sandbox serve\n", MEGAPHONE_CLI_PATH);
        return 1;
    }
    QFile loadavg(u"/proc/loadavg"_s);
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine() : QByteArray();
    std::printf("sandbox at %s: %d ms latency, no throughput limit; %d cores, load average %s\n",
                qPrintable(sandbox.sendUrl().toString()), kLatencyMs,
                static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)),
                load.split(' ').mid(0, 3).join(' ').constData());
    // Windows to measure: the arguments, or 300 and 1,000.
    QList<int> windows;
    for (const QString &argument : app.arguments().mid(1))
        windows.append(argument.toInt());
    windows.removeAll(0);
    if (windows.isEmpty())
        windows = {300, 1000};
    qint64 serial = 0;
    int failed = 0;
    for (const bool h2c : {true, false}) {
        for (const int window : std::as_const(windows)) {
            Figures figures;
            LoadRun run(sandbox, h2c, window, serial);
            if (!run.run(figures)) {
                ++failed;
                continue;
            }
            report(h2c ? u"h2c"_s : u"HTTP/1.1"_s, window, figures);
        }
    }
    sandbox.stop();
    return failed == 0 ? 0 : 1;
}
