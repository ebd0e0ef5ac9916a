#include "ImportWizard.h"

#include "ImportDryRunPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportPreviewPage.h"
#include "ImportReportPage.h"
#include "ImportRunPage.h"
#include "PhoneNormalizer.h"
#include "TeamSettings.h"
#include "widgets/RunInBackground.h"

using namespace Qt::StringLiterals;

namespace megaphone {

ImportWizard::ImportWizard(std::shared_ptr<const Database> db, QWidget *parent)
    : QWizard(parent), m_db(std::move(db)), m_options(new ImportOptionsPage(m_session, this)),
      m_dryRun(new ImportDryRunPage(m_db, m_session, this)),
      m_run(new ImportRunPage(m_db, m_session, this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 580);

    setPage(FilePage, new ImportFilePage(m_session, this));
    setPage(PreviewPage, new ImportPreviewPage(m_session, this));
    setPage(MappingPage, new ImportMappingPage(m_session, this));
    setPage(OptionsPage, m_options);
    setPage(DryRunPage, m_dryRun);
    setPage(RunPage, m_run);
    setPage(ReportPage, new ImportReportPage(m_session, this));
    setStartId(FilePage);

    connect(m_run, &ImportRunPage::contactsImported, this, &ImportWizard::contactsImported);
    loadDefaultRegion();
}

ImportWizard::~ImportWizard()
{
    m_session.removeTemporaryFiles();
}

// The team's default country, else the computer's.
void ImportWizard::loadDefaultRegion()
{
    runInBackground(
        this, [db = m_db] { return TeamSettings(db).defaultRegion(); },
        [this](const Result<QString> &region) {
            QString chosen = region ? region.value() : QString();
            if (chosen.isEmpty() || !PhoneNormalizer::isSupportedRegion(chosen))
                chosen = PhoneNormalizer::systemRegion();
            m_options->suggestRegion(chosen);
        });
}

bool ImportWizard::isImporting() const
{
    return m_run->isRunning();
}

void ImportWizard::reject()
{
    // The import stops before its merge and then shows that nothing changed.
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::done(int result)
{
    if (m_run->isRunning())
        return;
    m_dryRun->cleanupPage(); // stops a dry run still reading
    m_session.removeTemporaryFiles();
    QWizard::done(result);
}

} // namespace megaphone
