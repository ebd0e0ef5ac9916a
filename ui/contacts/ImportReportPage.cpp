#include "ImportReportPage.h"

#include "ImportSession.h"
#include "ImportSummary.h"
#include "widgets/Dialogs.h"
#include "widgets/RunInBackground.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

ImportReportPage::ImportReportPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_message(new QLabel(this)),
      m_summary(new ImportSummary(false, this)),
      m_save(new QPushButton(tr("Save Rejected Rows\u2026"), this)), m_saveMessage(new QLabel(this))
{
    setObjectName(u"importReportPage"_s);
    setFinalPage(true);

    m_message->setObjectName(u"reportMessage"_s);
    m_message->setWordWrap(true);
    m_summary->setObjectName(u"reportSummary"_s);
    m_save->setObjectName(u"saveRejects"_s);
    m_save->setToolTip(tr("A CSV file of every rejected row with its reason: fix the rows and "
                          "import the file again."));
    m_saveMessage->setObjectName(u"saveRejectsMessage"_s);
    m_saveMessage->setWordWrap(true);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveMessage, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_summary, 1);
    layout->addLayout(saveRow);
    layout->addStretch(); // takes the room when there is no summary

    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::saveRejects);
}

void ImportReportPage::initializePage()
{
    m_saveMessage->clear();
    const std::optional<ImportReport> &report = m_session.report;
    const bool done = report && !report->cancelled;
    if (!m_session.failure.isEmpty()) {
        setTitle(tr("The import failed"));
        setSubTitle(tr("Nothing was changed."));
        m_message->setText(tr("%1\n\nNothing was changed: your contacts are as they were before.")
                               .arg(m_session.failure));
    } else if (!done) {
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("Nothing was changed."));
        m_message->setText(tr("The import was cancelled before anything was saved. Nothing was "
                              "changed: your contacts are as they were before."));
    } else {
        setTitle(tr("Import finished"));
        setSubTitle(tr("The contacts are in your list."));
        m_message->setText(
            m_session.options.consent == Consent::OptedIn
                ? tr("The contacts are recorded as opted in (source: \u201c%1\u201d), except "
                     "those who had opted out.")
                      .arg(m_session.options.consentSource)
                : tr("Only contacts recorded as opted in receive broadcasts."));
    }
    m_summary->setVisible(done);
    if (done)
        m_summary->setReport(*report, int(report->rejects.size()));
    const bool rejects = done && !report->rejectsFile.isEmpty();
    m_save->setVisible(rejects);
    m_save->setEnabled(rejects);
}

void ImportReportPage::saveRejects()
{
    const QString from = m_session.report ? m_session.report->rejectsFile : QString();
    if (from.isEmpty())
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
        tr("%1 - rejected rows.csv").arg(QFileInfo(m_session.path).completeBaseName());
    const QString to = Dialogs::getSaveFileName(this, tr("Save Rejected Rows"), suggested,
                                                tr("CSV files (*.csv)"));
    if (to.isEmpty())
        return;
    // A file of many rejects takes a while to copy: off the GUI thread.
    m_save->setEnabled(false);
    m_saveMessage->setText(tr("Saving\u2026"));
    runInBackground(
        this,
        [from, to]() -> QString {
            // The file dialog asked before replacing a file; QFile::copy never replaces one.
            if (QFile::exists(to) && !QFile::remove(to))
                return tr("Cannot replace %1.").arg(QDir::toNativeSeparators(to));
            if (!QFile::copy(from, to))
                return tr("Cannot save the rejected rows to %1.").arg(QDir::toNativeSeparators(to));
            return {};
        },
        [this, to](const QString &problem) {
            m_save->setEnabled(true);
            m_saveMessage->setText(
                problem.isEmpty()
                    ? tr("Saved to %1. Fix the rows there and import the file again.")
                          .arg(QDir::toNativeSeparators(to))
                    : problem);
        });
}

} // namespace megaphone
