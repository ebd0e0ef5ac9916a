#include "ContactExportJob.h"

#include "ContactExporter.h"
#include "widgets/LongJobs.h"
#include "widgets/ProgressRelay.h"
#include "widgets/RunInBackground.h"

#include <QDir>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kSteps = 1000;

} // namespace

ContactExportJob::ContactExportJob(std::shared_ptr<const Database> db, QWidget *dialogParent)
    : QObject(dialogParent), m_db(std::move(db)), m_parent(dialogParent)
{
}

ContactExportJob::~ContactExportJob()
{
    if (m_cancel)
        m_cancel->store(true);
    delete m_dialog;
}

bool ContactExportJob::start(const ContactFilter &filter, const QString &path, qint64 expected)
{
    if (m_running)
        return false;
    m_running = true;
    m_expected = expected;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    m_dialog = new QProgressDialog(m_parent);
    m_dialog->setObjectName(u"exportProgress"_s);
    m_dialog->setWindowTitle(tr("Export Contacts"));
    m_dialog->setLabelText(tr("Writing the contacts to %1\u2026").arg(QDir::toNativeSeparators(path)));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, expected > 0 ? kSteps : 0);
    m_dialog->setMinimumDuration(500); // a small export finishes before it would show
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    auto relay = std::make_shared<ProgressRelay<qint64>>(
        this, [this](const qint64 &written) { showProgress(written); });
    runInPool(
        longJobPool(), this,
        [db = m_db, filter, path, cancel = m_cancel, relay]() -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return makeError(u"io"_s, tr("Cannot write %1: %2")
                                              .arg(QDir::toNativeSeparators(path),
                                                   file.errorString()));
            }
            auto written = ContactExporter(db).write(filter, &file, cancel.get(),
                                                     [&](qint64 n) { relay->report(n); });
            if (!written || cancel->load()) {
                file.cancelWriting();
                return written;
            }
            if (!file.commit()) {
                return makeError(u"io"_s, tr("Cannot write %1: %2")
                                              .arg(QDir::toNativeSeparators(path),
                                                   file.errorString()));
            }
            return written;
        },
        [this, path](const Result<qint64> &written) {
            m_running = false;
            const bool cancelled = m_cancel->load();
            delete m_dialog;
            if (cancelled)
                Q_EMIT finished(tr("The export was cancelled; no file was written."), false);
            else if (!written)
                Q_EMIT finished(written.error().message, false);
            else
                Q_EMIT finished(written.value() == 1
                                    ? tr("Exported one contact to %1.")
                                          .arg(QDir::toNativeSeparators(path))
                                    : tr("Exported %1 contacts to %2.")
                                          .arg(QLocale().toString(written.value()),
                                               QDir::toNativeSeparators(path)),
                                true);
        });
    return true;
}

void ContactExportJob::showProgress(qint64 written)
{
    if (!m_dialog || m_expected <= 0)
        return;
    m_dialog->setValue(int(std::min<qint64>(written, m_expected) * kSteps / m_expected));
    m_dialog->setLabelText(tr("Written %1 of %2 contacts\u2026")
                               .arg(QLocale().toString(written), QLocale().toString(m_expected)));
}

} // namespace megaphone
