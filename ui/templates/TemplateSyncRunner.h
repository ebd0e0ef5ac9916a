#pragma once

#include "Account.h"

#include <QObject>

#include <memory>

namespace megaphone {

class CredentialStore;
class Database;

// "Sync" of the Templates page: lists the templates of one account after the other
// (ProviderCall, on the GUI thread without blocking it) and stores each list with
// applyTemplates off the GUI thread. Says how far it got and what came of it in
// words, one line per account.
class TemplateSyncRunner : public QObject
{
    Q_OBJECT

public:
    TemplateSyncRunner(std::shared_ptr<const Database> db, CredentialStore *credentials,
        QObject *parent = nullptr);

    void start(const QList<Account> &accounts);
    // Drops what is still to come; a list already being stored is stored.
    void cancel();
    bool isRunning() const { return m_call != nullptr; }

Q_SIGNALS:
    void progress(const QString &text);
    // `ok` is false when an account failed or the sync was cancelled.
    void finished(const QString &text, bool ok);

private:
    void next();
    QString prefix(const Account &account) const;
    void accountDone(const QString &line, bool ok);

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    QList<Account> m_queue;
    QStringList m_lines;
    int m_accountCount = 0;
    bool m_ok = true;
    QObject *m_call = nullptr; // the context of the running calls; deleting it drops them
};

} // namespace megaphone
