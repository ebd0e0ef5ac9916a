#include "ImportJob.h"

#include "widgets/LongJobs.h"
#include "widgets/ProgressRelay.h"

#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace megaphone {

ImportJob::ImportJob(std::shared_ptr<const Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
}

ImportJob::~ImportJob()
{
    cancel();
}

bool ImportJob::start(const ContactImporter::Request &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ImportJob> guard(this);
    auto relay = std::make_shared<ProgressRelay<ImportProgress>>(
        this, [this](const ImportProgress &progress) {
            if (m_running)
                Q_EMIT progressed(progress);
        });
    longJobPool()->start([guard, relay, request, db = m_db,
                                          cancel = m_cancel]() mutable {
        bool merging = false;
        auto result = ContactImporter(db).run(request, cancel.get(),
                                              [&](const ImportProgress &progress) {
                                                  // The start of the merge always shows.
                                                  relay->report(progress,
                                                                progress.merging != merging);
                                                  merging = progress.merging;
                                              });
        QCoreApplication *app = QCoreApplication::instance();
        if (!app) { // the application is going away
            if (result && !result->rejectsFile.isEmpty())
                QFile::remove(result->rejectsFile);
            return;
        }
        QMetaObject::invokeMethod(
            app,
            [guard, result = std::move(result)]() {
                if (!guard) {
                    if (result && !result->rejectsFile.isEmpty())
                        QFile::remove(result->rejectsFile);
                    return;
                }
                guard->m_running = false;
                if (result)
                    Q_EMIT guard->finished(result.value());
                else
                    Q_EMIT guard->failed(result.error().message);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ImportJob::cancel()
{
    if (m_running && m_cancel)
        m_cancel->store(true);
}

} // namespace megaphone
