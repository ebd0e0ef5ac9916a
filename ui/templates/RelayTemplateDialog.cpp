#include "RelayTemplateDialog.h"

#include "MessageTemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(u"^[a-z0-9_]+$"_s);
    return pattern;
}
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]*$"_s);
    return pattern;
}
} // namespace

RelayTemplateDialog::RelayTemplateDialog(const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_account(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_language(new QLineEdit(u"en"_s, this))
    , m_text(new QPlainTextEdit(this))
    , m_variables(new QLabel(this))
    , m_mediaUrl(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"relayTemplateDialog"_s);
    setWindowTitle(tr("New relay template"));
    m_account->setObjectName(u"relayAccount"_s);
    for (const Account &account : accounts)
        m_account->addItem(account.label, account.id);
    m_name->setObjectName(u"relayName"_s);
    m_name->setPlaceholderText(tr("spring_sale"));
    m_language->setObjectName(u"relayLanguage"_s);
    m_text->setObjectName(u"relayText"_s);
    m_text->setPlaceholderText(tr("Hi {{first_name}}! Our *spring sale* starts today."));
    m_variables->setObjectName(u"relayVariables"_s);
    m_variables->setWordWrap(true);
    m_mediaUrl->setObjectName(u"relayMediaUrl"_s);
    m_mediaUrl->setPlaceholderText(tr("https://… (optional: an image sent above the text)"));
    m_problem->setObjectName(u"relayProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Sender account"), m_account);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Text"), m_text);
    form->addRow(QString(), m_variables);
    form->addRow(tr("Media link"), m_mediaUrl);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    auto *hint = new QLabel(tr("Write *bold*, _italic_, ~strike~ and ```monospace``` as in "
                               "WhatsApp; {{first_name}} and other variables are filled from "
                               "each contact."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->insertRow(4, QString(), hint);
    resize(520, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_name, m_language, m_mediaUrl })
        connect(edit, &QLineEdit::textChanged, this, &RelayTemplateDialog::refreshState);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RelayTemplateDialog::refreshState);
    refreshState();
}

void RelayTemplateDialog::edit(const TemplateRecord &record)
{
    setWindowTitle(tr("Edit relay template"));
    m_record = record;
    m_account->setCurrentIndex(m_account->findData(record.accountId));
    m_account->setEnabled(false);
    m_name->setText(record.name);
    m_name->setReadOnly(true);
    m_language->setText(record.language);
    m_language->setReadOnly(true);
    auto message = MessageTemplate::fromRecord(record);
    if (message) {
        m_text->setPlainText(message->body);
        m_mediaUrl->setText(message->headerExampleUrl);
    }
}

QJsonArray RelayTemplateDialog::componentsFor(const QString &text, const QString &mediaUrl)
{
    QJsonArray components;
    if (!mediaUrl.isEmpty()) {
        components.append(QJsonObject { { u"type"_s, u"HEADER"_s }, { u"format"_s, u"IMAGE"_s },
            { u"example"_s, QJsonObject { { u"header_handle"_s, QJsonArray { mediaUrl } } } } });
    }
    components.append(QJsonObject { { u"type"_s, u"BODY"_s }, { u"text"_s, text } });
    return components;
}

TemplateRecord RelayTemplateDialog::record() const
{
    TemplateRecord record = m_record;
    record.accountId = m_account->currentData().toLongLong();
    record.name = m_name->text().trimmed();
    record.language = m_language->text().trimmed();
    if (record.remoteId.isEmpty())
        record.remoteId = record.name + u'_' + record.language;
    record.category = u"MARKETING"_s;
    record.status = u"APPROVED"_s;
    record.parameterFormat = u"NAMED"_s;
    record.components
        = componentsFor(m_text->toPlainText().trimmed(), m_mediaUrl->text().trimmed());
    record.deletedAt = 0;
    return record;
}

QString RelayTemplateDialog::problem() const
{
    if (m_account->currentIndex() < 0)
        return tr("Add a relay account in Settings first.");
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the template a name.");
    if (!namePattern().match(name).hasMatch())
        return tr("The name may have lowercase letters, digits and underscores only.");
    if (m_language->text().trimmed().isEmpty())
        return tr("Give the language code, like en or pt_BR.");
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty())
        return tr("Write the text of the message.");
    for (const QString &variable : MessageTemplate::variablesIn(text)) {
        if (!variablePattern().match(variable).hasMatch())
            return tr("The variable {{%1}} needs a name of lowercase letters, digits and "
                      "underscores, like {{first_name}}.")
                .arg(variable);
    }
    const QString url = m_mediaUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http")
            || parsed.host().isEmpty())
            return tr("The media link must be a web address starting with https://.");
    }
    return {};
}

void RelayTemplateDialog::refreshState()
{
    const QStringList variables = MessageTemplate::variablesIn(m_text->toPlainText());
    QStringList shown;
    for (const QString &variable : variables)
        shown.append(u"{{"_s + variable + u"}}"_s);
    m_variables->setText(shown.isEmpty() ? tr("No variables: everyone gets the same text.")
                                         : tr("Variables: %1").arg(shown.join(u", "_s)));
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

} // namespace megaphone
