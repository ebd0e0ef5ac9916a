#include "ContactEditDialog.h"

#include "Clock.h"
#include "ColumnMapping.h"
#include "ContactStore.h"
#include "PhoneNormalizer.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QString jsonText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

} // namespace

ContactEditDialog::ContactEditDialog(std::shared_ptr<const Database> db, const Contact &contact,
                                     const QString &defaultRegion, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_contact(contact), m_region(defaultRegion),
      m_phone(new QLineEdit(contact.phoneE164, this)), m_phoneHint(new QLabel(this)),
      m_firstName(new QLineEdit(contact.firstName, this)),
      m_lastName(new QLineEdit(contact.lastName, this)),
      m_displayName(new QLineEdit(contact.displayName, this)),
      m_email(new QLineEdit(contact.email, this)), m_birthday(new QLineEdit(contact.birthday, this)),
      m_language(new QLineEdit(contact.language, this)), m_timeZone(new QComboBox(this)),
      m_consent(new QComboBox(this)), m_consentSource(new QLineEdit(this)),
      m_tags(new QLineEdit(contact.tags.join(u", "_s), this)), m_attributes(new QTableWidget(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"contactEditDialog"_s);
    setWindowTitle(tr("Edit Contact"));
    const std::pair<QWidget *, const char16_t *> names[] = {
        {m_phone, u"editPhone"},         {m_firstName, u"editFirstName"},
        {m_lastName, u"editLastName"},   {m_displayName, u"editDisplayName"},
        {m_email, u"editEmail"},         {m_birthday, u"editBirthday"},
        {m_language, u"editLanguage"},   {m_timeZone, u"editTimeZone"},
        {m_consent, u"editConsent"},     {m_consentSource, u"editConsentSource"},
        {m_tags, u"editTags"},           {m_attributes, u"editAttributes"},
        {m_problem, u"editProblem"},     {m_buttons, u"editButtons"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromUtf16(name));

    m_phoneHint->setForegroundRole(QPalette::PlaceholderText);
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD"));
    m_language->setPlaceholderText(tr("e.g. en, pt_BR"));
    m_displayName->setPlaceholderText(tr("As shown in lists; empty: first and last name"));
    m_tags->setPlaceholderText(tr("Separated by commas"));

    m_timeZone->setEditable(true);
    m_timeZone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(contact.timeZone);
    m_timeZone->lineEdit()->setPlaceholderText(tr("From the country"));

    for (Consent consent : {Consent::OptedIn, Consent::Unknown, Consent::OptedOut})
        m_consent->addItem(StatusText::consent(consent), int(consent));
    m_consent->setCurrentIndex(m_consent->findData(int(contact.consent)));
    m_consentSource->setText(contact.consent == Consent::OptedOut ? contact.optOutSource
                                                                  : contact.consentSource);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #d32f2f;"_s);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(QString(), m_phoneHint);
    form->addRow(tr("First name:"), m_firstName);
    form->addRow(tr("Last name:"), m_lastName);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Birthday:"), m_birthday);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Consent:"), m_consent);
    form->addRow(tr("Source:"), m_consentSource);
    form->addRow(tr("Tags:"), m_tags);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createAttributes(), 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, 640);

    connect(m_phone, &QLineEdit::textChanged, this, &ContactEditDialog::updatePhoneHint);
    connect(m_consent, &QComboBox::currentIndexChanged, this,
            &ContactEditDialog::updateConsentSource);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePhoneHint();
    updateConsentSource();
}

QWidget *ContactEditDialog::createAttributes()
{
    auto *box = new QWidget(this);
    m_attributes->setColumnCount(2);
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_attributes->setColumnWidth(0, 160);
    const QJsonObject &attributes = m_contact.attributes;
    m_attributes->setRowCount(int(attributes.size()));
    int filled = 0;
    for (auto it = attributes.begin(); it != attributes.end(); ++it, ++filled) {
        m_attributes->setItem(filled, 0, new QTableWidgetItem(it.key()));
        m_attributes->setItem(filled, 1, new QTableWidgetItem(jsonText(it.value())));
    }

    auto *add = new QPushButton(tr("Add Attribute"), box);
    add->setObjectName(u"addAttribute"_s);
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(u"removeAttribute"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem);
        m_attributes->setItem(row, 1, new QTableWidgetItem);
        m_attributes->editItem(m_attributes->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0)
            m_attributes->removeRow(m_attributes->currentRow());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Custom attributes, for message templates:"), box), 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_attributes, 1);
    return box;
}

