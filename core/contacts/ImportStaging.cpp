#include "ImportStaging.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kColumns = 14;
constexpr int kRowsPerInsert = 64;
constexpr int kTagRowsPerInsert = 256;

const QString kContactColumns =
    u"seq, row_no, phone_e164, first_name, last_name, display_name, email, birthday, country, "
    "language, time_zone, attributes, consent, consent_source"_s;

QVariantList rowValues(const StagedContact &c, qint64 seq)
{
    return {seq,
            c.row,
            c.phoneE164,
            Sql::nullIfEmpty(c.firstName),
            Sql::nullIfEmpty(c.lastName),
            Sql::nullIfEmpty(c.displayName),
            Sql::nullIfEmpty(c.email),
            Sql::nullIfEmpty(c.birthday),
            Sql::nullIfEmpty(c.country),
            Sql::nullIfEmpty(c.language),
            Sql::nullIfEmpty(c.timeZone),
            Sql::nullIfEmpty(c.attributesJson),
            consentToDb(c.consent),
            Sql::nullIfEmpty(c.consentSource)};
}

// COPY text format: backslash escapes, \N for NULL.
void appendCopyField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    for (char ch : bytes) {
        switch (ch) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += ch;
        }
    }
}

PGconn *pgHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct behind libpq's typedef.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// Runs `COPY <target> FROM STDIN` with the given text-format payload.
Result<void> copyIn(const QSqlDatabase &db, const QString &target, const QByteArray &payload)
{
    PGconn *conn = pgHandle(db);
    if (!conn)
        return makeError(u"sql"_s, ImportStaging::tr("The PostgreSQL driver gave no connection handle."));
    const QByteArray command = u"COPY %1 FROM STDIN"_s.arg(target).toUtf8();
    PGresult *started = PQexec(conn, command.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return makeError(u"sql"_s, ImportStaging::tr("COPY did not start: %1")
                                       .arg(QString::fromUtf8(PQerrorMessage(conn))));
    bool sent = PQputCopyData(conn, payload.constData(), static_cast<int>(payload.size())) == 1;
    sent = PQputCopyEnd(conn, sent ? nullptr : "client error") == 1 && sent;
    QString failure;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            failure = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (!sent || !failure.isEmpty())
        return makeError(u"sql"_s, ImportStaging::tr("COPY into the staging table failed: %1")
                                       .arg(failure.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn))
                                                              : failure.trimmed()));
    return {};
}

} // namespace

ImportStaging::ImportStaging(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

ImportStaging::~ImportStaging()
{
    drop();
}

Result<void> ImportStaging::exec(const QString &sql, const QVariantList &values, const QString &what)
{
    auto q = Sql::exec(m_db->connection(), sql, values, what);
    if (!q)
        return q.error();
    return {};
}

void ImportStaging::drop()
{
    if (!m_created)
        return;
    exec(u"DROP TABLE IF EXISTS import_contacts"_s, {}, tr("drop the staging table")).ok();
    exec(u"DROP TABLE IF EXISTS import_tags"_s, {}, tr("drop the staging table")).ok();
    m_created = false;
}

Result<void> ImportStaging::create()
{
    drop();
    m_created = true;
    m_indexed = false;
    m_seq = 0;
    const QString temp = m_db->isPostgres() ? u"TEMPORARY"_s : u"TEMP"_s;
    auto made = exec(u"CREATE "_s + temp +
                         u" TABLE import_contacts (seq BIGINT NOT NULL, row_no BIGINT NOT NULL, "
                         "phone_e164 TEXT NOT NULL, first_name TEXT, last_name TEXT, "
                         "display_name TEXT, email TEXT, birthday TEXT, country TEXT, language TEXT, "
                         "time_zone TEXT, attributes TEXT, consent TEXT NOT NULL, consent_source TEXT)"_s,
                     {}, tr("create the import staging table"));
    if (!made)
        return made;
    return exec(u"CREATE "_s + temp + u" TABLE import_tags (phone_e164 TEXT NOT NULL, tag TEXT NOT NULL)"_s,
                {}, tr("create the import staging table"));
}

Result<void> ImportStaging::append(const QList<StagedContact> &contacts)
{
    if (contacts.isEmpty())
        return {};
    auto appended = m_db->isPostgres() ? appendPostgres(contacts) : appendSqlite(contacts);
    if (!appended)
        return appended;
    if (m_db->isPostgres())
        return {}; // tags went with the COPY
    return appendTagsSqlite(contacts);
}

Result<void> ImportStaging::appendSqlite(const QList<StagedContact> &contacts)
{
    const QString row = u"("_s + Sql::placeholders(kColumns) + u")"_s;
    for (qsizetype start = 0; start < contacts.size(); start += kRowsPerInsert) {
        const qsizetype n = std::min<qsizetype>(kRowsPerInsert, contacts.size() - start);
        QStringList rows(n, row);
        QVariantList values;
        values.reserve(n * kColumns);
        for (qsizetype i = 0; i < n; ++i)
            values += rowValues(contacts.at(start + i), ++m_seq);
        auto done = exec(u"INSERT INTO import_contacts ("_s + kContactColumns + u") VALUES "_s +
                             rows.join(u", "_s),
                         values, tr("stage contacts"));
        if (!done)
            return done;
    }
    return {};
}

Result<void> ImportStaging::appendTagsSqlite(const QList<StagedContact> &contacts)
{
    QVariantList values;
    auto flush = [&]() -> Result<void> {
        if (values.isEmpty())
            return {};
        QStringList rows(values.size() / 2, u"(?, ?)"_s);
        auto done = exec(u"INSERT INTO import_tags (phone_e164, tag) VALUES "_s + rows.join(u", "_s),
                         values, tr("stage tags"));
        values.clear();
        return done;
    };
    for (const StagedContact &c : contacts) {
        for (const QString &tag : c.tags) {
            values << c.phoneE164 << tag;
            if (values.size() >= kTagRowsPerInsert * 2) {
                if (auto done = flush(); !done)
                    return done;
            }
        }
    }
    return flush();
}

Result<void> ImportStaging::appendPostgres(const QList<StagedContact> &contacts)
{
    QByteArray rows;
    QByteArray tags;
    rows.reserve(contacts.size() * 120);
    for (const StagedContact &c : contacts) {
        const QVariantList values = rowValues(c, ++m_seq);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                rows += '\t';
            appendCopyField(rows, values.at(i));
        }
        rows += '\n';
        for (const QString &tag : c.tags) {
            appendCopyField(tags, c.phoneE164);
            tags += '\t';
            appendCopyField(tags, tag);
            tags += '\n';
        }
    }
    const QSqlDatabase db = m_db->connection();
    if (auto copied = copyIn(db, u"import_contacts ("_s + kContactColumns + u")"_s, rows); !copied)
        return copied;
    if (tags.isEmpty())
        return {};
    return copyIn(db, u"import_tags (phone_e164, tag)"_s, tags);
}

