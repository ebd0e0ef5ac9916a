#include "ContactImporter.h"

#include "ContactRowBuilder.h"
#include "CsvWriter.h"
#include "Database.h"
#include "ImportStaging.h"
#include "Logging.h"
#include "ReaderFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QQueue>
#include <QSet>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kBatchRows = 2000;
constexpr int kBatchesInFlight = 4;
constexpr int kFoldEvery = 20000;

using Built = std::variant<StagedContact, ImportReject>;

struct Batch
{
    QList<SourceRecord> records;
    QFuture<QList<Built>> built;
};

// E.164 has at most 15 digits: it fits a 64-bit key, far smaller than a string.
quint64 phoneKey(const QString &e164)
{
    return QStringView(e164).mid(1).toULongLong();
}

// Every rejected row, as read, with its row number and reason: a file the user
// can fix and import again.
class RejectsFile
{
public:
    explicit RejectsFile(const QStringList &header) : m_header(header) {}

    bool add(const SourceRecord &record, const QString &reason)
    {
        if (!m_file) {
            m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                      u"/megaphone-rejects-XXXXXX.csv"_s);
            m_file->setAutoRemove(false);
            if (!m_file->open())
                return false;
            m_writer = std::make_unique<CsvWriter>(m_file.get());
            m_writer->writeRow(QStringList{ContactImporter::tr("Row"), ContactImporter::tr("Reason")} +
                               m_header);
        }
        return m_writer->writeRow(QStringList{QString::number(record.row), reason} + record.fields);
    }

    // The file stays for the caller only once handed over; a cancelled or
    // failed import leaves nothing behind.
    QString handOver()
    {
        if (!m_file)
            return {};
        m_file->close();
        m_keep = true;
        return m_file->fileName();
    }
    ~RejectsFile()
    {
        if (m_file && !m_keep)
            m_file->remove();
    }

private:
    QStringList m_header;
    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_keep = false;
};

} // namespace

ContactImporter::ContactImporter(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<ImportReport> ContactImporter::run(const Request &request, const std::atomic_bool *cancel,
                                          const ProgressFn &progress)
{
    auto opened = ReaderFactory::open(request.path, request.reader);
    if (!opened)
        return opened.error();
    RecordReader &reader = *opened->reader;
    QFile &file = *opened->file;

    ColumnMapping mapping = request.mapping ? request.mapping->appliedTo(reader.header())
                                            : ColumnMapping::detect(reader.header());
    if (QString why; !mapping.isValid(&why))
        return makeError(u"bad-mapping"_s, why);

    const ContactRowBuilder builder(mapping, request.options.defaultRegion, request.options);
    ImportStaging staging(m_db, request.options.addTags);
    if (auto created = staging.create(); !created)
        return created.error();

    ImportReport report;
    RejectsFile rejects(reader.header());
    QSet<quint64> seen;
    QList<StagedContact> duplicates;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QQueue<Batch> inFlight;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    // Stages the results of the oldest batch, in file order.
    qint64 waitNs = 0;
    qint64 stageNs = 0;
    QElapsedTimer clock;
    clock.start();
    auto drainOne = [&]() -> Result<void> {
        Batch batch = inFlight.dequeue();
        qint64 t0 = clock.nsecsElapsed();
        const QList<Built> results = batch.built.result();
        waitNs += clock.nsecsElapsed() - t0;
        QList<StagedContact> fresh;
        fresh.reserve(results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (const auto *reject = std::get_if<ImportReject>(&results.at(i))) {
                ++report.invalid;
                if (report.rejects.size() < kListedRejects)
                    report.rejects.append(*reject);
                if (!rejects.add(batch.records.at(i), reject->reason))
                    return makeError(u"io"_s, tr("Cannot write the file of rejected rows in %1.")
                                                  .arg(QDir::tempPath()));
                continue;
            }
            const auto &contact = std::get<StagedContact>(results.at(i));
            report.flagged += contact.flagged ? 1 : 0;
            if (seen.contains(phoneKey(contact.phoneE164))) {
                ++report.duplicates;
                duplicates.append(contact);
            } else {
                seen.insert(phoneKey(contact.phoneE164));
                fresh.append(contact);
            }
        }
        t0 = clock.nsecsElapsed();
        if (auto appended = staging.append(fresh); !appended)
            return appended;
        stageNs += clock.nsecsElapsed() - t0;
        if (duplicates.size() >= kFoldEvery) {
            if (auto folded = staging.fold(duplicates); !folded)
                return folded;
            duplicates.clear();
        }
        return {};
    };

    ImportProgress status;
    status.bytesTotal = file.size();
    bool more = true;
    while (more) {
        if (cancelled()) {
            pool.waitForDone();
            report.cancelled = true;
            return report;
        }
        Batch batch;
        batch.records.reserve(kBatchRows);
        SourceRecord record;
        while (batch.records.size() < kBatchRows && (more = reader.next(record)))
            batch.records.append(record);
        report.read += batch.records.size();
        if (!batch.records.isEmpty()) {
            batch.built = QtConcurrent::run(&pool, [&builder, records = batch.records] {
                QList<Built> out;
                out.reserve(records.size());
                for (const SourceRecord &r : records)
                    out.append(builder.build(r));
                return out;
            });
            inFlight.enqueue(std::move(batch));
        }
        while (inFlight.size() >= kBatchesInFlight || (!more && !inFlight.isEmpty())) {
            if (auto drained = drainOne(); !drained) {
                pool.waitForDone();
                return drained.error();
            }
        }
        status.bytesRead = file.pos();
        status.rows = report.read;
        if (progress)
            progress(status);
    }
    if (!reader.error().isEmpty())
        return makeError(u"unreadable"_s, reader.error());
    qCInfo(lcContacts) << "read and staged in" << clock.elapsed() << "ms; waited for workers"
                       << waitNs / 1000000 << "ms; staging" << stageNs / 1000000 << "ms";
    if (auto folded = staging.fold(duplicates); !folded)
        return folded.error();

    auto existing = staging.countExisting();
    if (!existing)
        return existing.error();
    report.updated = existing.value();
    report.imported = seen.size() - report.updated;
    if (cancelled()) {
        report.cancelled = true;
        return report;
    }
    if (request.options.dryRun) {
        report.rejectsFile = rejects.handOver();
        return report;
    }

    status.merging = true;
    if (progress)
        progress(status);
    QElapsedTimer lock;
    lock.start();
    if (auto merged = staging.merge(request.actor); !merged)
        return merged.error();
    report.mergeMs = lock.elapsed();
    report.rejectsFile = rejects.handOver();
    qCInfo(lcContacts) << "imported" << report.imported << "updated" << report.updated
                       << "invalid" << report.invalid << "merge ms" << report.mergeMs;
    return report;
}

} // namespace megaphone
