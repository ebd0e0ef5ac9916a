#include "AudiencePreview.h"

#include "ContactStore.h"
#include "Database.h"
#include "SendingStore.h"
#include "Sql.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// +1 numbers, from the phone index: the range finds them, LIKE makes sure of each.
const QString kPlusOne =
    u"c.phone_e164 >= '+1' AND c.phone_e164 < '+2' AND c.phone_e164 LIKE '+1%'"_s;

bool isEveryone(const Audience &a)
{
    return a.includeTags.isEmpty() && a.excludeTags.isEmpty() && a.conditions.isEmpty();
}

// Some tags' contacts, with no condition.
bool isTagsOnly(const Audience &a)
{
    return !a.includeTags.isEmpty() && a.conditions.isEmpty();
}

// Everyone but the contacts of some tags.
bool isAllBut(const Audience &a)
{
    return a.includeTags.isEmpty() && !a.excludeTags.isEmpty() && a.conditions.isEmpty();
}

// PostgreSQL settings for the count's transaction only (set_config(..., true) is SET LOCAL).
// - No hash joins: the tags' contacts come from the tag index in id order and meet the
//   contacts by merge joins (see countFromTags()); hash joins took longer. Room to sort two
//   tags' contacts in memory (with the default 4 MB, 200,000 of them went to disk). No
//   JIT compilation, which costs more than it saves on a count run once.
// - Tags only: one process; parallel workers each built their own hash of the tags'
//   contacts on two cores.
// - With conditions the count reads every contact ("country is" reads an index instead,
//   see Audience), and two parallel workers share that: on a million contacts, "country is
//   BR" before its index 152-167 ms against 249-283 ms alone, a tag and that condition
//   190-227 ms against 259-366 ms.
// - For everyone (and everyone but some tags), one process (countAll() has its own),
//   random reads priced as on the SSDs servers run on now (1.1, Supabase's setting,
//   against the default 4), no sequential scan: each consent's contacts come from their
//   range of the consent index, the cap's from the recipients' contact index, 50-64 against
//   75-94 ms. No nested loop either: one over the cap's contacts would read them all again
//   for each contact of a consent the statistics think has few.
// (SQLite runs the same queries outside a transaction, which there would take the write
// lock.)
QString countSettingsSql(const Audience &a)
{
    const bool everyone = isEveryone(a) || isAllBut(a);
    return u"SELECT set_config('enable_hashjoin', 'off', true), "
           "set_config('work_mem', '32MB', true), set_config('jit', 'off', true)"_s
           + (isTagsOnly(a) || everyone
                  ? u", set_config('max_parallel_workers_per_gather', '0', true)"_s
                  : QString())
           + (everyone ? u", set_config('random_page_cost', '1.1', true), "
                         "set_config('enable_seqscan', 'off', true), "
                         "set_config('enable_nestloop', 'off', true)"_s
                       : QString());
}

} // namespace

AudiencePreview::AudiencePreview(std::shared_ptr<const Database> db)
    : m_db(std::move(db))
{
}

Result<AudienceEstimate> AudiencePreview::estimate(const Audience &audience, int frequencyCapHours,
                                                   qint64 nowMs, int sampleSize)
{
    auto tagIds = audience.findTagIds(m_db->connection());
    if (!tagIds)
        return tagIds.error();
    const Query query{audience, *tagIds, frequencyCapHours, nowMs};
    AudienceEstimate e;
    auto work = [&]() -> Result<void> {
        if (auto counted = count(query, e); !counted)
            return counted;
        if (sampleSize <= 0 || e.willReceive == 0)
            return {};
        return pickSample(query, sampleSize, e);
    };
    auto done = !m_db->isPostgres() ? work() : m_db->transaction([&]() -> Result<void> {
        auto set = Sql::exec(m_db->connection(), countSettingsSql(query.audience), {},
                             tr("prepare the audience count"));
        if (!set)
            return set.error();
        return work();
    });
    if (!done)
        return done.error();
    return e;
}

