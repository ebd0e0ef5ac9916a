// Phone normalisation alone, on the generated CSV's phone and country cells: the
// time a number on one thread and on two, which shows how far libphonenumber scales.
// Each thread has a libphonenumber instance of its own (PhoneUtilPool.h): on the shared
// singleton, whose regular-expression cache takes one mutex for every pattern it matches,
// two threads ran only 1.3x faster than one.
#include "BenchSupport.h"
#include "PhoneNormalizer.h"
#include "ReaderFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

struct Cell
{
    QString phone;
    QString country;
};

// Nanoseconds to normalise every cell, split over `threads` threads.
qint64 normaliseAll(const PhoneNormalizer &phones, const QList<Cell> &cells, int threads)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&phones, &cells, t, threads] {
            for (qsizetype i = t; i < cells.size(); i += threads)
                phones.normalize(cells.at(i).phone, cells.at(i).country);
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    return clock.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [ROWS]\n", argv[0]);
        return 2;
    }
    const qsizetype rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 200000;
    auto opened = ReaderFactory::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const QStringList header = opened->reader->header();
    const qsizetype phoneColumn = header.indexOf(u"Phone"_s);
    const qsizetype countryColumn = header.indexOf(u"Country Code"_s);
    if (phoneColumn < 0 || countryColumn < 0) {
        std::fprintf(stderr, "no Phone or Country Code column\n");
        return 1;
    }
    QList<Cell> cells;
    cells.reserve(rows);
    SourceRecord record;
    while (cells.size() < rows && opened->reader->next(record))
        cells.append({record.fields.value(phoneColumn), record.fields.value(countryColumn)});

    const PhoneNormalizer phones(u"IN"_s);
    normaliseAll(phones, cells.mid(0, 1000), 1); // libphonenumber's tables and caches
    std::printf("== %lld phone cells of %s\n", static_cast<long long>(cells.size()), argv[1]);
    double oneThread = 0;
    for (const int threads : {1, 2}) {
        const double us = double(normaliseAll(phones, cells, threads)) / 1000.0 / double(cells.size());
        if (threads == 1)
            oneThread = us;
        bench::print(u"wall time a number, %1 thread(s)"_s.arg(threads), us, u"us"_s);
        if (threads > 1)
            std::printf("speed-up on %d threads: %.2fx\n", threads, oneThread / us);
    }
    return 0;
}
