#include "ImportOptionsPage.h"


#include "ImportSession.h"
#include "widgets/CountryCombo.h"
#include "widgets/HintLabel.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

ImportOptionsPage::ImportOptionsPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_region(new CountryCombo(this)),
      m_tags(new QLineEdit(this)), m_consentNone(new QRadioButton(this)),
      m_consentOptedIn(new QRadioButton(this)), m_consentSource(new QLineEdit(this)),
      m_consentColumn(new QLabel(this))
{
    setObjectName(u"importOptionsPage"_s);
    setTitle(tr("Choose the import options"));
    setSubTitle(tr("What applies to every contact of the file."));

    m_region->setObjectName(u"regionCombo"_s);
    m_tags->setObjectName(u"addTags"_s);
    m_tags->setPlaceholderText(tr("e.g. spring-sale, newsletter"));

    // Short fields stay short on a wide window; the hints below them use the width.
    m_region->setMaximumWidth(380);
    m_tags->setMaximumWidth(380);
    auto *numbers = new QFormLayout;
    numbers->addRow(tr("Default country:"), m_region);
    numbers->addRow(QString(), hintLabel(tr("Numbers written without a country code, such as "
                                            "0987 654 3210, are read as numbers of this country. "
                                            "A country column in the file overrides it for its "
                                            "row."),
                                         this));
    numbers->addRow(tr("Add tags:"), m_tags);
    numbers->addRow(QString(), hintLabel(tr("Separated by commas; added to every contact in the "
                                            "file, new or already known."),
                                         this));

    auto *consent = new QGroupBox(tr("Consent to WhatsApp marketing"), this);
    m_consentNone->setObjectName(u"consentNone"_s);
    m_consentNone->setText(tr("Don't record consent"));
    m_consentNone->setChecked(true);
    m_consentOptedIn->setObjectName(u"consentOptedIn"_s);
    m_consentOptedIn->setText(tr("These contacts agreed to receive WhatsApp marketing from us"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_consentNone);
    group->addButton(m_consentOptedIn);
    m_consentSource->setObjectName(u"consentSource"_s);
    m_consentSource->setPlaceholderText(
        tr("Where and when they agreed, e.g. Website checkout opt-in, 2025"));
    m_consentColumn->setObjectName(u"consentColumnNote"_s);
    m_consentColumn->setWordWrap(true);

    auto *sourceRow = new QFormLayout;
    sourceRow->setContentsMargins(24, 0, 0, 0);
    sourceRow->addRow(tr("Source:"), m_consentSource);
    auto *consentLayout = new QVBoxLayout(consent);
    consentLayout->addWidget(hintLabel(
        tr("WhatsApp allows marketing messages only to people who agreed to receive them, so "
           "broadcasts go only to contacts recorded as opted in. Record consent only when it is "
           "true: its source is kept with each contact as your proof."),
        consent));
    consentLayout->addWidget(m_consentNone);
    consentLayout->addWidget(m_consentOptedIn);
    consentLayout->addLayout(sourceRow);
    consentLayout->addWidget(m_consentColumn);
    consentLayout->addWidget(hintLabel(tr("Contacts who opted out stay opted out: an import never "
                                          "opts them in again."),
                                       consent));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(numbers);
    layout->addSpacing(8);
    layout->addWidget(consent);
    layout->addStretch(1);

    connect(m_region, &QComboBox::activated, this, [this] { m_regionChosen = true; });
    connect(m_consentOptedIn, &QRadioButton::toggled, this, &ImportOptionsPage::updateConsent);
    connect(m_consentSource, &QLineEdit::textChanged, this, &ImportOptionsPage::completeChanged);
    updateConsent();
}

void ImportOptionsPage::suggestRegion(const QString &region)
{
    if (!m_regionChosen)
        m_region->setRegion(region);
}

void ImportOptionsPage::initializePage()
{
    const qsizetype column = m_session.mapping.columnFor(ContactField::Consent);
    m_consentColumn->setVisible(column >= 0);
    if (column >= 0) {
        m_consentColumn->setText(
            tr("The column \u201c%1\u201d says who agreed; this choice applies only to rows where "
               "it is empty.")
                .arg(m_session.mapping.header().value(column)));
    }
}

void ImportOptionsPage::updateConsent()
{
    m_consentSource->setEnabled(m_consentOptedIn->isChecked());
    if (m_consentOptedIn->isChecked())
        m_consentSource->setFocus();
    Q_EMIT completeChanged();
}

bool ImportOptionsPage::isComplete() const
{
    return !m_consentOptedIn->isChecked() || !m_consentSource->text().trimmed().isEmpty();
}

bool ImportOptionsPage::validatePage()
{
    ImportOptions &options = m_session.options;
    options.defaultRegion = m_region->region();
    options.addTags = ColumnMapping::splitTags(m_tags->text());
    options.consent = m_consentOptedIn->isChecked() ? Consent::OptedIn : Consent::Unknown;
    options.consentSource = m_consentOptedIn->isChecked() ? m_consentSource->text().trimmed()
                                                         : QString();
    return true;
}

} // namespace megaphone