// Who matches, split by consent and the frequency cap; then the +1 numbers among those who
// will receive.
Result<void> AudiencePreview::count(const Query &query, AudienceEstimate &e) const
{
    if (auto counted = countSplit(query, e); !counted)
        return counted;
    e.willReceive = e.matching - e.optedOut - e.noConsent - e.frequencyCapped;
    auto plusOne = countPlusOne(query);
    if (!plusOne)
        return plusOne.error();
    e.plusOne = *plusOne;
    return {};
}

// Who matches, split by consent and the frequency cap, the quickest way for the audience.
Result<void> AudiencePreview::countSplit(const Query &query, AudienceEstimate &e) const
{
    const bool postgres = m_db->isPostgres();
    if (postgres && isTagsOnly(query.audience))
        return countFromTags(query, e);
    if (isEveryone(query.audience) || isAllBut(query.audience))
        return countEveryone(query, e);
    return countMatching(query, e);
}

// Who matches, split by consent and the frequency cap, in one count.
Result<void> AudiencePreview::countMatching(const Query &query, AudienceEstimate &e) const
{
    const bool postgres = m_db->isPostgres();
    // The contacts the cap holds back as one set found from the recipients' claimed_at index,
    // rather than a probe of the recipients per contact.
    QVariantList values;
    QString capped = u"1 = 0"_s;
    if (query.frequencyCapHours > 0) {
        capped = u"c.id IN ("_s + SendingStore::frequencyCapSetSql() + u")"_s;
        values << SendingStore::frequencyCapValues(0, query.frequencyCapHours, query.nowMs);
    }
    // COUNT(*) FILTER: one counter per kind, about a quarter cheaper per row on PostgreSQL
    // than SUM(CASE ...); SQLite has it since 3.30.
    const QString sql = u"SELECT COUNT(*), COUNT(*) FILTER (WHERE c.consent = 'opted_out'), "
                        "COUNT(*) FILTER (WHERE c.consent NOT IN ('opted_in', 'opted_out')), "
                        "COUNT(*) FILTER (WHERE c.consent = 'opted_in' AND "_s
                        + capped + u") FROM contacts c WHERE "_s
                        + query.audience.sql(postgres, values, query.tagIds,
                                             Audience::TagTest::Lead);
    auto all = firstRow(sql, values);
    if (!all)
        return all.error();
    e.matching = all->value(0);
    e.optedOut = all->value(1);
    e.noConsent = all->value(2);
    e.frequencyCapped = all->value(3);
    return {};
}

// PostgreSQL, an audience of tags only. The tags' contacts are found once, from the tags
// alone (contact_tags names only contacts that exist: ContactStore::remove deletes a
// contact's tags with it, and every insert joins on existing contacts). Only those whose
// consent is not the commonest are then looked up, in the (consent, id) index; the
// commonest consent's count is what is left. Any count that reads each matching contact's
// consent walks all the contacts in id order, a million index entries or rows. In
// bench_audience on a million contacts: one tag 84-85 ms, two tags with one left out
// 147-156 ms, where three counts, one per consent, took 198 and 285 ms; and a table
// whose every row was rewritten no longer slows it.
Result<void> AudiencePreview::countFromTags(const Query &query, AudienceEstimate &e) const
{
    auto commonest = commonestConsent();
    if (!commonest)
        return commonest.error();
    QVariantList values;
    const QString set = query.audience.tagSetSql(true, values, query.tagIds);
    if (set.isEmpty())
        return {}; // none of its tags exists: nobody matches
    const bool cap = query.frequencyCapHours > 0;
    const QVariantList capValues
        = SendingStore::frequencyCapValues(0, query.frequencyCapHours, query.nowMs);
    const auto recent = [&]() -> QString {
        if (!cap)
            return u"FALSE"_s;
        values << capValues;
        return u"a.id IN ("_s + SendingStore::frequencyCapSetSql() + u")"_s;
    };
    // m: the contacts of each other consent, from its own range of the consent index, which
    // is in id order as `a` is (one range of both would need sorting).
    QString sql = u"WITH a AS MATERIALIZED (SELECT s.contact_id AS id FROM ("_s + set
                  + u") s GROUP BY s.contact_id), m AS ("_s;
    bool first = true;
    for (const QString &consent : {u"opted_in"_s, u"opted_out"_s, u"unknown"_s}) {
        if (consent == *commonest)
            continue;
        sql += first ? u"SELECT c.consent, "_s : u" UNION ALL SELECT c.consent, "_s;
        sql += recent();
        sql += u" AS recent FROM a JOIN contacts c ON c.id = a.id WHERE c.consent = ?"_s;
        values << consent;
        first = false;
    }
    sql += u") SELECT (SELECT COUNT(*) FROM a), (SELECT COUNT(*) FROM a WHERE "_s;
    sql += recent();
    sql += u"), COUNT(*) FILTER (WHERE m.consent = 'opted_in'), "
           "COUNT(*) FILTER (WHERE m.consent = 'opted_out'), "
           "COUNT(*) FILTER (WHERE m.consent = 'unknown'), "
           "COUNT(*) FILTER (WHERE m.recent AND m.consent = 'opted_in'), "
           "COUNT(*) FILTER (WHERE m.recent) FROM m"_s;
    auto row = firstRow(sql, values);
    if (!row)
        return row.error();
    const qint64 all = row->value(0), recentAll = row->value(1);
    // Consent is never anything but these three: the commonest one has what the others leave.
    QHash<QString, qint64> byConsent{{u"opted_in"_s, row->value(2)},
                                     {u"opted_out"_s, row->value(3)},
                                     {u"unknown"_s, row->value(4)}};
    byConsent[*commonest] = all - row->value(2) - row->value(3) - row->value(4);
    e.matching = all;
    e.optedOut = byConsent.value(u"opted_out"_s);
    e.noConsent = byConsent.value(u"unknown"_s);
    e.frequencyCapped = *commonest == u"opted_in" ? recentAll - row->value(6) : row->value(5);
    return {};
}