Result<void> ImportStaging::fold(const QList<StagedContact> &duplicates)
{
    if (duplicates.isEmpty())
        return {};
    if (!m_indexed) {
        auto indexed = exec(u"CREATE INDEX import_contacts_phone ON import_contacts (phone_e164)"_s,
                            {}, tr("index the staging table"));
        if (!indexed)
            return indexed;
        m_indexed = true;
    }
    for (const StagedContact &c : duplicates) {
        const QString consent = consentToDb(c.consent);
        auto done = exec(
            u"UPDATE import_contacts SET first_name = COALESCE(?, first_name), "
            "last_name = COALESCE(?, last_name), display_name = COALESCE(?, display_name), "
            "email = COALESCE(?, email), birthday = COALESCE(?, birthday), "
            "language = COALESCE(?, language), time_zone = COALESCE(?, time_zone), "
            "attributes = COALESCE(?, attributes), "
            "consent = CASE WHEN consent = 'opted_out' OR ? = 'opted_out' THEN 'opted_out' "
            "WHEN consent = 'opted_in' OR ? = 'opted_in' THEN 'opted_in' ELSE 'unknown' END, "
            "consent_source = COALESCE(consent_source, ?) WHERE phone_e164 = ?"_s,
            {Sql::nullIfEmpty(c.firstName), Sql::nullIfEmpty(c.lastName),
             Sql::nullIfEmpty(c.displayName), Sql::nullIfEmpty(c.email),
             Sql::nullIfEmpty(c.birthday), Sql::nullIfEmpty(c.language),
             Sql::nullIfEmpty(c.timeZone), Sql::nullIfEmpty(c.attributesJson), consent, consent,
             Sql::nullIfEmpty(c.consentSource), c.phoneE164},
            tr("merge a repeated number"));
        if (!done)
            return done;
    }
    if (m_db->isPostgres()) {
        QByteArray tags;
        for (const StagedContact &c : duplicates) {
            for (const QString &tag : c.tags) {
                appendCopyField(tags, c.phoneE164);
                tags += '\t';
                appendCopyField(tags, tag);
                tags += '\n';
            }
        }
        return tags.isEmpty() ? Result<void>()
                              : copyIn(m_db->connection(), u"import_tags (phone_e164, tag)"_s, tags);
    }
    return appendTagsSqlite(duplicates);
}

