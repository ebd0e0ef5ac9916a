#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace megaphone {

ImportRunPage::ImportRunPage(std::shared_ptr<const Database> db, ImportSession &session,
                             QWidget *parent)
    : QWizardPage(parent), m_db(std::move(db)), m_session(session),
      m_job(new ImportJob(m_db, this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel Import"), this))
{
    setObjectName(u"importRunPage"_s);
    setTitle(tr("Importing"));
    setSubTitle(tr("You can cancel until the contacts are being saved; a cancelled import "
                   "changes nothing."));

    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 1000);
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);
    m_cancel->setObjectName(u"cancelImport"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_job, &ImportJob::progressed, this, &ImportRunPage::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finish);
    connect(m_job, &ImportJob::failed, this, &ImportRunPage::fail);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_session.report.reset();
    m_session.failure.clear();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Reading the file\u2026"));
    m_job->start(m_session.request(false));
}

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::cancel()
{
    if (!m_job->isRunning() || !m_cancel->isEnabled())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling\u2026 nothing will be changed."));
}

void ImportRunPage::showProgress(const ImportProgress &progress)
{
    if (m_job->isCancelling())
        return;
    const QLocale locale;
    if (progress.merging) {
        m_progress->setRange(0, 0); // the merge gives no progress of its own
        m_cancel->setEnabled(false);
        m_status->setText(tr("Saving %1 rows to your contacts\u2026")
                              .arg(locale.toString(progress.rows)));
        return;
    }
    if (progress.bytesTotal > 0)
        m_progress->setValue(int(progress.bytesRead * 1000 / progress.bytesTotal));
    m_status->setText(tr("Read %1 of %2, rows: %3")
                          .arg(locale.formattedDataSize(progress.bytesRead),
                               locale.formattedDataSize(progress.bytesTotal),
                               locale.toString(progress.rows)));
}

void ImportRunPage::finish(const ImportReport &report)
{
    m_session.report = report;
    if (!report.rejectsFile.isEmpty())
        m_session.temporaryFiles.append(report.rejectsFile);
    if (!report.cancelled)
        Q_EMIT contactsImported();
    goOn();
}

void ImportRunPage::fail(const QString &message)
{
    m_session.failure = message;
    goOn();
}

void ImportRunPage::goOn()
{
    m_done = true;
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_cancel->setEnabled(false);
    Q_EMIT completeChanged();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace megaphone
