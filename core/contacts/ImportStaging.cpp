#include "ImportStaging.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"
#include "StagedRows.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kRowsPerInsert = 8;

} // namespace

ImportStaging::ImportStaging(std::shared_ptr<const Database> db, const QStringList &addTags)
    : m_db(std::move(db))
{
    for (const QString &tag : addTags) {
        const QString name = tag.trimmed();
        if (!name.isEmpty() && !m_addTags.contains(name))
            m_addTags.append(name);
    }
}

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
    exec(u"DROP TABLE IF EXISTS import_repeats"_s, {}, tr("drop the staging table")).ok();
    if (m_db->isPostgres())
        exec(u"RESET jit"_s, {}, tr("reset the session")).ok();
    if (m_db->isSqlite()) {
        exec(u"PRAGMA cache_size = -2000"_s, {}, tr("size the page cache")).ok();
        exec(u"PRAGMA temp.cache_size = -2000"_s, {}, tr("size the page cache")).ok();
    }
    m_created = false;
}

Result<void> ImportStaging::create()
{
    drop();
    m_created = true;
    m_repeats = 0;
    m_repeatSeq = 0;
    m_seq = 0;
    m_markedUpTo = -1;
    m_tagNames = QSet<QString>(m_addTags.cbegin(), m_addTags.cend());
    if (m_db->isSqlite()) {
        // A bigger page cache for this connection while it imports (64 MiB):
        // the merge touches every page of the contacts indexes.
        if (auto sized = exec(u"PRAGMA cache_size = -65536"_s, {}, tr("size the page cache")); !sized)
            return sized;
        // And as much for the staging tables, which SQLite keeps in a temporary file behind a
        // 2 MiB cache by default: the rows went to that file and back a page at a time
        // (bench_import, minutes apart: 29.6-30.6 s without, 26.3-27.1 s with; peak memory
        // 136 -> 200 MiB).
        if (auto sized = exec(u"PRAGMA temp.cache_size = -65536"_s, {}, tr("size the page cache"));
            !sized)
            return sized;
    }
    if (m_db->isPostgres()) {
        // Room for the staging tables in this session's local buffers (8 MB by
        // default), which the merge scans several times. PostgreSQL takes this only
        // before the session's first temporary table: otherwise it keeps its size.
        QSqlQuery(m_db->connection()).exec(u"SET temp_buffers = '256MB'"_s);
        // No JIT for the import's statements: each runs once, and compiling the merge's
        // two big inserts took 0.2 s apiece (auto_explain), more than it saved.
        QSqlQuery(m_db->connection()).exec(u"SET jit = off"_s);
    }
    QString pgColumns;
    if (m_db->isPostgres()) {
        // Each staged row takes its contact id from the contacts' own sequence as it is
        // copied in, so the merge tags new contacts without joining a million staged rows
        // back to the contacts by phone (two hash joins of ~1.7 s each). The sequence is
        // named once here: resolving it in the default would cost a catalog lookup a row
        // (1M rows: 3.1 s against 0.3 s). Rows that turn out to be known contacts, and a
        // cancelled import, leave gaps in the ids, which nothing relies on.
        auto sequence = Sql::exec(m_db->connection(),
                                  u"SELECT pg_get_serial_sequence('contacts', 'id')"_s, {},
                                  tr("create the import staging table"));
        if (!sequence)
            return sequence.error();
        const QString name = sequence->next() ? sequence->value(0).toString() : QString();
        if (name.isEmpty())
            return makeError(u"sql"_s, tr("The contacts table has no id sequence."));
        pgColumns = u", known BOOLEAN NOT NULL DEFAULT false, id BIGINT NOT NULL DEFAULT nextval('"_s +
                    QString(name).replace(u'\'', u"''"_s) + u"'))"_s;
    }
    const QString temp = m_db->isPostgres() ? u"TEMPORARY"_s : u"TEMP"_s;
    auto made = exec(u"CREATE "_s + temp +
                         u" TABLE import_contacts (phone_e164 TEXT NOT NULL, first_name TEXT, "
                         "last_name TEXT, display_name TEXT, email TEXT, birthday TEXT, country TEXT, "
                         "language TEXT, time_zone TEXT, attributes TEXT, consent TEXT NOT NULL, "
                         "consent_source TEXT, tags TEXT"_s +
                         (m_db->isPostgres() ? pgColumns : u", known INTEGER NOT NULL DEFAULT 0)"_s),
                     {}, tr("create the import staging table"));
    if (!made)
        return made;
    // Later rows of numbers already staged, in file order, folded in before the merge.
    made = exec(u"CREATE "_s + temp +
                    u" TABLE import_repeats (seq BIGINT NOT NULL, phone_e164 TEXT NOT NULL, "
                    "first_name TEXT, last_name TEXT, display_name TEXT, email TEXT, birthday TEXT, "
                    "country TEXT, language TEXT, time_zone TEXT, attributes TEXT, "
                    "consent TEXT NOT NULL, consent_source TEXT, tags TEXT)"_s,
                {}, tr("create the import staging table"));
    return made;
}