// Everyone, or everyone but the contacts of some tags (x): all the contacts counted at once
// less x's, then those of each consent but the commonest, each from its own range of the
// consent index, with how many of them the frequency cap holds back; the commonest consent
// has the rest, and the cap's other contacts. SQLite counts a whole table from its b-tree's
// pages without reading a row; PostgreSQL shares that count between two parallel workers.
// In bench_audience on a million contacts, one in ten opted out: everyone 99-154 ms on
// PostgreSQL and 56-84 ms on SQLite, where a pass over the whole consent index took 153-196
// and 151-239 ms; everyone but a tag 140-216 and 136-194 ms, where everyone's figures less
// the tag's took 193-300 and 267-400 ms.
Result<void> AudiencePreview::countEveryone(const Query &query, AudienceEstimate &e) const
{
    auto commonest = commonestConsent();
    if (!commonest)
        return commonest.error();
    auto all = countAll();
    if (!all)
        return all.error();
    QVariantList values;
    const QString sql = everyoneSql(query, *commonest, values);
    auto q = Sql::exec(m_db->connection(), sql, values, tr("count the audience"));
    if (!q)
        return q.error();
    QHash<QString, std::pair<qint64, qint64>> rows; // consent, x or r: contacts, held back
    while (q->next())
        rows.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong()});
    // x, r (with the cap), a row per consent but the commonest
    if (rows.size() != (query.frequencyCapHours > 0 ? 4 : 3))
        return makeError(u"database"_s, tr("The database returned no count for the audience."));
    qint64 others = 0, othersHeld = 0;
    for (const QString &consent : {u"opted_in"_s, u"opted_out"_s, u"unknown"_s}) {
        others += rows.value(consent).first;
        othersHeld += rows.value(consent).second;
    }
    e.matching = *all - rows.value(u"x"_s).first;
    rows.insert(*commonest, std::pair{e.matching - others, rows.value(u"r"_s).first - othersHeld});
    e.optedOut = rows.value(u"opted_out"_s).first;
    e.noConsent = rows.value(u"unknown"_s).first;
    e.frequencyCapped = rows.value(u"opted_in"_s).second;
    return {};
}

