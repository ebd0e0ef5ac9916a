#include "AudiencePreview.h"

#include "ContactStore.h"
#include "Database.h"
#include "SendingStore.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace megaphone {

AudiencePreview::AudiencePreview(std::shared_ptr<const Database> db)
    : m_db(std::move(db))
{
}

Result<AudienceEstimate> AudiencePreview::estimate(const Audience &audience, int frequencyCapHours,
                                                   qint64 nowMs, int sampleSize)
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
    const QString sql = u"SELECT COUNT(*), "
                        "COUNT(*) FILTER (WHERE c.consent = 'opted_out'), "
                        "COUNT(*) FILTER (WHERE c.consent NOT IN ('opted_in', 'opted_out')), "
                        "COUNT(*) FILTER (WHERE c.consent = 'opted_in' AND "_s
                        + capped
                        + u"), COUNT(*) FILTER (WHERE c.consent = 'opted_in' AND NOT ("_s + capped
                        + u") AND c.phone_e164 LIKE '+1%') FROM contacts c"_s + recent
                        + u" WHERE "_s + audience.sql(m_db->isPostgres(), values);
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
