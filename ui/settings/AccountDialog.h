#pragma once

#include "Account.h"
#include "AccountSecrets.h"
#include "PortfolioStore.h"
#include "Result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QStackedWidget;

namespace megaphone {

class CredentialStore;
class MessageLabel;
class ProviderForm;

// Adds or edits one sender account. The dialog validates and collects; saving is
// the caller's: on OK it emits submitted() and waits, and finishSaving() closes it
// or shows why the save failed (so nothing typed is lost).
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(const QList<Portfolio> &portfolios, CredentialStore *credentials,
        QWidget *parent = nullptr);

    // Edit mode: fills the form, fixes the provider, and asks the keychain (without
    // blocking) which secrets it already holds.
    void setAccount(const Account &account);
    bool isEditing() const { return m_editing; }

    Account account() const;
    // Only the secrets typed in; an empty field keeps the stored one.
    AccountSecrets secrets() const;
    // What is missing, in words; empty when the account can be saved.
    QString validate() const;

    void accept() override;
    void finishSaving(const Result<void> &saved);
    // The account was added but a later step failed: OK now updates it.
    void markAdded(qint64 id);

    ProviderForm *currentForm() const;
    void setProvider(ProviderKind provider);

Q_SIGNALS:
    void submitted();

private:
    void checkStoredSecrets();
    void setBusy(bool busy);

    CredentialStore *m_credentials;
    QComboBox *m_provider;
    QLineEdit *m_label;
    QComboBox *m_portfolio;
    QLineEdit *m_displayNumber;
    QStackedWidget *m_forms;
    QList<ProviderForm *> m_providerForms;
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
    Account m_original;
    bool m_editing = false;
};

} // namespace megaphone
