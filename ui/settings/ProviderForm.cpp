#include "ProviderForm.h"

#include "SecretField.h"
#include "widgets/HintLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Fields kept in the account's own columns; every other one goes to its settings JSON.
const QStringList kColumnKeys
    = { u"phone_number_id"_s, u"waba_id"_s, u"base_url"_s, u"api_version"_s };

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
        && !url.host().isEmpty();
}

QString columnValue(const Account &account, const QString &key)
{
    if (key == u"phone_number_id")
        return account.phoneNumberId;
    if (key == u"waba_id")
        return account.wabaId;
    if (key == u"base_url")
        return account.baseUrl;
    if (key == u"api_version")
        return account.apiVersion;
    return {};
}

void setColumnValue(Account &account, const QString &key, const QString &value)
{
    if (key == u"phone_number_id")
        account.phoneNumberId = value;
    else if (key == u"waba_id")
        account.wabaId = value;
    else if (key == u"base_url")
        account.baseUrl = value;
    else if (key == u"api_version")
        account.apiVersion = value;
}

} // namespace

ProviderForm::ProviderForm(ProviderKind provider, QWidget *parent)
    : QWidget(parent), m_provider(provider), m_form(new QFormLayout(this))
{
    setObjectName(u"providerForm_"_s + providerToString(provider));
    m_form->setContentsMargins(0, 0, 0, 0);
    switch (provider) {
    case ProviderKind::Meta:
        buildMeta();
        break;
    case ProviderKind::Dialog360:
        build360Dialog();
        break;
    case ProviderKind::Twilio:
        buildTwilio();
        break;
    case ProviderKind::Relay:
        buildRelay();
        break;
    case ProviderKind::Sandbox:
        buildSandbox();
        break;
    }
}

QString ProviderForm::providerName(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::Meta:
        return tr("Meta Cloud API");
    case ProviderKind::Dialog360:
        return tr("360dialog");
    case ProviderKind::Twilio:
        return tr("Twilio");
    case ProviderKind::Relay:
        return tr("Relay (a Megaphone server)");
    case ProviderKind::Sandbox:
        return tr("Sandbox (test server)");
    }
    return {};
}

QLineEdit *ProviderForm::addText(
    const QString &key, const QString &label, const QString &defaultValue, const QString &toolTip)
{
    auto *edit = new QLineEdit(defaultValue, this);
    edit->setObjectName(providerToString(m_provider) + u'_' + key);
    edit->setToolTip(toolTip);
    edit->setMinimumWidth(260);
    m_fields.insert(key, edit);
    m_defaults.insert(key, defaultValue);
    m_form->addRow(label, edit);
    return edit;
}

void ProviderForm::addSecret(const QString &name, bool canGenerate)
{
    auto *field = new SecretField(name, canGenerate, this);
    m_secrets.append(field);
    m_form->addRow(AccountSecrets::labelFor(name) + u':', field);
}

void ProviderForm::addHint(const QString &text)
{
    m_form->addRow(hintLabel(text, this));
}

void ProviderForm::buildMeta()
{
    addText(u"phone_number_id"_s, tr("Phone number ID:"), {},
        tr("The number's ID in WhatsApp Manager (API Setup), digits only; not the phone "
           "number itself."));
    addText(u"waba_id"_s, tr("WhatsApp Business Account ID:"), {},
        tr("Needed to read and submit message templates."));
    addText(u"base_url"_s, tr("Graph API address:"), u"https://graph.facebook.com"_s);
    addText(u"api_version"_s, tr("API version:"), u"v23.0"_s);
    m_maxMps = new QSpinBox(this);
    m_maxMps->setObjectName(u"meta_max_mps"_s);
    m_maxMps->setRange(0, 1000);
    m_maxMps->setSpecialValueText(tr("Team default"));
    m_maxMps->setSuffix(tr(" per second"));
    m_maxMps->setToolTip(tr("The most messages this number sends a second. Meta allows 80 a "
                            "second by default and up to 1,000 for upgraded numbers."));
    m_form->addRow(tr("Sending speed:"), m_maxMps);
    addSecret(u"access_token"_s, false);
    addSecret(u"app_secret"_s, false);
    addSecret(u"verify_token"_s, true);
    addHint(tr("Use a System User access token that does not expire. The app secret checks "
               "that webhook calls come from Meta; the verify token is what you also type in "
               "the app's webhook settings."));
}

void ProviderForm::build360Dialog()
{
    addText(u"base_url"_s, tr("API address:"), u"https://waba-v2.360dialog.io"_s);
    addSecret(u"api_key"_s, false);
    addSecret(u"webhook_token"_s, true);
    addHint(tr("360dialog does not sign its webhooks: the webhook token is part of the "
               "webhook address, so make it unguessable with Generate."));
}

void ProviderForm::buildTwilio()
{
    addText(
        u"account_sid"_s, tr("Account SID:"), {}, tr("Starts with AC, from the Twilio console."));
    auto *from = addText(u"from"_s, tr("From number:"), {},
        tr("The WhatsApp sender in international form, such as +14155550100."));
    from->setPlaceholderText(u"+14155550100"_s);
    addText(u"messaging_service_sid"_s, tr("Or Messaging Service SID:"), {},
        tr("Starts with MG. Used instead of the From number when given."));
    auto *callback = addText(u"callback_base_url"_s, tr("Public status address:"), {},
        tr("The public https address where Twilio reaches this "
           "Megaphone's webhooks; delivery reports need it."));
    callback->setPlaceholderText(u"https://megaphone.example.com"_s);
    addText(u"base_url"_s, tr("API address:"), u"https://api.twilio.com"_s);
    addSecret(u"auth_token"_s, false);
}

