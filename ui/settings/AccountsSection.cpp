#include "AccountsSection.h"

#include "AccountDialog.h"
#include "AccountSecrets.h"
#include "AccountStore.h"
#include "MessageLabel.h"
#include "ProviderCall.h"
#include "ProviderForm.h"
#include "SecretJobs.h"
#include "widgets/Dialogs.h"
#include "widgets/RunInBackground.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
enum Column { LabelColumn, ProviderColumn, NumberColumn, PortfolioColumn, ConnectionColumn };
}

AccountsSection::AccountsSection(
    std::shared_ptr<const Database> db, CredentialStore *credentials, QWidget *parent)
    : QGroupBox(tr("Sender accounts"), parent)
    , m_db(std::move(db))
    , m_credentials(credentials)
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("Add\u2026"), this))
    , m_edit(new QPushButton(tr("Edit\u2026"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"accountsSection"_s);
    m_table->setObjectName(u"accountsTable"_s);
    m_table->setHorizontalHeaderLabels(
        { tr("Label"), tr("Provider"), tr("Number"), tr("Portfolio"), tr("Connection") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(140);
    m_add->setObjectName(u"addAccount"_s);
    m_edit->setObjectName(u"editAccount"_s);
    m_remove->setObjectName(u"removeAccount"_s);
    m_test->setObjectName(u"testAccount"_s);
    m_test->setToolTip(tr("Ask the provider whether the number and its secrets work."));
    m_message->setObjectName(u"accountsMessage"_s);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_add, m_edit, m_remove, m_test })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AccountsSection::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsSection::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsSection::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &AccountsSection::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsSection::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AccountsSection::editSelected);
    updateButtons();
}

void AccountsSection::refresh()
{
    const quint64 generation = ++m_generation;
    runInBackground(
        this, [db = m_db] { return AccountStore(db).list(); },
        [this, generation](const Result<QList<Account>> &accounts) {
            if (generation == m_generation)
                showAccounts(accounts);
        });
}

void AccountsSection::setPortfolios(const QList<Portfolio> &portfolios)
{
    m_portfolios = portfolios;
    for (int row = 0; row < m_table->rowCount() && row < m_accounts.size(); ++row)
        m_table->item(row, PortfolioColumn)->setText(portfolioName(m_accounts[row].portfolioId));
}

QString AccountsSection::portfolioName(qint64 id) const
{
    for (const Portfolio &p : m_portfolios) {
        if (p.id == id)
            return p.name;
    }
    return {};
}

QString AccountsSection::numberOf(const Account &account) const
{
    if (!account.displayNumber.isEmpty())
        return account.displayNumber;
    if (!account.phoneNumberId.isEmpty())
        return tr("ID %1").arg(account.phoneNumberId);
    return {};
}

void AccountsSection::showAccounts(const Result<QList<Account>> &accounts)
{
    if (!accounts) {
        m_message->showMessage(
            tr("Cannot read the sender accounts: %1").arg(accounts.error().message), true);
        return;
    }
    const std::optional<Account> selected = selectedAccount();
    m_accounts = accounts.value();
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &a = m_accounts[row];
        const QStringList texts = { a.label, ProviderForm::providerName(a.provider), numberOf(a),
            portfolioName(a.portfolioId), QString() };
        for (int column = 0; column < texts.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
        if (m_testResults.contains(a.id))
            showTestResult(a.id, m_testResults[a.id].text, m_testResults[a.id].ok);
        if (selected && selected->id == a.id)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
    Q_EMIT accountsChanged();
}

std::optional<Account> AccountsSection::selectedAccount() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return std::nullopt;
    const int row = ranges.first().topRow();
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts[row];
}

void AccountsSection::updateButtons()
{
    const bool one = selectedAccount().has_value();
    m_edit->setEnabled(one);
    m_remove->setEnabled(one);
    m_test->setEnabled(one);
}

AccountDialog *AccountsSection::openDialog() const
{
    return m_dialog.data();
}

void AccountsSection::addAccount()
{
    openDialogFor(std::nullopt);
}

void AccountsSection::editSelected()
{
    if (auto account = selectedAccount())
        openDialogFor(account);
}

void AccountsSection::openDialogFor(const std::optional<Account> &account)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new AccountDialog(m_portfolios, m_credentials, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (account)
        m_dialog->setAccount(*account);
    AccountDialog *dialog = m_dialog;
    connect(dialog, &AccountDialog::submitted, this, [this, dialog] { save(dialog); });
    dialog->open();
}

