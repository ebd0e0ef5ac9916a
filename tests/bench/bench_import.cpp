// Imports the generated contacts CSV into SQLite or PostgreSQL and prints rows
// per second, CPU, peak memory, how long the merge held the write lock, how a
// concurrent writer (standing in for the dispatcher) fared meanwhile, and how
// long the contacts page's first screen and a tag filter take on the result.
#include "BenchSupport.h"
#include "ContactImporter.h"
#include "ContactStore.h"
#include "Database.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

// Commits a small write every 20 ms, as the dispatcher does with its results,
// and keeps the slowest commit.
struct BackgroundWriter
{
    std::shared_ptr<Database> db;
    std::atomic_bool stop{false};
    std::atomic<qint64> slowestMs{0};
    std::atomic<int> commits{0};
    std::atomic<int> failures{0};

    void run()
    {
        while (!stop) {
            QElapsedTimer t;
            t.start();
            auto done = db->transaction([&]() -> Result<void> {
                QSqlQuery q(db->connection());
                if (!q.exec(u"INSERT INTO settings (key, value) VALUES ('bench.tick', '[1]') "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s))
                    return makeError(u"sql"_s, u"tick failed"_s);
                return {};
            });
            (done ? commits : failures)++;
            slowestMs = std::max<qint64>(slowestMs, t.elapsed());
            QThread::msleep(20);
        }
    }
};

template<typename F>
double timeMs(F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FILE sqlite|postgresql\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString backend = QString::fromLatin1(argv[2]);
    if (backend == u"postgresql" && !test::adminPostgresUrl()) {
        std::printf("skipped: MEGAPHONE_TEST_PG_URL is not set (run through make bench)\n");
        return 0;
    }
    auto created = test::TestDatabase::create(backend);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    auto db = created.value()->db();

    BackgroundWriter writer;
    writer.db = db;
    QThread *writerThread = QThread::create([&] { writer.run(); });
    writerThread->start();

    ContactImporter::Request request;
    request.path = path;
    request.options.defaultRegion = u"IN"_s;
    request.options.addTags = {u"bench"_s};
    const double cpuBefore = bench::cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    auto report = ContactImporter(db).run(request);
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpuBefore;
    writer.stop = true;
    writerThread->wait();
    delete writerThread;
    if (!report) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().message));
        return 1;
    }
    QFile::remove(report->rejectsFile);

    std::printf("== import of %s into %s (%d threads)\n", qPrintable(path), qPrintable(backend),
                QThread::idealThreadCount());
    std::printf("rows read %lld, new %lld, updated %lld, repeated %lld, rejected %lld, flagged %lld\n",
                report->read, report->imported, report->updated, report->duplicates,
                report->invalid, report->flagged);
    bench::print(u"wall time"_s, seconds, u"s"_s);
    bench::print(u"rows per second"_s, static_cast<double>(report->read) / seconds, u"rows/s"_s);
    bench::print(u"CPU time"_s, cpu, u"s"_s);
    bench::print(u"peak memory"_s, bench::peakMemoryMiB(), u"MiB"_s);
    bench::print(u"merge held the write lock"_s, static_cast<double>(report->mergeMs), u"ms"_s);
    std::printf("concurrent writer: %d commits, %d failures, slowest commit %lld ms\n",
                writer.commits.load(), writer.failures.load(), writer.slowestMs.load());

    ContactStore store(db);
    qint64 total = 0;
    const double firstScreen = timeMs([&] {
        total = store.count({}).value();
        store.page({}, 0, 200).value();
    });
    bench::print(u"contacts page first screen (count + 200 rows)"_s, firstScreen, u"ms"_s);
    qint64 vip = 0;
    const double tagFilter = timeMs([&] {
        vip = store.count({{u"vip"_s}, {}, {}}).value();
        store.page({{u"vip"_s}, {}, {}}, 0, 200).value();
    });
    bench::print(u"tag filter (count + 200 rows)"_s, tagFilter, u"ms"_s);
    const double search = timeMs([&] { store.page({{}, {}, u"sharma"_s}, 0, 200).value(); });
    bench::print(u"name search, first 200 rows"_s, search, u"ms"_s);
    std::printf("contacts %lld, tagged vip %lld\n", total, vip);
    return 0;
}