Result<qint64> ImportStaging::countExisting()
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT COUNT(*) FROM import_contacts i WHERE EXISTS "
                       "(SELECT 1 FROM contacts c WHERE c.phone_e164 = i.phone_e164)"_s,
                       {}, tr("compare the file with the contacts"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> ImportStaging::merge(const QStringList &addTags, const QString &actor)
{
    for (const QString &tag : addTags) {
        if (tag.trimmed().isEmpty())
            continue;
        auto tagged = exec(u"INSERT INTO import_tags (phone_e164, tag) SELECT phone_e164, ? "
                           "FROM import_contacts WHERE true"_s,
                           {tag.trimmed()}, tr("stage the import's tags"));
        if (!tagged)
            return tagged;
    }

    const bool pg = m_db->isPostgres();
    const QString attributes = pg ? u"CAST(attributes AS JSONB)"_s : u"attributes"_s;
    const QString mergeAttributes =
        pg ? u"CASE WHEN excluded.attributes IS NULL THEN contacts.attributes ELSE "
             "COALESCE(contacts.attributes, CAST('{}' AS JSONB)) || excluded.attributes END"_s
           : u"CASE WHEN excluded.attributes IS NULL THEN contacts.attributes ELSE "
             "json_patch(COALESCE(contacts.attributes, '{}'), excluded.attributes) END"_s;
    const qint64 now = Clock::nowMs();

    // An opt-out is never undone by an import; an opt-in is recorded with its
    // source and time only when the contact had no recorded consent.
    const QString upsert =
        u"INSERT INTO contacts (phone_e164, first_name, last_name, display_name, email, birthday, "
        "country, language, time_zone, attributes, consent, consent_source, consent_at, "
        "opted_out_at, opt_out_source, created_at, updated_at) "
        "SELECT phone_e164, first_name, last_name, display_name, email, birthday, country, "
        "language, time_zone, "_s + attributes + u", consent, "
        "CASE WHEN consent = 'opted_in' THEN consent_source END, "
        "CASE WHEN consent = 'opted_in' THEN CAST(? AS BIGINT) END, "
        "CASE WHEN consent = 'opted_out' THEN CAST(? AS BIGINT) END, "
        "CASE WHEN consent = 'opted_out' THEN consent_source END, CAST(? AS BIGINT), "
        "CAST(? AS BIGINT) "
        "FROM import_contacts WHERE true "
        "ON CONFLICT (phone_e164) DO UPDATE SET "
        "first_name = COALESCE(excluded.first_name, contacts.first_name), "
        "last_name = COALESCE(excluded.last_name, contacts.last_name), "
        "display_name = COALESCE(excluded.display_name, contacts.display_name), "
        "email = COALESCE(excluded.email, contacts.email), "
        "birthday = COALESCE(excluded.birthday, contacts.birthday), "
        "country = COALESCE(excluded.country, contacts.country), "
        "language = COALESCE(excluded.language, contacts.language), "
        "time_zone = COALESCE(excluded.time_zone, contacts.time_zone), "
        "attributes = "_s + mergeAttributes + u", "
        "consent = CASE WHEN contacts.consent = 'opted_out' OR excluded.consent = 'opted_out' "
        "THEN 'opted_out' WHEN contacts.consent = 'opted_in' OR excluded.consent = 'opted_in' "
        "THEN 'opted_in' ELSE 'unknown' END, "
        "consent_source = CASE WHEN contacts.consent = 'unknown' AND excluded.consent = 'opted_in' "
        "THEN excluded.consent_source ELSE contacts.consent_source END, "
        "consent_at = CASE WHEN contacts.consent = 'unknown' AND excluded.consent = 'opted_in' "
        "THEN excluded.consent_at ELSE contacts.consent_at END, "
        "opted_out_at = CASE WHEN contacts.consent <> 'opted_out' AND excluded.consent = 'opted_out' "
        "THEN excluded.opted_out_at ELSE contacts.opted_out_at END, "
        "opt_out_source = CASE WHEN contacts.consent <> 'opted_out' AND excluded.consent = 'opted_out' "
        "THEN excluded.opt_out_source ELSE contacts.opt_out_source END, "
        "updated_at = excluded.updated_at"_s;

    return m_db->transaction([&]() -> Result<void> {
        if (auto done = exec(upsert, {now, now, now, now}, tr("merge the imported contacts")); !done)
            return done;
        if (auto done = exec(u"INSERT INTO tags (name) SELECT DISTINCT tag FROM import_tags "
                             "WHERE true ON CONFLICT (name) DO NOTHING"_s,
                             {}, tr("create the imported tags"));
            !done)
            return done;
        if (auto done = exec(u"INSERT INTO contact_tags (contact_id, tag_id) "
                             "SELECT DISTINCT c.id, t.id FROM import_tags it "
                             "JOIN contacts c ON c.phone_e164 = it.phone_e164 "
                             "JOIN tags t ON t.name = it.tag WHERE true "
                             "ON CONFLICT DO NOTHING"_s,
                             {}, tr("tag the imported contacts"));
            !done)
            return done;
        return AuditLog(m_db).record(actor, u"contacts.import"_s, u"contacts"_s,
                                     QJsonObject{{u"staged"_s, m_seq}});
    });
}

} // namespace megaphone