Result<void> ImportStaging::append(const QList<StagedContact> &contacts)
{
    m_seq += contacts.size();
    return appendRows(u"import_contacts"_s, contacts, false);
}

Result<void> ImportStaging::fold(const QList<StagedContact> &duplicates)
{
    m_repeats += duplicates.size();
    return appendRows(u"import_repeats"_s, duplicates, true);
}

Result<void> ImportStaging::appendRows(const QString &table, const QList<StagedContact> &contacts,
                                       bool withSeq)
{
    if (contacts.isEmpty())
        return {};
    for (const StagedContact &c : contacts) {
        for (const QString &tag : c.tags)
            m_tagNames.insert(tag);
    }
    const QString columns = withSeq ? u"seq, "_s + kStagedColumnNames : kStagedColumnNames;
    if (m_db->isPostgres()) {
        QByteArray rows;
        rows.reserve(contacts.size() * 160);
        for (const StagedContact &c : contacts) {
            if (withSeq)
                rows += QByteArray::number(++m_repeatSeq) + '\t';
            appendStagedCopyRow(rows, c, m_addTags);
        }
        return copyIntoTable(m_db->connection(), table + u" ("_s + columns + u")"_s, rows);
    }
    // One transaction per batch: it writes the temp schema only, so it takes no
    // lock on the database, and it saves a commit of the temp schema per statement.
    QSqlQuery control(m_db->connection());
    if (!control.exec(u"BEGIN"_s))
        return Database::queryError(control, tr("stage contacts"));
    Result<void> staged;
#ifdef MEGAPHONE_SQLITE_HANDLE
    if (sqlite3 *handle = Database::sqliteHandle(m_db->connection()))
        staged = insertStagedRows(
            handle, table, columns, contacts, m_addTags, withSeq ? &m_repeatSeq : nullptr);
    else
#endif
        staged = insertRows(table, columns, contacts, withSeq);
    if (!staged) {
        control.exec(u"ROLLBACK"_s);
        return staged;
    }
    if (!control.exec(u"COMMIT"_s))
        return Database::queryError(control, tr("stage contacts"));
    return {};
}

Result<void> ImportStaging::insertRows(const QString &table, const QString &columns,
                                       const QList<StagedContact> &contacts, bool withSeq)
{
    // Prepared statements of kRowsPerInsert rows with named placeholders: binding
    // by position makes Qt format the position's name for every value (about 2,000
    // instructions each); binding by a name made once is a hash lookup.
    const int perRow = kStagedColumns + (withSeq ? 1 : 0);
    QStringList names;
    names.reserve(perRow * kRowsPerInsert);
    for (int i = 0; i < perRow * kRowsPerInsert; ++i)
        names.append(u":v"_s + QString::number(i));
    const auto prepare = [&](QSqlQuery &query, qsizetype rows) -> bool {
        QStringList tuples;
        for (qsizetype row = 0; row < rows; ++row)
            tuples.append(u"("_s + names.mid(row * perRow, perRow).join(u", "_s) + u")"_s);
        return query.prepare(u"INSERT INTO "_s + table + u" ("_s + columns + u") VALUES "_s +
                             tuples.join(u", "_s));
    };
    QSqlQuery full(m_db->connection());
    if (!prepare(full, kRowsPerInsert))
        return Database::queryError(full, tr("stage contacts"));
    for (qsizetype start = 0; start < contacts.size(); start += kRowsPerInsert) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerInsert, contacts.size() - start);
        QSqlQuery partial(m_db->connection());
        if (rows < kRowsPerInsert && !prepare(partial, rows))
            return Database::queryError(partial, tr("stage contacts"));
        QSqlQuery &insert = rows == kRowsPerInsert ? full : partial;
        int column = 0;
        for (qsizetype i = start; i < start + rows; ++i) {
            if (withSeq)
                insert.bindValue(names.at(column++), ++m_repeatSeq);
            for (const QVariant &value : stagedRowValues(contacts.at(i), m_addTags))
                insert.bindValue(names.at(column++), value);
        }
        if (!insert.exec())
            return Database::queryError(insert, tr("stage contacts"));
    }
    return {};
}