void ProviderForm::buildRelay()
{
    auto *url = addText(u"base_url"_s, tr("Server address:"), {},
        tr("The Megaphone server that sends for this account."));
    url->setPlaceholderText(u"https://relay.example.com"_s);
    addSecret(u"relay_secret"_s, false);
}

void ProviderForm::buildSandbox()
{
    addHint(tr("Messages go to Megaphone's own test server, found when a broadcast starts. "
               "Nothing reaches WhatsApp."));
}

void ProviderForm::load(const Account &account)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString stored = kColumnKeys.contains(it.key())
            ? columnValue(account, it.key())
            : account.settings.value(it.key()).toString();
        it.value()->setText(stored.isEmpty() ? m_defaults.value(it.key()) : stored);
    }
    if (m_maxMps)
        m_maxMps->setValue(account.settings.value(u"max_mps"_s).toInt());
}

void ProviderForm::store(Account &account) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString value = it.value()->text().trimmed();
        if (it.key() == u"from" && value.startsWith(u"whatsapp:"_s, Qt::CaseInsensitive))
            value = value.mid(9).trimmed();
        if (it.key() == u"base_url" || it.key() == u"callback_base_url") {
            while (value.endsWith(u'/'))
                value.chop(1);
        }
        if (kColumnKeys.contains(it.key()))
            setColumnValue(account, it.key(), value);
        else if (value.isEmpty())
            account.settings.remove(it.key());
        else
            account.settings.insert(it.key(), value);
    }
    if (m_maxMps) {
        if (m_maxMps->value() > 0)
            account.settings.insert(u"max_mps"_s, m_maxMps->value());
        else
            account.settings.remove(u"max_mps"_s);
    }
    if (m_provider == ProviderKind::Twilio && account.displayNumber.isEmpty())
        account.displayNumber = account.settings.value(u"from"_s).toString();
}

AccountSecrets ProviderForm::secrets() const
{
    AccountSecrets secrets;
    for (const SecretField *field : m_secrets) {
        if (!field->text().isEmpty())
            secrets.set(field->name(), field->text());
    }
    return secrets;
}

QString ProviderForm::text(const QString &key) const
{
    const QLineEdit *edit = m_fields.value(key);
    return edit ? edit->text().trimmed() : QString();
}

QString ProviderForm::validate(bool editing) const
{
    if (m_fields.contains(u"base_url"_s)) {
        if (text(u"base_url"_s).isEmpty())
            return tr("Enter the server address.");
        if (!isWebAddress(text(u"base_url"_s)))
            return tr("The address \"%1\" is not a web address (https://...).")
                .arg(text(u"base_url"_s));
    }
    QString problem;
    if (m_provider == ProviderKind::Meta)
        problem = validateMeta();
    else if (m_provider == ProviderKind::Twilio)
        problem = validateTwilio();
    return problem.isEmpty() ? validateSecrets(editing) : problem;
}

QString ProviderForm::validateMeta() const
{
    if (text(u"phone_number_id"_s).isEmpty())
        return tr("Enter the phone number ID (WhatsApp Manager, API Setup).");
    if (!matches(u"[0-9]+"_s, text(u"phone_number_id"_s)))
        return tr("The phone number ID is digits only. It is not the phone number itself.");
    if (!text(u"waba_id"_s).isEmpty() && !matches(u"[0-9]+"_s, text(u"waba_id"_s)))
        return tr("The WhatsApp Business Account ID is digits only.");
    if (!matches(u"v[0-9]+\\.[0-9]+"_s, text(u"api_version"_s)))
        return tr("The API version looks like v23.0.");
    return {};
}

QString ProviderForm::validateTwilio() const
{
    if (!matches(u"AC[0-9a-fA-F]{32}"_s, text(u"account_sid"_s)))
        return tr("Enter the Account SID: AC followed by 32 letters and digits.");
    QString from = text(u"from"_s);
    if (from.startsWith(u"whatsapp:"_s, Qt::CaseInsensitive))
        from = from.mid(9).trimmed();
    const QString service = text(u"messaging_service_sid"_s);
    if (from.isEmpty() && service.isEmpty())
        return tr("Enter the From number or a Messaging Service SID.");
    if (!from.isEmpty() && !matches(u"\\+[1-9][0-9]{6,14}"_s, from))
        return tr("Write the From number in international form, such as +14155550100.");
    if (!service.isEmpty() && !matches(u"MG[0-9a-fA-F]{32}"_s, service))
        return tr("The Messaging Service SID is MG followed by 32 letters and digits.");
    const QString callback = text(u"callback_base_url"_s);
    if (!callback.isEmpty() && !isWebAddress(callback))
        return tr("The public status address \"%1\" is not a web address (https://...).")
            .arg(callback);
    return {};
}

QString ProviderForm::validateSecrets(bool editing) const
{
    if (m_secrets.isEmpty())
        return {};
    const SecretField *main = m_secrets.first();
    if (!main->text().isEmpty())
        return {};
    // When editing, an empty field keeps the stored secret, if there is one.
    if (editing && main->stored() != SecretField::Stored::No)
        return {};
    return tr("Fill in \"%1\".").arg(AccountSecrets::labelFor(main->name()));
}

} // namespace megaphone
