#pragma once

#include "Account.h"
#include "PortfolioStore.h"
#include "Result.h"

#include <QGroupBox>
#include <QHash>
#include <QPointer>

#include <memory>

class QPushButton;
class QTableWidget;

namespace megaphone {

class AccountDialog;
class AccountSecrets;
class CredentialStore;
class Database;
class MessageLabel;

// The sender accounts: a table with Add, Edit, Remove and Test connection. Account
// rows go through AccountStore on a background thread; their secrets go only to the
// keychain, through the asynchronous CredentialStore calls.
class AccountsSection : public QGroupBox
{
    Q_OBJECT

public:
    AccountsSection(std::shared_ptr<const Database> db, CredentialStore *credentials,
        QWidget *parent = nullptr);

    void refresh();
    void setPortfolios(const QList<Portfolio> &portfolios);
    const QList<Account> &accounts() const { return m_accounts; }

    void addAccount();
    void editSelected();
    void removeSelected();
    void testSelected();
    // The dialog now open, if any (tests drive it).
    AccountDialog *openDialog() const;

    // The answer of a connection test, shown in the account's row.
    void showTestResult(qint64 accountId, const QString &text, bool ok);

Q_SIGNALS:
    void testConnectionRequested(qint64 accountId);
    // A connection test (over the provider's API) has ended; its words are in the row.
    void connectionTested(qint64 accountId, bool ok);
    // After the list was read again (added, edited, removed).
    void accountsChanged();

private:
    void openDialogFor(const std::optional<Account> &account);
    void save(AccountDialog *dialog);
    void saveSecrets(AccountDialog *dialog, qint64 accountId, bool added);
    void showAccounts(const Result<QList<Account>> &accounts);
    void updateButtons();
    std::optional<Account> selectedAccount() const;
    QString portfolioName(qint64 id) const;
    QString numberOf(const Account &account) const;

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    MessageLabel *m_message;
    QPointer<AccountDialog> m_dialog;
    QList<Account> m_accounts;
    QList<Portfolio> m_portfolios;
    struct TestResult
    {
        QString text;
        bool ok = false;
    };
    QHash<qint64, TestResult> m_testResults;
    quint64 m_generation = 0;
};

} // namespace megaphone
