#include "Migrations.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

bool hasMigrationsTable(const QSqlDatabase &connection)
{
    return connection.tables().contains(u"schema_migrations"_s);
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(Schema::migrations().size());
}

int Migrations::currentVersion(const QSqlDatabase &connection)
{
    if (!hasMigrationsTable(connection))
        return 0;
    QSqlQuery query(connection);
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<void> Migrations::apply(const Database &db)
{
    const QSqlDatabase connection = db.connection();
    const int latest = latestVersion();

    // Cheap check outside any transaction: a newer database is never written to.
    if (const int found = currentVersion(connection); found > latest) {
        return makeError(u"newer-schema"_s,
                         tr("This database was written by a newer version of Megaphone (schema "
                            "version %1; this version knows up to %2). Update Megaphone to use it; "
                            "the database was not changed.")
                             .arg(found)
                             .arg(latest));
    } else if (found == latest) {
        return {};
    }

    return db.transaction([&]() -> Result<void> {
        QSqlQuery query(connection);
        if (db.isPostgres()) {
            // Two processes opening a fresh database at once take turns here.
            if (!query.exec(u"SELECT pg_advisory_xact_lock(7106105)"_s))
                return Database::queryError(query, tr("lock the schema for migration"));
        }
        if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                        "KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s))
            return Database::queryError(query, tr("create the migrations table"));

        // Read again under the lock: another process may have migrated meanwhile.
        const int current = currentVersion(connection);
        if (current > latest) {
            return makeError(u"newer-schema"_s,
                             tr("This database was written by a newer version of Megaphone."));
        }
        const auto &all = Schema::migrations();
        for (int version = current + 1; version <= latest; ++version) {
            const Schema::Migration &migration = all[static_cast<size_t>(version - 1)];
            for (const QString &statement : Schema::statements(migration, db.isPostgres())) {
                if (!query.exec(statement)) {
                    return makeError(u"migration"_s,
                                     tr("Migration %1 (%2) failed: %3")
                                         .arg(version)
                                         .arg(QString::fromLatin1(migration.name),
                                              query.lastError().text()));
                }
            }
            query.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) "
                          "VALUES (?, ?, ?)"_s);
            query.addBindValue(version);
            query.addBindValue(QString::fromLatin1(migration.name));
            query.addBindValue(Clock::nowMs());
            if (!query.exec())
                return Database::queryError(query, tr("record migration %1").arg(version));
            qCInfo(lcStorage) << "applied migration" << version << migration.name;
        }
        return {};
    });
}

} // namespace megaphone