// Folds the later rows of repeated numbers into their first row, in one
// statement: for each field the last non-empty value in the file wins, an
// opt-out anywhere wins, an opt-in counts when nothing says otherwise.
Result<void> ImportStaging::applyRepeats()
{
    if (m_repeats == 0)
        return {};
    const QStringList lastWins = {u"first_name"_s, u"last_name"_s, u"display_name"_s, u"email"_s,
                                  u"birthday"_s,   u"language"_s,  u"time_zone"_s,    u"attributes"_s};
    if (m_db->isPostgres())
        return applyRepeatsGrouped(lastWins);
    if (auto indexed = exec(u"CREATE INDEX import_repeats_phone ON import_repeats (phone_e164, seq)"_s,
                            {}, tr("index the repeated numbers"));
        !indexed)
        return indexed;
    const auto last = [](const QString &column) -> QString {
        return column + u" = COALESCE((SELECT r."_s + column +
               u" FROM import_repeats r WHERE r.phone_e164 = import_contacts.phone_e164 AND r."_s +
               column + u" IS NOT NULL ORDER BY r.seq DESC LIMIT 1), "_s + column + u")"_s;
    };
    const auto any = [](const QString &consent) -> QString {
        return u"EXISTS (SELECT 1 FROM import_repeats r WHERE r.phone_e164 = "
               "import_contacts.phone_e164 AND r.consent = '"_s + consent + u"')"_s;
    };
    QStringList sets;
    for (const QString &column : lastWins)
        sets.append(last(column));
    sets.append(u"consent = CASE WHEN consent = 'opted_out' OR "_s + any(u"opted_out"_s) +
                u" THEN 'opted_out' WHEN consent = 'opted_in' OR "_s + any(u"opted_in"_s) +
                u" THEN 'opted_in' ELSE 'unknown' END"_s);
    sets.append(u"consent_source = COALESCE(consent_source, (SELECT r.consent_source FROM "
                "import_repeats r WHERE r.phone_e164 = import_contacts.phone_e164 AND "
                "r.consent_source IS NOT NULL ORDER BY r.seq LIMIT 1))"_s);
    return exec(u"UPDATE import_contacts SET "_s + sets.join(u", "_s) +
                    u" WHERE phone_e164 IN (SELECT phone_e164 FROM import_repeats)"_s,
                {}, tr("merge repeated numbers"));
}

// applyRepeats() on PostgreSQL: the repeats grouped by number in one pass, then joined
// to their first sightings. Its per-column lookups, as on SQLite, took 1.5 s for
// 22,000 repeats of a million rows (nine index probes a folded row).
Result<void> ImportStaging::applyRepeatsGrouped(const QStringList &lastWins)
{
    QStringList picks;
    QStringList sets;
    for (const QString &column : lastWins) {
        picks.append(u"(array_agg(%1 ORDER BY seq DESC) FILTER (WHERE %1 IS NOT NULL))[1] AS %1"_s
                         .arg(column));
        sets.append(u"%1 = COALESCE(r.%1, import_contacts.%1)"_s.arg(column));
    }
    picks.append(u"bool_or(consent = 'opted_out') AS any_out, bool_or(consent = 'opted_in') AS any_in, "
                 "(array_agg(consent_source ORDER BY seq) FILTER (WHERE consent_source IS NOT NULL))[1] "
                 "AS first_source"_s);
    sets.append(u"consent = CASE WHEN import_contacts.consent = 'opted_out' OR r.any_out THEN 'opted_out' "
                "WHEN import_contacts.consent = 'opted_in' OR r.any_in THEN 'opted_in' ELSE 'unknown' END"_s);
    sets.append(u"consent_source = COALESCE(import_contacts.consent_source, r.first_source)"_s);
    return exec(u"UPDATE import_contacts SET "_s + sets.join(u", "_s) + u" FROM (SELECT phone_e164, "_s +
                    picks.join(u", "_s) +
                    u" FROM import_repeats GROUP BY phone_e164) r WHERE import_contacts.phone_e164 = r.phone_e164"_s,
                {}, tr("merge repeated numbers"));
}