void AccountsSection::save(AccountDialog *dialog)
{
    const Account account = dialog->account();
    const AccountSecrets secrets = dialog->secrets();
    const bool adding = !dialog->isEditing();
    QPointer<AccountDialog> guard(dialog);
    runInBackground(
        this,
        [db = m_db, account, adding]() -> Result<qint64> {
            AccountStore store(db);
            if (adding)
                return store.add(account);
            if (auto updated = store.update(account); !updated)
                return updated.error();
            return account.id;
        },
        [this, guard, account, secrets, adding](const Result<qint64> &saved) {
            if (!saved) {
                m_message->showMessage(saved.error().message, true);
                if (guard)
                    guard->finishSaving(saved.error());
                return;
            }
            if (adding && guard)
                guard->markAdded(saved.value());
            // Only the secrets typed in are written; an empty field keeps the stored one.
            QList<std::pair<QString, QString>> entries;
            for (const QString &name : AccountSecrets::namesFor(account.provider)) {
                if (secrets.has(name))
                    entries.append(
                        { CredentialStore::accountKey(saved.value(), name), secrets.value(name) });
            }
            const bool anySecret = !entries.isEmpty();
            refresh();
            SecretJobs::writeAll(m_credentials, std::move(entries), this,
                [this, guard, label = account.label, anySecret](const Result<void> &written) {
                    if (!written) {
                        const Error error = makeError(written.error().code,
                            tr("The account \"%1\" was saved, but its secrets were not: %2")
                                .arg(label, written.error().message));
                        m_message->showMessage(error.message, true);
                        if (guard)
                            guard->finishSaving(error);
                        return;
                    }
                    m_message->showMessage(anySecret
                            ? tr("Saved \"%1\"; its secrets are in the keychain.").arg(label)
                            : tr("Saved \"%1\".").arg(label));
                    if (guard)
                        guard->finishSaving({});
                });
        });
}

void AccountsSection::removeSelected()
{
    const std::optional<Account> account = selectedAccount();
    if (!account)
        return;
    if (!Dialogs::confirm(this, tr("Remove Sender Account"),
            tr("Remove \"%1\" and delete its secrets from the keychain?").arg(account->label),
            tr("Remove")))
        return;
    m_remove->setEnabled(false);
    runInBackground(
        this, [db = m_db, id = account->id] { return AccountStore(db).remove(id); },
        [this, account](const Result<void> &removed) {
            refresh();
            if (!removed) {
                m_message->showMessage(removed.error().message, true);
                return;
            }
            m_testResults.remove(account->id);
            QStringList keys;
            for (const QString &name : AccountSecrets::allNames())
                keys << CredentialStore::accountKey(account->id, name);
            SecretJobs::removeAll(m_credentials, keys, this,
                [this, label = account->label](const Result<void> &gone) {
                    if (gone)
                        m_message->showMessage(tr("Removed \"%1\" and its secrets.").arg(label));
                    else
                        m_message->showMessage(
                            tr("Removed \"%1\", but its secrets could not be deleted from the "
                               "keychain: %2")
                                .arg(label, gone.error().message),
                            true);
                });
        });
}

void AccountsSection::testSelected()
{
    const std::optional<Account> account = selectedAccount();
    if (!account)
        return;
    showTestResult(account->id, tr("Testing\u2026"), true);
    m_test->setEnabled(false);
    Q_EMIT testConnectionRequested(account->id);
    const qint64 id = account->id;
    ProviderCall::testConnection(
        *account, m_credentials, this, [this, id](const Result<ConnectionInfo> &result) {
            if (result)
                showTestResult(id, result->summary, true);
            else
                showTestResult(id, result.error().message, false);
            updateButtons();
            Q_EMIT connectionTested(id, result.ok());
        });
}

void AccountsSection::showTestResult(qint64 accountId, const QString &text, bool ok)
{
    m_testResults.insert(accountId, { text, ok });
    for (int row = 0; row < m_accounts.size() && row < m_table->rowCount(); ++row) {
        if (m_accounts[row].id != accountId)
            continue;
        QTableWidgetItem *item = m_table->item(row, ConnectionColumn);
        item->setText(text);
        item->setToolTip(text);
        item->setForeground(ok ? QBrush() : QBrush(QColor(0xd3, 0x2f, 0x2f)));
    }
}

} // namespace megaphone
