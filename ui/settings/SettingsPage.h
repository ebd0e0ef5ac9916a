#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace megaphone {

class AccountsSection;
class CredentialStore;
class Database;
class DatabaseSection;
class KeychainProbe;
class LanguageSection;
class PortfoliosSection;
class Preferences;
class TeamDefaultsSection;
class WebhookService;
class WebhooksSection;

// Settings: the database (in use, and the choice of another), whether the keychain
// works, portfolios, sender accounts, the team's sending defaults and the language.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    // `preferences` may be null: the application's default QSettings are used.
    SettingsPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                 Preferences *preferences = nullptr, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Reads everything shown again (team settings keep unsaved edits).
    void refresh();
    void checkKeychain();
    // Saves the team sending defaults.
    void save();

    DatabaseSection *databaseSection() const { return m_database; }
    PortfoliosSection *portfoliosSection() const { return m_portfolios; }
    AccountsSection *accountsSection() const { return m_accounts; }

    // The app's webhook receiver, which the Webhooks section turns on and off.
    void setWebhookService(WebhookService *service);

    // Shows the answer of a connection test in the account's row.
    void showTestResult(qint64 accountId, const QString &text, bool ok);

Q_SIGNALS:
    // "Test connection" was pressed for this account: the owner asks its provider
    // and answers with showTestResult().
    void testConnectionRequested(qint64 accountId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createKeychainGroup();

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<Preferences> m_ownPreferences;
    KeychainProbe *m_probe;
    DatabaseSection *m_database;
    PortfoliosSection *m_portfolios;
    AccountsSection *m_accounts;
    TeamDefaultsSection *m_team;
    LanguageSection *m_language;
    WebhooksSection *m_webhooks;
    QLabel *m_keychainStatus = nullptr;
    QPushButton *m_keychainRecheck = nullptr;
    bool m_probed = false;
};

} // namespace megaphone