// countEveryone()'s statement: a row for x's contacts ('x'), one for the cap's but x's
// ('r'), and one per consent but the commonest, each with its contacts not in x and how
// many of those the cap holds back.
QString AudiencePreview::everyoneSql(const Query &query, const QString &commonest,
                                     QVariantList &values) const
{
    const bool postgres = m_db->isPostgres();
    QStringList with;
    const QString left = Audience{query.audience.excludeTags, {}, {}}.tagSetSql(
        postgres, values, query.tagIds);
    if (!left.isEmpty()) {
        with << u"x AS MATERIALIZED (SELECT s.contact_id AS id FROM ("_s + left
                    + u") s GROUP BY s.contact_id)"_s;
    }
    const bool cap = query.frequencyCapHours > 0;
    if (cap) {
        // r: the contacts the cap holds back, each once, but x's (recipients name only
        // contacts that exist: deleting a contact clears its recipients' contact_id).
        QString notLeft;
        if (!left.isEmpty()) {
            notLeft = postgres ? u" LEFT JOIN x ON x.id = s.contact_id WHERE x.id IS NULL AND"_s
                               : u" WHERE s.contact_id NOT IN (SELECT x.id FROM x) AND"_s;
        } else {
            notLeft = u" WHERE"_s;
        }
        with << u"r AS MATERIALIZED (SELECT s.contact_id AS id FROM ("_s
                    + SendingStore::frequencyCapSetSql() + u") s"_s + notLeft
                    + u" s.contact_id IS NOT NULL GROUP BY s.contact_id)"_s;
        values << SendingStore::frequencyCapValues(0, query.frequencyCapHours, query.nowMs);
    }
    QString sql = with.isEmpty() ? QString() : u"WITH "_s + with.join(u", "_s) + u" "_s;
    sql += left.isEmpty() ? u"SELECT 'x', 0, 0"_s : u"SELECT 'x', COUNT(*), 0 FROM x"_s;
    sql += cap ? u" UNION ALL SELECT 'r', COUNT(*), 0 FROM r"_s : QString();
    // PostgreSQL meets x and r in merge joins (it sorts each once); SQLite looks each contact
    // up in the sets it builds from them.
    QString from = u"FROM contacts c"_s, counted = u"COUNT(*)"_s, held = u"0"_s;
    if (!left.isEmpty()) {
        from += postgres ? u" LEFT JOIN x ON x.id = c.id"_s : QString();
        counted = postgres ? u"COUNT(*) FILTER (WHERE x.id IS NULL)"_s
                           : u"COUNT(*) FILTER (WHERE c.id NOT IN (SELECT x.id FROM x))"_s;
    }
    if (cap) {
        from += postgres ? u" LEFT JOIN r ON r.id = c.id"_s : QString();
        held = postgres ? u"COUNT(r.id)"_s
                        : u"COUNT(*) FILTER (WHERE c.id IN (SELECT r.id FROM r))"_s;
    }
    for (const QString &consent : {u"opted_in"_s, u"opted_out"_s, u"unknown"_s}) {
        if (consent == commonest)
            continue;
        sql += u" UNION ALL SELECT ?, "_s + counted + u", "_s + held + u" "_s + from
               + u" WHERE c.consent = ?"_s;
        values << consent << consent;
    }
    return sql;
}

// All the contacts. PostgreSQL's two parallel workers share the count (36-55 ms against
// 58-87 ms alone on a million), for this statement only.
Result<qint64> AudiencePreview::countAll() const
{
    const bool postgres = m_db->isPostgres();
    const auto workers = [&](const QString &count) -> Result<void> {
        if (!postgres)
            return {};
        auto set = Sql::exec(m_db->connection(),
                             u"SELECT set_config('max_parallel_workers_per_gather', ?, true)"_s,
                             {count}, tr("count the audience"));
        if (!set)
            return set.error();
        return {};
    };
    if (auto parallel = workers(u"2"_s); !parallel)
        return parallel.error();
    auto all = firstRow(u"SELECT COUNT(*) FROM contacts"_s, {});
    if (!all)
        return all.error();
    if (auto alone = workers(u"0"_s); !alone)
        return alone.error();
    return all->value(0);
}

