#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QCoreApplication>

namespace megaphone {

class CredentialStore;
class Preferences;

// Which database a process opens, and with which password.
class DatabaseChoice
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChoice)

public:
    // --database, else MEGAPHONE_DATABASE_URL, else the saved preference, else the
    // embedded SQLite file in the user's data folder. A URL with a password in it
    // is refused: passwords belong in the keychain or MEGAPHONE_DATABASE_PASSWORD.
    static Result<DatabaseUrl> choose(const QString &commandLineUrl, const Preferences &prefs);

    // For PostgreSQL: MEGAPHONE_DATABASE_PASSWORD, else the keychain entry of this
    // database (`store` may be null). No password at all is fine: the server may
    // trust the connection or libpq may find a ~/.pgpass.
    static void attachPassword(DatabaseUrl &url, CredentialStore *store);
};

} // namespace megaphone
