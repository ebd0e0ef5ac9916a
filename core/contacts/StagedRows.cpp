#include "StagedRows.h"

#include "Database.h"
#include "ImportStaging.h"
#include "JsonText.h"
#include "Sql.h"

#include <libpq-fe.h>

#ifdef MEGAPHONE_SQLITE_HANDLE
#include <sqlite3.h>
#endif

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace megaphone {

const QString kStagedColumnNames =
    u"phone_e164, first_name, last_name, display_name, email, birthday, country, "
    "language, time_zone, attributes, consent, consent_source, tags"_s;

namespace {

// The tags of a row travel with it as a JSON array: one staged row per contact,
// expanded by the database during the merge. The import-wide tags (`addTags`) join
// each row's own here, where the row lacks them, so that the merge writes every tag
// row of a contact in one statement, in contact order (see tagContacts()).
QString tagsJson(const QStringList &tags, const QStringList &addTags)
{
    if (tags.isEmpty() && addTags.isEmpty())
        return {};
    QString out;
    out.reserve(2 + (tags.size() + addTags.size()) * 16);
    const auto append = [&out](const QString &tag) {
        out += out.isEmpty() ? u'[' : u',';
        appendJsonString(out, tag);
    };
    for (const QString &tag : tags)
        append(tag);
    for (const QString &tag : addTags) {
        if (!tags.contains(tag))
            append(tag);
    }
    out += u']';
    return out;
}

// The text columns between the phone and the consent, in kContactColumns order. Both
// staging paths write an empty one as NULL.
std::array<const QString *, 9> optionalTexts(const StagedContact &c)
{
    return {&c.firstName, &c.lastName, &c.displayName, &c.email,         &c.birthday,
            &c.country,   &c.language, &c.timeZone,    &c.attributesJson};
}

// Characters (UTF-16 code units that are all ASCII, or UTF-8 bytes) with COPY's
// text-format escapes, straight into the payload.
template <typename Char>
void appendEscaped(QByteArray &out, const Char *text, qsizetype size)
{
    const qsizetype start = out.size();
    out.resize(start + size * 2); // room for an escape per character
    char *at = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const char ch = char(text[i]);
        const char escape = ch == '\\' ? '\\' : ch == '\t' ? 't' : ch == '\n' ? 'n' : ch == '\r' ? 'r' : 0;
        if (escape) {
            *at++ = '\\';
            *at++ = escape;
        } else {
            *at++ = ch;
        }
    }
    out.truncate(at - out.constData());
}

// One field in COPY's text format, \N for NULL (an empty text, as Sql::nullIfEmpty()
// gives the SQLite path). Going through a QVariant and a UTF-8 copy of every field
// cost about 1.5 s of CPU a million rows.
void appendCopyField(QByteArray &out, QStringView text, bool emptyIsNull = true)
{
    if (text.isEmpty() && emptyIsNull) {
        out += "\\N";
        return;
    }
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        appendEscaped(out, text.utf16(), text.size());
    } else {
        const QByteArray bytes = text.toUtf8();
        appendEscaped(out, bytes.constData(), bytes.size());
    }
}

#ifdef MEGAPHONE_SQLITE_HANDLE
// One text of a staged row, bound where it lies (it outlives the step), \N-like NULL for
// an empty one as in stagedRowValues().
void bindText(sqlite3_stmt *statement, int index, const QString &text, bool emptyIsNull = true)
{
    if (text.isEmpty() && emptyIsNull)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text16(
            statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}


#endif

} // namespace

QVariantList stagedRowValues(const StagedContact &c, const QStringList &addTags)
{
    QVariantList values{c.phoneE164};
    for (const QString *text : optionalTexts(c))
        values.append(Sql::nullIfEmpty(*text));
    values << consentToDb(c.consent) << Sql::nullIfEmpty(c.consentSource)
           << Sql::nullIfEmpty(tagsJson(c.tags, addTags));
    return values;
}

// A staged row in COPY's text format, the same values as stagedRowValues().
void appendStagedCopyRow(QByteArray &out, const StagedContact &c, const QStringList &addTags)
{
    appendCopyField(out, c.phoneE164, false);
    for (const QString *text : optionalTexts(c)) {
        out += '\t';
        appendCopyField(out, *text);
    }
    out += '\t';
    appendCopyField(out, consentToDb(c.consent), false);
    out += '\t';
    appendCopyField(out, c.consentSource);
    out += '\t';
    appendCopyField(out, tagsJson(c.tags, addTags));
    out += '\n';
}

#ifdef MEGAPHONE_SQLITE_HANDLE
// The rows through SQLite's own API, a prepared one-row INSERT stepped a row at a time:
// binding through QSqlQuery (a QVariant, a name lookup and a copy a value) took 60% of
// the staging's time on the import's busiest thread (`perf`).
Result<void> insertStagedRows(sqlite3 *db, const QString &table, const QString &columns,
    const QList<StagedContact> &contacts, const QStringList &addTags, qint64 *repeatSeq)
{
    const int perRow = kStagedColumns + (repeatSeq ? 1 : 0);
    const QByteArray sql = (u"INSERT INTO "_s + table + u" ("_s + columns + u") VALUES ("_s
        + QStringList(perRow, u"?"_s).join(u", "_s) + u")"_s)
                               .toUtf8();
    const auto failed = [db] {
        return makeError(u"sql"_s,
            ImportStaging::tr("Could not stage contacts: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return failed();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(
        statement, sqlite3_finalize);
    for (const StagedContact &c : contacts) {
        int index = 1;
        if (repeatSeq)
            sqlite3_bind_int64(statement, index++, ++*repeatSeq);
        bindText(statement, index++, c.phoneE164, false);
        for (const QString *text : optionalTexts(c))
            bindText(statement, index++, *text);
        const QString consent = consentToDb(c.consent);
        bindText(statement, index++, consent, false);
        bindText(statement, index++, c.consentSource);
        const QString tags = tagsJson(c.tags, addTags);
        bindText(statement, index++, tags);
        if (sqlite3_step(statement) != SQLITE_DONE)
            return failed();
        sqlite3_reset(statement);
    }
    return {};
}
#endif

// Runs `COPY <target> FROM STDIN` with the given text-format payload.
Result<void> copyIntoTable(const QSqlDatabase &db, const QString &target, const QByteArray &payload)
{
    PGconn *conn = Database::pgHandle(db);
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

} // namespace megaphone
