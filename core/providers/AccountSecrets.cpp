#include "AccountSecrets.h"

#include "Logging.h"
#include "secrets/CredentialStore.h"

#include <QDir>
#include <QFile>
#include <QPointer>

#include <optional>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

const QList<ProviderKind> kAllProviders = { ProviderKind::Meta, ProviderKind::Dialog360,
    ProviderKind::Twilio, ProviderKind::Relay, ProviderKind::Sandbox };

// MEGAPHONE_SECRET_<ID>_<NAME>, set on purpose by a server's admin.
QString environmentName(qint64 accountId, const QString &name)
{
    return u"MEGAPHONE_SECRET_%1_%2"_s.arg(accountId).arg(name.toUpper());
}

// A systemd credential: $CREDENTIALS_DIRECTORY/account-<id>-<name>. A trailing line
// break (as `echo` writes it) is not part of the secret.
std::optional<QString> credentialFile(qint64 accountId, const QString &name)
{
    const QString folder = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (folder.isEmpty())
        return std::nullopt;
    QFile file(QDir(folder).filePath(u"account-%1-%2"_s.arg(accountId).arg(name)));
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

// The server-side sources, which win over the keychain when present.
std::optional<QString> serverSecret(qint64 accountId, const QString &name)
{
    const QString fromEnvironment
        = qEnvironmentVariable(qPrintable(environmentName(accountId, name)));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return credentialFile(accountId, name);
}

// A sandbox account works without any secret; every other provider needs its main one.
bool mainSecretRequired(ProviderKind provider)
{
    return provider != ProviderKind::Sandbox;
}

} // namespace

QStringList AccountSecrets::namesFor(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::Meta:
    case ProviderKind::Sandbox:
        return { u"access_token"_s, u"app_secret"_s, u"verify_token"_s };
    case ProviderKind::Dialog360:
        return { u"api_key"_s, u"webhook_token"_s };
    case ProviderKind::Twilio:
        return { u"auth_token"_s };
    case ProviderKind::Relay:
        return { u"relay_secret"_s };
    }
    return {};
}

QStringList AccountSecrets::allNames()
{
    QStringList names;
    for (ProviderKind provider : kAllProviders) {
        for (const QString &name : namesFor(provider)) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QString AccountSecrets::labelFor(const QString &name)
{
    if (name == u"access_token")
        return tr("Access token");
    if (name == u"app_secret")
        return tr("App secret");
    if (name == u"verify_token")
        return tr("Webhook verify token");
    if (name == u"api_key")
        return tr("API key");
    if (name == u"webhook_token")
        return tr("Webhook token");
    if (name == u"auth_token")
        return tr("Auth token");
    if (name == u"relay_secret")
        return tr("Relay secret");
    return name;
}

// What a keychain answer means for one secret: its value, nothing (an optional secret
// that is not there), or an error that says how to set it.
Result<std::optional<QString>> AccountSecrets::settle(
    const Account &account, const QString &name, const Result<QString> &stored)
{
    if (stored && !stored->isEmpty())
        return std::optional<QString>(stored.value());
    const QStringList names = namesFor(account.provider);
    const bool main = name == names.first() && mainSecretRequired(account.provider);
    if (!main) {
        if (!stored && stored.error().code != u"not-found")
            qCWarning(lcSecrets) << "optional secret" << name << "of account" << account.id
                                 << "not read:" << stored.error().message;
        return std::optional<QString>();
    }
    const QString how = tr("Enter it in Settings, or on a server set %1 or the systemd credential "
                           "account-%2-%3.")
                            .arg(environmentName(account.id, name))
                            .arg(account.id)
                            .arg(name);
    if (!stored && stored.error().code != u"not-found")
        return makeError(stored.error().code,
            tr("The secret \"%1\" of the account \"%2\" could not be read: %3 %4")
                .arg(labelFor(name), account.label, stored.error().message, how));
    return makeError(u"missing-secret"_s,
        tr("The account \"%1\" has no secret \"%2\". %3").arg(account.label, labelFor(name), how));
}

Result<AccountSecrets> AccountSecrets::load(const Account &account, CredentialStore &store)
{
    AccountSecrets secrets;
    for (const QString &name : namesFor(account.provider)) {
        if (auto fromServer = serverSecret(account.id, name)) {
            secrets.set(name, *fromServer);
            continue;
        }
        auto settled
            = settle(account, name, store.read(CredentialStore::accountKey(account.id, name)));
        if (!settled)
            return settled.error();
        if (settled.value())
            secrets.set(name, *settled.value());
    }
    return secrets;
}

namespace {

struct AsyncLoad
{
    Account account;
    QStringList names;
    AccountSecrets secrets;
    CredentialStore *store = nullptr;
    QPointer<QObject> context;
    std::function<void(const Result<AccountSecrets> &)> done;
};

} // namespace

// One secret after another with the store's asynchronous reads.
void AccountSecrets::loadNext(const std::shared_ptr<void> &opaque)
{
    auto state = std::static_pointer_cast<AsyncLoad>(opaque);
    if (!state->context)
        return;
    if (state->names.isEmpty()) {
        state->done(state->secrets);
        return;
    }
    const QString name = state->names.takeFirst();
    if (auto fromServer = serverSecret(state->account.id, name)) {
        state->secrets.set(name, *fromServer);
        loadNext(state);
        return;
    }
    state->store->readAsync(CredentialStore::accountKey(state->account.id, name), state->context,
        [state, name](const Result<QString> &stored) {
            auto settled = settle(state->account, name, stored);
            if (!settled) {
                state->done(settled.error());
                return;
            }
            if (settled.value())
                state->secrets.set(name, *settled.value());
            loadNext(state);
        });
}

void AccountSecrets::loadAsync(const Account &account, CredentialStore *store, QObject *context,
    std::function<void(const Result<AccountSecrets> &)> done)
{
    auto state = std::make_shared<AsyncLoad>();
    state->account = account;
    state->names = namesFor(account.provider);
    state->store = store;
    state->context = context;
    state->done = std::move(done);
    loadNext(state);
}

Result<void> AccountSecrets::save(qint64 accountId, CredentialStore &store) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        auto written = store.write(CredentialStore::accountKey(accountId, it.key()), it.value());
        if (!written)
            return makeError(written.error().code,
                tr("The secret \"%1\" could not be stored: %2")
                    .arg(labelFor(it.key()), written.error().message));
    }
    return {};
}

Result<void> AccountSecrets::removeAll(const Account &account, CredentialStore &store)
{
    // Every name any provider uses, so nothing is left behind by an account whose
    // provider was changed at some point.
    for (const QString &name : allNames()) {
        auto removed = store.remove(CredentialStore::accountKey(account.id, name));
        if (!removed && removed.error().code != u"not-found")
            return makeError(removed.error().code,
                tr("The secret \"%1\" of the account \"%2\" could not be removed: %3")
                    .arg(labelFor(name), account.label, removed.error().message));
    }
    return {};
}

} // namespace megaphone
