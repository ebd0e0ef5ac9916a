#pragma once

#include <QGroupBox>

#include <memory>

class QLabel;
class QPushButton;

namespace megaphone {

class CredentialStore;
class Database;

// Shown on the dashboard while there is no sender account: "Try with the sandbox"
// creates a simulated WhatsApp number with sample contacts and syncs its templates, so
// a new user can go through the whole app without a WhatsApp Business account.
class GetStartedPanel : public QGroupBox
{
    Q_OBJECT

public:
    GetStartedPanel(std::shared_ptr<const Database> db, CredentialStore *credentials,
        QWidget *parent = nullptr);

    void trySandbox();

Q_SIGNALS:
    void settingsRequested();
    // The sandbox account, sample contacts and templates are in place.
    void sandboxReady();

private:
    void syncTemplates(qint64 accountId, int contactsAdded);
    void finish(const QString &text, bool ok);

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    QLabel *m_status;
    QPushButton *m_try;
};

} // namespace megaphone
