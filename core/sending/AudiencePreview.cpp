#include "AudiencePreview.h"

#include "ContactStore.h"
#include "Database.h"
#include "SendingStore.h"
#include "Sql.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace megaphone {

AudiencePreview::AudiencePreview(std::shared_ptr<const Database> db)
    : m_db(std::move(db))
{
}

namespace {

// Below this many contacts one thread counts them all.
constexpr qint64 kSplitAbove = 100000;

void add(AudienceEstimate &into, const AudienceEstimate &part)
{
    into.matching += part.matching;
    into.optedOut += part.optedOut;
    into.noConsent += part.noConsent;
    into.frequencyCapped += part.frequencyCapped;
    into.plusOne += part.plusOne;
}

} // namespace

Result<AudienceEstimate> AudiencePreview::count(const Audience &audience, int frequencyCapHours,
                                                qint64 nowMs, std::optional<IdRange> range) const
{
    // The contacts the frequency cap holds back, found once and joined (a hash join), rather
    // than probed contact by contact: the same rows as SendingStore::frequencyCapSql().
    QVariantList values;
    QString recent;
    QString capped = u"1 = 0"_s;
    if (frequencyCapHours > 0) {
        recent = u" LEFT JOIN (SELECT DISTINCT o.contact_id FROM recipients o WHERE "
                 "o.broadcast_id <> ? AND o.claimed_at > ? AND o.status IN ('sending', 'sent', "
                 "'delivered', 'read', 'unknown')) recent ON recent.contact_id = c.id"_s;
        capped = u"recent.contact_id IS NOT NULL"_s;
        values << SendingStore::frequencyCapValues(0, frequencyCapHours, nowMs);
    }
    // COUNT(*) FILTER: one counter per kind, about a quarter cheaper per row on PostgreSQL
    // than SUM(CASE ...); SQLite has it since 3.30.
    QString sql = u"SELECT COUNT(*), "
                  "COUNT(*) FILTER (WHERE c.consent = 'opted_out'), "
                  "COUNT(*) FILTER (WHERE c.consent NOT IN ('opted_in', 'opted_out')), "
                  "COUNT(*) FILTER (WHERE c.consent = 'opted_in' AND "_s
                  + capped
                  + u"), COUNT(*) FILTER (WHERE c.consent = 'opted_in' AND NOT ("_s + capped
                  + u") AND c.phone_e164 LIKE '+1%') FROM contacts c"_s + recent
                  + u" WHERE "_s + audience.sql(m_db->isPostgres(), values);
    if (range) {
        sql += u" AND c.id BETWEEN ? AND ?"_s;
        values << range->first << range->last;
    }
    auto q = Sql::exec(m_db->connection(), sql, values, tr("count the audience"));
    if (!q)
        return q.error();
    AudienceEstimate e;
    if (q->next()) {
        e.matching = q->value(0).toLongLong();
        e.optedOut = q->value(1).toLongLong();
        e.noConsent = q->value(2).toLongLong();
        e.frequencyCapped = q->value(3).toLongLong();
        e.plusOne = q->value(4).toLongLong();
    }
    return e;
}

// SQLite counts on one core: a large contacts table is counted in two halves by id, the
// second on a thread of the pool with its own connection (WAL lets readers run side by
// side). PostgreSQL runs its own parallel workers.
Result<AudienceEstimate> AudiencePreview::countAll(const Audience &audience,
                                                   int frequencyCapHours, qint64 nowMs) const
{
    if (m_db->isPostgres())
        return count(audience, frequencyCapHours, nowMs, std::nullopt);
    auto bounds = Sql::exec(m_db->connection(), u"SELECT MIN(id), MAX(id) FROM contacts"_s, {},
                            tr("count the audience"));
    if (!bounds)
        return bounds.error();
    const qint64 low = bounds->next() ? bounds->value(0).toLongLong() : 0;
    const qint64 high = bounds->value(1).toLongLong();
    if (high - low < kSplitAbove)
        return count(audience, frequencyCapHours, nowMs, std::nullopt);
    const qint64 middle = low + (high - low) / 2;
    QFuture<Result<AudienceEstimate>> upper = QtConcurrent::run([=, this] {
        return count(audience, frequencyCapHours, nowMs, IdRange{middle + 1, high});
    });
    auto lower = count(audience, frequencyCapHours, nowMs, IdRange{low, middle});
    auto higher = upper.result();
    if (!lower)
        return lower.error();
    if (!higher)
        return higher.error();
    AudienceEstimate e = lower.value();
    add(e, higher.value());
    return e;
}

Result<AudienceEstimate> AudiencePreview::estimate(const Audience &audience, int frequencyCapHours,
                                                   qint64 nowMs, int sampleSize)
{
    auto counted = countAll(audience, frequencyCapHours, nowMs);
    if (!counted)
        return counted.error();
    AudienceEstimate e = counted.value();
    e.willReceive = e.matching - e.optedOut - e.noConsent - e.frequencyCapped;
    if (sampleSize <= 0 || e.willReceive == 0)
        return e;

    QVariantList sampleValues;
    QString sampleSql = u"SELECT c.id FROM contacts c WHERE c.consent = 'opted_in' AND "_s
                        + audience.sql(m_db->isPostgres(), sampleValues);
    if (frequencyCapHours > 0) {
        sampleSql += u" AND NOT "_s + SendingStore::frequencyCapSql();
        sampleValues << SendingStore::frequencyCapValues(0, frequencyCapHours, nowMs);
    }
    sampleValues << sampleSize;
    auto ids = Sql::exec(m_db->connection(), sampleSql + u" ORDER BY c.id LIMIT ?"_s, sampleValues,
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
    return e;
}

} // namespace megaphone
