// The responsiveness check of issue 7: while a broadcast sends at 1,000 messages/s to a
// sandbox in its own process (h2c, 150 ms latency) from a DispatcherPool in this process,
// as the app does, the main window is open on the Dashboard and then the Broadcasts page,
// and a 10 ms timer on the GUI thread measures how late the event loop serves it. Prints
// p50, p99 and the worst lateness per page (target: p99 under 50 ms) and the sending rate.
// Usage: bench_guilatency BACKEND [RECIPIENTS]  (default 30,000)
#include "DispatcherPool.h"
#include "MainWindow.h"
#include "SendSetup.h"
#include "TeamSettings.h"
#include "TestDatabase.h"
#include "secrets/MemoryCredentialStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

constexpr int kTickMs = 10;
constexpr int kLatencyMs = 150;

// How late each tick of a 10 ms timer came, in ms.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = double(m_clock.nsecsElapsed()) / 1e6 - kTickMs;
            m_lateness.push_back(std::max(0.0, late));
            m_clock.restart();
        });
    }
    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p) const
    {
        if (m_lateness.empty())
            return 0;
        std::vector<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    size_t samples() const { return m_lateness.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_lateness;
};

void report(const QString &label, const LatencyProbe &probe)
{
    std::printf("%s: %zu ticks\n", qPrintable(label), probe.samples());
    bench::print(label + u" event-loop lateness p50"_s, probe.percentile(0.50), u"ms"_s);
    bench::print(label + u" event-loop lateness p99"_s, probe.percentile(0.99), u"ms"_s);
    bench::print(label + u" event-loop lateness worst"_s, probe.percentile(1.0), u"ms"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString backend = app.arguments().value(1, u"sqlite"_s);
    const int recipients = app.arguments().value(2, u"30000"_s).toInt();
    bench::SandboxProcess sandbox(QString::fromUtf8(MEGAPHONE_CLI_PATH));
    if (!sandbox.start(kLatencyMs))
        return std::fprintf(stderr, "the sandbox did not start\n"), 1;
    auto test = test::TestDatabase::create(backend);
    if (!test)
        return std::fprintf(stderr, "%s\n", qPrintable(test.error().message)), 1;
    const auto db = test.value()->db();
    MemoryCredentialStore credentials;
    if (!bench::addContacts(*db, recipients) || !TeamSettings(db).setMaxMessagesPerSecond(1000))
        return 1;
    const qint64 account = bench::addAccount(db, sandbox, 1000, credentials);
    const qint64 broadcast = bench::startBroadcast(db, account, 1000, {}, nullptr);

    MainWindow window(db, &credentials);
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Page::Dashboard);
    DispatcherPool::Options options;
    options.accountIds = {account};
    DispatcherPool pool(db, &credentials, options);
    QElapsedTimer clock;
    bool ended = false;
    QObject::connect(&pool, &DispatcherPool::broadcastEnded, &app,
                     [&](qint64 id, BroadcastStatus, const QString &) { ended |= id == broadcast; });

    LatencyProbe probe;
    const auto runFor = [&](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && !ended)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    clock.start();
    pool.start();
    const int half = recipients / 1000 * 1000 / 2; // ms: half the broadcast at 1,000/s
    probe.start();
    runFor(half);
    probe.stop();
    report(u"%1 dashboard open"_s.arg(backend), probe);
    window.showPage(MainWindow::Page::Broadcasts);
    probe.start();
    runFor(half * 3);
    probe.stop();
    report(u"%1 broadcasts page open"_s.arg(backend), probe);
    const qint64 sent = bench::scalar(*db, u"SELECT COUNT(*) FROM recipients WHERE status = 'sent'"_s);
    bench::print(u"%1 messages sent meanwhile"_s.arg(backend), double(sent), QString());
    bench::print(u"%1 sending rate"_s.arg(backend), double(sent) / (double(clock.elapsed()) / 1000.0),
                 u"messages/s"_s);
    pool.stop();
    runFor(3000);
    return 0;
}