Result<qint64> ImportStaging::highestContactId(const QString &what)
{
    auto q = Sql::exec(m_db->connection(), u"SELECT COALESCE(MAX(id), 0) FROM contacts"_s, {}, what);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> ImportStaging::countExisting()
{
    if (m_db->isSqlite()) {
        // Marked here, outside the write lock, so the merge need not look every staged
        // number up again: it checks them only against contacts added since (markKnown).
        auto upTo = highestContactId(tr("compare the file with the contacts"));
        if (!upTo)
            return upTo.error();
        auto marked = Sql::exec(m_db->connection(),
                                u"UPDATE import_contacts SET known = 1 WHERE EXISTS "
                                "(SELECT 1 FROM contacts c WHERE c.phone_e164 = import_contacts.phone_e164)"_s,
                                {}, tr("compare the file with the contacts"));
        if (!marked)
            return marked.error();
        m_markedUpTo = *upTo;
        return marked->numRowsAffected();
    }
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT COUNT(*) FROM import_contacts i WHERE EXISTS "
                       "(SELECT 1 FROM contacts c WHERE c.phone_e164 = i.phone_e164)"_s,
                       {}, tr("compare the file with the contacts"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

// Inside the merge's transaction: which staged numbers are contacts already. The
// others are inserted without ON CONFLICT, under ids chosen here: their tags then go
// in without looking each contact up again by its number. Should a contact with one
// of those numbers appear in between anyway (SQLite reuses the id of a contact
// deleted from the top), the insert fails and the whole merge rolls back: the import
// reports an error.
Result<void> ImportStaging::markKnown()
{
    if (m_db->isPostgres())
        return exec(u"UPDATE import_contacts SET known = true, id = c.id FROM contacts c "
                    "WHERE c.phone_e164 = import_contacts.phone_e164"_s,
                    {}, tr("compare the file with the contacts"));
    // SQLite holds the write lock now; countExisting() compared contacts up to
    // m_markedUpTo, before any merge when it was not called.
    if (m_markedUpTo < 0) {
        if (auto counted = countExisting(); !counted)
            return counted.error();
        return {};
    }
    return exec(u"UPDATE import_contacts SET known = 1 WHERE NOT known AND phone_e164 IN "
                "(SELECT phone_e164 FROM contacts WHERE id > ?)"_s,
                {m_markedUpTo}, tr("compare the file with the contacts"));
}

Result<void> ImportStaging::merge(const QString &actor)
{
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
        "FROM import_contacts WHERE known "
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

    QElapsedTimer clock;
    clock.start();
    if (auto folded = applyRepeats(); !folded)
        return folded;
    // Statistics first: PostgreSQL never analyses temporary tables by itself,
    // and without them it plans the joins below for a handful of rows.
    if (pg) {
        if (auto analysed = exec(u"ANALYZE import_contacts"_s, {}, tr("analyse the staged rows")); !analysed)
            return analysed;
    }
    qCInfo(lcContacts) << "merge: staged rows prepared in" << clock.restart() << "ms";
    auto merged = m_db->transaction([&]() -> Result<void> {
        QElapsedTimer step;
        step.start();
        if (pg) {
            // Room for the hash joins over a million staged rows.
            if (auto sized = exec(u"SET LOCAL work_mem = '64MB'"_s, {}, tr("size the merge")); !sized)
                return sized;
        }
        auto firstNewId = insertNewContacts(upsert, now);
        if (!firstNewId)
            return firstNewId.error();
        if (auto done = exec(upsert, {now, now, now, now}, tr("merge the imported contacts")); !done)
            return done;
        qCInfo(lcContacts) << "merge: contacts upserted in" << step.restart() << "ms";
        if (auto done = insertTagNames(); !done)
            return done;
        if (auto done = tagContacts(*firstNewId); !done)
            return done;
        qCInfo(lcContacts) << "merge: tags applied in" << step.restart() << "ms";
        return AuditLog(m_db).record(actor, u"contacts.import"_s, u"contacts"_s,
                                     QJsonObject{{u"staged"_s, m_seq}});
    });
    qCInfo(lcContacts) << "merge: transaction of" << clock.elapsed() << "ms";
    return merged;
}

// The numbers not yet contacts, inserted without ON CONFLICT (PostgreSQL's speculative
// insertion costs an index probe, a lock and a WAL record a row) under the ids their
// staged rows took (PostgreSQL, see create()) or, on SQLite, which holds the write lock,
// after the highest id: the result, null on PostgreSQL. `upsert` is the statement for the
// known ones.
Result<QVariant> ImportStaging::insertNewContacts(const QString &upsert, qint64 now)
{
    if (auto marked = markKnown(); !marked)
        return marked.error();
    const bool pg = m_db->isPostgres();
    QVariant firstNewId;
    if (!pg) {
        auto top = highestContactId(tr("merge the imported contacts"));
        if (!top)
            return top.error();
        firstNewId = *top;
    }
    QString insert = upsert.left(upsert.indexOf(u" WHERE known "_s)) + u" WHERE NOT known"_s;
    insert.replace(u"INSERT INTO contacts (phone_e164, "_s, u"INSERT INTO contacts (id, phone_e164, "_s)
        .replace(u"SELECT phone_e164, "_s, pg ? u"SELECT id, phone_e164, "_s
                                             : u"SELECT CAST(? AS INTEGER) + rowid, phone_e164, "_s);
    QVariantList values{now, now, now, now};
    if (!pg)
        values.prepend(firstNewId);
    if (auto done = exec(insert, values, tr("merge the imported contacts")); !done)
        return done.error();
    return firstNewId;
}

// The tags of each staged row (first sightings and repeats, the import-wide ones
// included, see tagsJson()) as rows of contact_tags. The contacts this merge created
// cannot have tag rows yet, so theirs go in without ON CONFLICT, under their ids as
// merge() chose them (`firstNewId` plus the staged row's number on SQLite): a
// speculative insertion (an index probe, a lock and one more WAL record a row) made
// this step twice as long on PostgreSQL, and looking each contact up by its number
// cost a pass over the phone index per statement. Those rows come in contact order,
// so both indexes of contact_tags grow at their ends; a second statement for the
// import-wide tags put its rows between the first one's.
Result<void> ImportStaging::tagContacts(const QVariant &firstNewId)
{
    const bool pg = m_db->isPostgres();
    const QString newId = pg ? u"i.id"_s : u"CAST(? AS INTEGER) + i.rowid"_s;
    const QVariantList newIdValues = pg ? QVariantList() : QVariantList{firstNewId};
    // newContacts: the contact is the staged row's own; otherwise it is found by its
    // number (a known contact deleted while the merge ran was added again, under a new id).
    const auto tagsFrom = [&](const QString &table, const QString &which, bool newContacts) -> QString {
        const QString expand = pg ? u"jsonb_array_elements_text(CAST(i.tags AS JSONB)) AS j (value)"_s
                                  : u"json_each(i.tags) AS j"_s;
        return u"INSERT INTO contact_tags (contact_id, tag_id) SELECT "_s +
               (newContacts ? newId : u"c.id"_s) + u", t.id FROM "_s + table + u" i CROSS JOIN "_s +
               expand +
               (newContacts ? QString() : u" JOIN contacts c ON c.phone_e164 = i.phone_e164"_s) +
               u" JOIN tags t ON t.name = j.value WHERE i.tags IS NOT NULL"_s + which;
    };
    const QString onConflict = u" ON CONFLICT DO NOTHING"_s;
    const QList<std::pair<QString, QVariantList>> statements = {
        {tagsFrom(u"import_contacts"_s, u" AND NOT i.known"_s, true), newIdValues},
        {tagsFrom(u"import_contacts"_s, u" AND i.known"_s + onConflict, false), {}},
        // Last: a repeated row may bring a tag its first sighting did not have.
        {tagsFrom(u"import_repeats"_s, onConflict, false), {}},
    };
    for (const auto &[sql, values] : statements) {
        if (auto done = exec(sql, values, tr("tag the imported contacts")); !done)
            return done;
    }
    return {};
}

Result<void> ImportStaging::insertTagNames()
{
    QSqlQuery insert(m_db->connection());
    if (!insert.prepare(u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s))
        return Database::queryError(insert, tr("create the imported tags"));
    for (const QString &name : std::as_const(m_tagNames)) {
        insert.bindValue(0, name);
        if (!insert.exec())
            return Database::queryError(insert, tr("create the tag %1").arg(name));
    }
    return {};
}

} // namespace megaphone
