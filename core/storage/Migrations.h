#pragma once

#include "Result.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace megaphone {

class Database;

// Numbered schema migrations, recorded in schema_migrations and applied in one
// transaction when a database is opened. A database whose version is newer than
// this build knows is refused and left as it is.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static Result<void> apply(const Database &db);
    // The newest version this build knows.
    static int latestVersion();
    // The version recorded in the database, 0 when it has no schema yet.
    static int currentVersion(const QSqlDatabase &connection);
};

} // namespace megaphone
