#include "ImportFilePage.h"

#include "ImportSession.h"
#include "widgets/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_path(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Contacts exported from Google Contacts, Outlook, Shopify, HubSpot, Mailchimp "
                   "or a spreadsheet (CSV, TSV, TXT), or from a phone (vCard)."));

    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("The path of a .csv, .tsv, .txt or .vcf file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setObjectName(u"importBrowse"_s);

    m_problem->setObjectName(u"importFileProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #d32f2f;"_s);

    auto *hint = new QLabel(
        tr("From a spreadsheet, save the sheet as \u201c" "CSV UTF-8\u201d. From an iPhone or a Mac, "
           "select the contacts in Contacts and export them as a vCard. Nothing is imported "
           "before the last step: you will see how the file reads and what would change first."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Contacts file:"), this));
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::checkPath);
}

void ImportFilePage::browse()
{
    QString dir = QFileInfo(m_path->text().trimmed()).absolutePath();
    if (m_path->text().trimmed().isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::getOpenFileName(
        this, tr("Choose a Contacts File"), dir,
        tr("Contact files (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::checkPath()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty())
        m_problem->clear();
    else if (!info.exists())
        m_problem->setText(tr("There is no file at this path."));
    else if (!info.isFile())
        m_problem->setText(tr("This is a folder: choose a file in it."));
    else if (!info.isReadable())
        m_problem->setText(tr("You have no permission to read this file."));
    else
        m_problem->clear();
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(m_path->text().trimmed());
    return info.isFile() && info.isReadable();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path != m_session.path) {
        // Another file: nothing chosen for the last one applies.
        m_session.path = path;
        m_session.reader = {};
        m_session.preview = {};
        m_session.mapping = {};
    }
    return true;
}

} // namespace megaphone
