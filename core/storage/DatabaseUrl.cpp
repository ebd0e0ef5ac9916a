#include "DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QStringList kSslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                               u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (trimmed.isEmpty() || !url.isValid() || scheme.isEmpty()) {
        return makeError(u"bad-url"_s,
                         tr("\"%1\" is not a database URL. Use sqlite:///path/to/file.db or "
                            "postgresql://user@host:5432/database?sslmode=require.")
                             .arg(trimmed));
    }

    if (scheme == u"sqlite") {
        const QString path = url.path();
        if (!url.host().isEmpty() || path.isEmpty() || !QDir::isAbsolutePath(path)) {
            return makeError(u"bad-url"_s,
                             tr("A SQLite URL needs an absolute file path with three slashes, "
                                "e.g. sqlite:///home/me/megaphone.db (got \"%1\").")
                                 .arg(trimmed));
        }
        return sqlite(path);
    }

    if (scheme == u"postgresql" || scheme == u"postgres") {
        DatabaseUrl result;
        result.m_backend = Backend::Postgres;
        result.m_host = url.host().isEmpty() ? u"localhost"_s : url.host();
        result.m_port = url.port(5432);
        result.m_user = url.userName();
        result.m_password = url.password();
        result.m_database = url.path().mid(1);
        if (result.m_database.isEmpty() || result.m_database.contains(u'/')) {
            return makeError(u"bad-url"_s,
                             tr("A PostgreSQL URL needs a database name after the host, e.g. "
                                "postgresql://user@host:5432/megaphone (got \"%1\").")
                                 .arg(result.toString()));
        }
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != u"sslmode") {
                return makeError(u"bad-url"_s,
                                 tr("Unknown option \"%1\" in the database URL; only sslmode is "
                                    "supported.")
                                     .arg(key));
            }
            if (!kSslModes.contains(value)) {
                return makeError(u"bad-url"_s, tr("sslmode must be one of %1 (got \"%2\").")
                                                   .arg(kSslModes.join(u", "_s), value));
            }
            result.m_sslMode = value;
        }
        return result;
    }

    return makeError(u"bad-url"_s,
                     tr("Unsupported database type \"%1\": use sqlite or postgresql.").arg(scheme));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl result;
    result.m_backend = Backend::Sqlite;
    result.m_path = QDir::cleanPath(path);
    return result;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(dir + u"/megaphone.db"_s);
}

QString DatabaseUrl::toString() const
{
    QUrl url;
    if (isSqlite()) {
        url.setScheme(u"sqlite"_s);
        url.setHost(QString());
        url.setPath(m_path);
        // QUrl drops the empty authority; spell the three slashes ourselves.
        return u"sqlite://"_s + url.path(QUrl::FullyEncoded);
    }
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u"/"_s + m_database);
    if (!m_sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, m_sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::describe() const
{
    if (isSqlite())
        return tr("SQLite: %1").arg(QDir::toNativeSeparators(m_path));
    return tr("PostgreSQL: %1 on %2:%3").arg(m_database, m_host).arg(m_port);
}

QString DatabaseUrl::credentialName() const
{
    return u"%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_database);
}

} // namespace megaphone