void ContactEditDialog::updatePhoneHint()
{
    const QString typed = m_phone->text().trimmed();
    const PhoneResult number = PhoneNormalizer(m_region).normalize(typed);
    QString hint;
    if (typed.isEmpty()) {
        hint = tr("A phone number is needed.");
    } else if (!number.ok()) {
        hint = number.reason;
    } else {
        const QString country = QLocale::territoryToString(QLocale::codeToTerritory(number.region));
        hint = typed == number.e164 ? tr("A valid number in %1.").arg(country)
                                    : tr("Saved as %1 (%2).").arg(number.e164, country);
        if (number.flagged())
            hint += u' ' + number.reason;
    }
    m_phoneHint->setText(hint);
}

void ContactEditDialog::updateConsentSource()
{
    const auto consent = static_cast<Consent>(m_consent->currentData().toInt());
    m_consentSource->setEnabled(consent != Consent::Unknown);
    if (consent == Consent::OptedIn)
        m_consentSource->setPlaceholderText(tr("Where and when they agreed"));
    else if (consent == Consent::OptedOut)
        m_consentSource->setPlaceholderText(tr("How they opted out, e.g. replied STOP"));
    else
        m_consentSource->setPlaceholderText(QString());
}

QString ContactEditDialog::collect(Contact &c) const
{
    const PhoneResult number = PhoneNormalizer(m_region).normalize(m_phone->text());
    if (!number.ok())
        return tr("The phone number cannot be used: %1").arg(number.reason);
    const QString birthday = m_birthday->text().trimmed();
    if (!birthday.isEmpty() && !QDate::fromString(birthday, Qt::ISODate).isValid())
        return tr("Write the birthday as year-month-day, e.g. 1990-04-25.");
    const QString timeZone = m_timeZone->currentText().trimmed();
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return tr("\u201c%1\u201d is not a time zone; choose one from the list.").arg(timeZone);
    const auto consent = static_cast<Consent>(m_consent->currentData().toInt());
    const QString source = m_consentSource->text().trimmed();
    // A new opt-in needs its proof; an old one without a source may keep its state.
    if (consent == Consent::OptedIn && source.isEmpty() && m_contact.consent != Consent::OptedIn)
        return tr("Say where and when the contact agreed to WhatsApp marketing.");

    QJsonObject attributes;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString key = m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed()
                                                       : QString();
        const QString value = m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text()
                                                         : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        if (key.isEmpty())
            return tr("Every custom attribute needs a name.");
        if (attributes.contains(key))
            return tr("The attribute \u201c%1\u201d is listed twice.").arg(key);
        // Keep numbers and flags from an import as they were when their text is unchanged.
        const QJsonValue before = m_contact.attributes.value(key);
        attributes.insert(key, !before.isUndefined() && jsonText(before) == value
                                   ? before
                                   : QJsonValue(value));
    }

    c = m_contact;
    c.phoneE164 = number.e164;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.displayName = m_displayName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.birthday = birthday;
    c.language = m_language->text().trimmed();
    c.timeZone = timeZone;
    c.tags = ColumnMapping::splitTags(m_tags->text());
    c.attributes = attributes;
    const qint64 now = Clock::nowMs();
    if (consent == Consent::OptedOut) {
        if (m_contact.consent != Consent::OptedOut)
            c.optedOutAt = now;
        c.optOutSource = source;
    } else if (consent == Consent::OptedIn) {
        if (m_contact.consent != Consent::OptedIn || source != m_contact.consentSource)
            c.consentAt = now;
        c.consentSource = source;
    }
    c.consent = consent;
    return {};
}

void ContactEditDialog::save()
{
    Contact contact;
    if (const QString problem = collect(contact); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    m_buttons->setEnabled(false);
    showProblem({});
    runInBackground(
        this,
        [store = ContactStore(m_db), contact]() mutable -> Result<void> {
            auto other = store.findByPhone(contact.phoneE164);
            if (!other)
                return other.error();
            if (other.value() && other.value()->id != contact.id) {
                return makeError(u"duplicate"_s,
                                 tr("Another contact already has the number %1.")
                                     .arg(contact.phoneE164));
            }
            return store.update(contact);
        },
        [this, contact](const Result<void> &saved) {
            m_buttons->setEnabled(true);
            if (!saved) {
                showProblem(saved.error().message);
                return;
            }
            m_contact = contact;
            accept();
        });
}

void ContactEditDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace megaphone
