#pragma once

#include "Account.h"
#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace megaphone {

class CredentialStore;

// The secrets of one sender account, read from the keychain (or, on a server, from
// systemd credentials or MEGAPHONE_SECRET_<ID>_<NAME>: DESIGN.md section 5).
// Names: access_token, app_secret, verify_token (Meta, sandbox); api_key, webhook_token
// (360dialog); auth_token (Twilio); relay_secret (relay).
class AccountSecrets
{
    Q_DECLARE_TR_FUNCTIONS(AccountSecrets)

public:
    // The secret names a provider uses, the main one first.
    static QStringList namesFor(ProviderKind provider);
    // Every name any provider uses, each once (what removing an account clears).
    static QStringList allNames();
    // The one a bare line on standard input stands for (`accounts add`).
    static QString mainNameFor(ProviderKind provider) { return namesFor(provider).value(0); }
    // A label for a secret name, translated ("Access token").
    static QString labelFor(const QString &name);

    QString value(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    bool has(const QString &name) const { return !m_values.value(name).isEmpty(); }

    // Blocking reads (CLI, worker threads). A missing optional secret is no error; a
    // missing main secret is, with a message that says how to set it.
    static Result<AccountSecrets> load(const Account &account, CredentialStore &store);
    // The same without blocking (the GUI thread): `done` runs on `context`'s thread.
    static void loadAsync(const Account &account, CredentialStore *store, QObject *context,
        std::function<void(const Result<AccountSecrets> &)> done);
    // Writes the given secrets (empty values are skipped).
    Result<void> save(qint64 accountId, CredentialStore &store) const;
    static Result<void> removeAll(const Account &account, CredentialStore &store);

private:
    static Result<std::optional<QString>> settle(
        const Account &account, const QString &name, const Result<QString> &stored);
    static void loadNext(const std::shared_ptr<void> &state);

    QMap<QString, QString> m_values;
};

} // namespace megaphone
