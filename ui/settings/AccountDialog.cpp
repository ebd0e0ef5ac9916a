#include "AccountDialog.h"

#include "MessageLabel.h"
#include "ProviderForm.h"
#include "SecretField.h"
#include "secrets/CredentialStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QList<ProviderKind> kProviders = { ProviderKind::Meta, ProviderKind::Dialog360,
    ProviderKind::Twilio, ProviderKind::Relay, ProviderKind::Sandbox };
}

AccountDialog::AccountDialog(
    const QList<Portfolio> &portfolios, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_provider(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_portfolio(new QComboBox(this))
    , m_displayNumber(new QLineEdit(this))
    , m_forms(new QStackedWidget(this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Add a Sender Account"));
    m_provider->setObjectName(u"accountProvider"_s);
    m_label->setObjectName(u"accountLabel"_s);
    m_label->setPlaceholderText(tr("Brazil marketing"));
    m_portfolio->setObjectName(u"accountPortfolio"_s);
    m_displayNumber->setObjectName(u"accountDisplayNumber"_s);
    m_displayNumber->setPlaceholderText(u"+5511987654321"_s);
    m_displayNumber->setToolTip(tr("The number as people see it; shown in lists only."));
    m_message->setObjectName(u"accountMessage"_s);
    m_buttons->setObjectName(u"accountButtons"_s);

    for (ProviderKind kind : kProviders) {
        m_provider->addItem(ProviderForm::providerName(kind), int(kind));
        auto *form = new ProviderForm(kind, m_forms);
        m_providerForms.append(form);
        m_forms->addWidget(form);
    }
    m_portfolio->addItem(tr("None"), qint64(0));
    for (const Portfolio &p : portfolios)
        m_portfolio->addItem(p.name, p.id);

    auto *common = new QFormLayout;
    common->addRow(tr("Provider:"), m_provider);
    common->addRow(tr("Label:"), m_label);
    common->addRow(tr("Portfolio:"), m_portfolio);
    common->addRow(tr("Phone number:"), m_displayNumber);
    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connection);
    connectionLayout->addWidget(m_forms);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(common);
    layout->addWidget(connection);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, m_forms, [this](int index) {
        m_forms->setCurrentIndex(index);
        m_message->clearMessage();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
}

void AccountDialog::setProvider(ProviderKind provider)
{
    m_provider->setCurrentIndex(int(kProviders.indexOf(provider)));
}

ProviderForm *AccountDialog::currentForm() const
{
    return m_providerForms.value(m_forms->currentIndex());
}

void AccountDialog::setAccount(const Account &account)
{
    m_original = account;
    m_editing = true;
    setWindowTitle(tr("Edit Sender Account"));
    setProvider(account.provider);
    // Secrets are stored per provider: a changed provider would strand them.
    m_provider->setEnabled(false);
    m_label->setText(account.label);
    const int portfolio = m_portfolio->findData(account.portfolioId);
    m_portfolio->setCurrentIndex(portfolio < 0 ? 0 : portfolio);
    m_displayNumber->setText(account.displayNumber);
    currentForm()->load(account);
    checkStoredSecrets();
}

void AccountDialog::checkStoredSecrets()
{
    for (SecretField *field : currentForm()->secretFields()) {
        if (!m_credentials) {
            field->setStored(SecretField::Stored::Unreadable, tr("no keychain is connected"));
            continue;
        }
        field->setStored(SecretField::Stored::Checking);
        // The value itself is read only to learn whether one exists; it is not shown.
        m_credentials->readAsync(CredentialStore::accountKey(m_original.id, field->name()), field,
            [field](const Result<QString> &read) {
                if (read)
                    field->setStored(
                        read->isEmpty() ? SecretField::Stored::No : SecretField::Stored::Yes);
                else if (read.error().code == u"not-found")
                    field->setStored(SecretField::Stored::No);
                else
                    field->setStored(SecretField::Stored::Unreadable, read.error().message);
            });
    }
}

Account AccountDialog::account() const
{
    Account account = m_original;
    account.provider = currentForm()->provider();
    account.label = m_label->text().trimmed();
    account.portfolioId = m_portfolio->currentData().toLongLong();
    account.displayNumber = m_displayNumber->text().trimmed();
    currentForm()->store(account);
    return account;
}

AccountSecrets AccountDialog::secrets() const
{
    return currentForm()->secrets();
}

QString AccountDialog::validate() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Give the account a label, such as the country or brand it sends for.");
    return currentForm()->validate(m_editing);
}

void AccountDialog::accept()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_message->showMessage(problem, true);
        return;
    }
    m_message->showMessage(tr("Saving\u2026"));
    setBusy(true);
    Q_EMIT submitted();
}

void AccountDialog::finishSaving(const Result<void> &saved)
{
    setBusy(false);
    if (!saved) {
        m_message->showMessage(saved.error().message, true);
        return;
    }
    QDialog::accept();
}

void AccountDialog::markAdded(qint64 id)
{
    m_original.id = id;
    m_editing = true;
    m_provider->setEnabled(false);
}

void AccountDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_forms->setEnabled(!busy);
}

} // namespace megaphone
