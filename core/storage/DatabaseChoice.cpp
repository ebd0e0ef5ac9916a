#include "DatabaseChoice.h"

#include "Logging.h"
#include "Preferences.h"
#include "secrets/CredentialStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

Result<DatabaseUrl> DatabaseChoice::choose(const QString &commandLineUrl, const Preferences &prefs)
{
    QString text = commandLineUrl;
    QString origin = tr("--database");
    if (text.isEmpty()) {
        text = qEnvironmentVariable("MEGAPHONE_DATABASE_URL");
        origin = u"MEGAPHONE_DATABASE_URL"_s;
    }
    if (text.isEmpty()) {
        text = prefs.databaseUrl();
        origin = tr("the saved settings");
    }
    if (text.isEmpty())
        return DatabaseUrl::defaultSqlite();

    auto url = DatabaseUrl::parse(text);
    if (!url)
        return makeError(url.error().code, tr("In %1: %2").arg(origin, url.error().message));
    if (!url->password().isEmpty()) {
        return makeError(u"password-in-url"_s,
                         tr("The database URL in %1 contains a password. Remove it from the URL "
                            "and store it in Settings (the keychain) or in the "
                            "MEGAPHONE_DATABASE_PASSWORD environment variable.")
                             .arg(origin));
    }
    return url;
}

void DatabaseChoice::attachPassword(DatabaseUrl &url, CredentialStore *store)
{
    if (!url.isPostgres())
        return;
    const QString fromEnvironment = qEnvironmentVariable("MEGAPHONE_DATABASE_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        url.setPassword(fromEnvironment);
        return;
    }
    if (!store)
        return;
    auto stored = store->read(CredentialStore::databaseKey(url.credentialName()));
    if (stored)
        url.setPassword(stored.value());
    else if (stored.error().code != u"not-found")
        qCWarning(lcStorage) << "database password not read from the keychain:"
                             << stored.error().message;
}

} // namespace megaphone
