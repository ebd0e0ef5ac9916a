#include "ImportDryRunPage.h"

#include "ImportJob.h"
#include "ImportSession.h"
#include "ImportSummary.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

ImportDryRunPage::ImportDryRunPage(std::shared_ptr<const Database> db, ImportSession &session,
                                   QWidget *parent)
    : QWizardPage(parent), m_session(session), m_db(std::move(db)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_summary(new ImportSummary(true, this))
{
    setObjectName(u"importDryRunPage"_s);
    setTitle(tr("Check what will happen"));
    setSubTitle(tr("A dry run reads the whole file with your choices and changes nothing."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Import"));

    m_progress->setObjectName(u"dryRunProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setObjectName(u"dryRunStatus"_s);
    m_status->setWordWrap(true);
    m_summary->setObjectName(u"dryRunSummary"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary, 1);
}

bool ImportDryRunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportDryRunPage::initializePage()
{
    cleanupPage();
    m_session.forgetDryRun();
    m_ready = false;
    m_summary->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setStyleSheet({});
    m_status->setText(tr("Reading the file\u2026"));

    // A job per run: the answer of a cancelled one (after Back) goes nowhere.
    m_job = new ImportJob(m_db, this);
    connect(m_job, &ImportJob::progressed, this, &ImportDryRunPage::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDryRunPage::showReport);
    connect(m_job, &ImportJob::failed, this, &ImportDryRunPage::showFailure);
    m_job->start(m_session.request(true));
    Q_EMIT completeChanged();
}

void ImportDryRunPage::cleanupPage()
{
    delete m_job; // cancels a run still going
    m_job = nullptr;
}

void ImportDryRunPage::showProgress(const ImportProgress &progress)
{
    if (progress.bytesTotal > 0)
        m_progress->setValue(int(progress.bytesRead * 1000 / progress.bytesTotal));
    m_status->setText(tr("Reading the file\u2026 rows so far: %1")
                          .arg(QLocale().toString(progress.rows)));
}

void ImportDryRunPage::showReport(const ImportReport &report)
{
    m_session.dryRun = report;
    if (!report.rejectsFile.isEmpty())
        m_session.temporaryFiles.append(report.rejectsFile);
    m_progress->hide();
    m_summary->setReport(report, kShownRejects);
    const qint64 usable = report.imported + report.updated;
    m_ready = usable > 0;
    if (!m_ready) {
        m_status->setText(tr("No contact in this file can be imported. Go back and check the "
                             "columns and the default country."));
        m_status->setStyleSheet(u"color: #d32f2f;"_s);
    } else if (m_session.options.consent == Consent::OptedIn) {
        m_status->setText(tr("Nothing has changed yet. Import will record these contacts as opted "
                             "in with the source \u201c%1\u201d; those who opted out stay opted "
                             "out.")
                              .arg(m_session.options.consentSource));
    } else {
        m_status->setText(tr("Nothing has changed yet. Import will add and update the contacts "
                             "as counted here."));
    }
    Q_EMIT completeChanged();
}

void ImportDryRunPage::showFailure(const QString &message)
{
    m_progress->hide();
    m_status->setText(tr("The file cannot be imported: %1").arg(message));
    m_status->setStyleSheet(u"color: #d32f2f;"_s);
    Q_EMIT completeChanged();
}

bool ImportDryRunPage::isComplete() const
{
    return m_ready;
}

} // namespace megaphone