// The consent most contacts have, from PostgreSQL's planner statistics (opted in before
// any, and on SQLite, which keeps no such statistics). It only decides which consent's
// contacts are counted as the rest; the figures are exact whichever it is.
Result<QString> AudiencePreview::commonestConsent() const
{
    if (!m_db->isPostgres())
        return u"opted_in"_s;
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT u.v FROM pg_stats s, UNNEST(CAST(CAST(s.most_common_vals AS TEXT) "
                       "AS TEXT[]), s.most_common_freqs) AS u (v, f) WHERE s.schemaname = "
                       "current_schema() AND s.tablename = 'contacts' AND s.attname = 'consent' "
                       "ORDER BY u.f DESC LIMIT 1"_s,
                       {}, tr("count the audience"));
    if (!q)
        return q.error();
    const QString commonest = q->next() ? q->value(0).toString() : QString();
    if (commonest == u"opted_out" || commonest == u"unknown")
        return commonest;
    return u"opted_in"_s;
}

// Among those who will receive, the +1 numbers, found from the phone index (in the first
// count they would make SQLite read every contact's row instead of the consent index alone).
Result<qint64> AudiencePreview::countPlusOne(const Query &query) const
{
    QVariantList values;
    QString sql = u"SELECT COUNT(*) FROM contacts c WHERE c.consent = 'opted_in' AND "_s + kPlusOne
                  + u" AND "_s
                  + query.audience.sql(m_db->isPostgres(), values, query.tagIds,
                                       Audience::TagTest::Check);
    if (query.frequencyCapHours > 0) {
        sql += u" AND NOT "_s + SendingStore::frequencyCapSql();
        values << SendingStore::frequencyCapValues(0, query.frequencyCapHours, query.nowMs);
    }
    auto counted = firstRow(sql, values);
    if (!counted)
        return counted.error();
    return counted->value(0);
}

Result<QList<qint64>> AudiencePreview::firstRow(const QString &sql,
                                                const QVariantList &values) const
{
    auto q = Sql::exec(m_db->connection(), sql, values, tr("count the audience"));
    if (!q)
        return q.error();
    QList<qint64> figures;
    if (q->next()) {
        for (int i = 0; i < q->record().count(); ++i)
            figures.append(q->value(i).toLongLong());
    }
    if (figures.isEmpty())
        return makeError(u"database"_s, tr("The database returned no count for the audience."));
    return figures;
}

// PostgreSQL's merge join stops at the sample's first contacts. SQLite, starting from a tag,
// would find all its contacts before it picks the first few; when many will receive, it finds
// them sooner walking the opted-in contacts in id order and testing each: some 50 contacts
// for a sample of 5 where one in ten will receive, at most some 50,000 where one in 10,000.
Result<Audience::TagTest> AudiencePreview::sampleTagTest(qint64 willReceive) const
{
    if (m_db->isPostgres())
        return Audience::TagTest::Lead;
    auto last = Sql::exec(m_db->connection(), u"SELECT MAX(id) FROM contacts"_s, {},
                          tr("pick sample contacts"));
    if (!last)
        return last.error();
    const qint64 span = last->next() ? last->value(0).toLongLong() : 0;
    return willReceive * 10000 >= span ? Audience::TagTest::Check : Audience::TagTest::Lead;
}

Result<void> AudiencePreview::pickSample(const Query &query, int sampleSize,
                                         AudienceEstimate &e) const
{
    auto test = sampleTagTest(e.willReceive);
    if (!test)
        return test.error();
    QVariantList values;
    QString sql = u"SELECT c.id FROM contacts c WHERE c.consent = 'opted_in' AND "_s
                  + query.audience.sql(m_db->isPostgres(), values, query.tagIds, *test);
    if (query.frequencyCapHours > 0) {
        sql += u" AND NOT "_s + SendingStore::frequencyCapSql();
        values << SendingStore::frequencyCapValues(0, query.frequencyCapHours, query.nowMs);
    }
    values << sampleSize;
    auto ids = Sql::exec(m_db->connection(), sql + u" ORDER BY c.id LIMIT ?"_s, values,
                         tr("pick sample contacts"));
    if (!ids)
        return ids.error();
    QList<qint64> sampleIds;
    while (ids->next())
        sampleIds << ids->value(0).toLongLong();
    auto contacts = ContactStore(m_db).findMany(sampleIds);
    if (!contacts)
        return contacts.error();
    for (qint64 id : std::as_const(sampleIds)) {
        if (contacts->contains(id))
            e.sample << contacts->value(id);
    }
    return {};
}

} // namespace megaphone
