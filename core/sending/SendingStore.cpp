#include "SendingStore.h"

#include "Database.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

SendingStore::SendingStore(std::shared_ptr<const Database> db) : m_db(std::move(db))
{ }

QString SendingStore::frequencyCapSql()
{
    return u"EXISTS ("_s + frequencyCapSetSql() + u" AND o.contact_id = c.id)"_s;
}

QString SendingStore::frequencyCapSetSql()
{
    return u"SELECT o.contact_id FROM recipients o WHERE o.broadcast_id <> ? AND o.claimed_at > ? "
           "AND o.status IN ('sending', 'sent', 'delivered', 'read', 'unknown')"_s;
}

QVariantList SendingStore::frequencyCapValues(qint64 broadcastId, int frequencyCapHours,
                                              qint64 nowMs)
{
    return {broadcastId, nowMs - frequencyCapHours * kHourMs};
}

Result<AudienceCounts> SendingStore::materialise(
    qint64 broadcastId, const Audience &audience, int frequencyCapHours, qint64 nowMs)
{
    struct Outcome
    {
        QString condition; // on contacts `c`, after the audience's own
        QVariantList values;
        QString errorCode; // empty: pending
        QString errorTitle;
        qint64 *count;
    };
    AudienceCounts counts;
    // Order matters: a contact goes to the first outcome it matches, and the later
    // inserts skip it through the (broadcast_id, contact_id) conflict.
    QList<Outcome> outcomes = {
        { u"c.consent = 'opted_out'"_s, {}, u"opted-out"_s,
            tr("The contact opted out of marketing messages."), &counts.optedOut },
        { u"c.consent <> 'opted_in'"_s, {}, u"consent-unknown"_s,
            tr("The contact has not opted in to marketing messages."), &counts.notOptedIn },
    };
    if (frequencyCapHours > 0) {
        // Another broadcast claimed this contact (a message may have gone out) recently.
        outcomes.append({ frequencyCapSql(),
            frequencyCapValues(broadcastId, frequencyCapHours, nowMs), u"frequency-cap"_s,
            tr("The contact got a marketing broadcast in the last %n hour(s).", nullptr,
                frequencyCapHours),
            &counts.frequencyCap });
    }
    outcomes.append({ u"c.consent = 'opted_in'"_s, {}, {}, {}, &counts.pending });

    auto done = m_db->transaction([&]() -> Result<void> {
        auto tagIds = audience.findTagIds(m_db->connection());
        if (!tagIds)
            return tagIds.error();
        for (const Outcome &outcome : std::as_const(outcomes)) {
            QVariantList values { broadcastId };
            QString columns;
            if (outcome.errorCode.isEmpty()) {
                columns = u"'pending', NULL, NULL"_s;
            } else {
                columns = u"'skipped', ?, ?"_s;
                values << outcome.errorCode << outcome.errorTitle;
            }
            const QString audienceSql = audience.sql(m_db->isPostgres(), values, *tagIds);
            values += outcome.values;
            const QString sql
                = u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164, status, "
                  "error_code, error_title) SELECT ?, c.id, c.phone_e164, "_s
                + columns + u" FROM contacts c WHERE "_s + audienceSql + u" AND "_s
                + outcome.condition + u" ON CONFLICT (broadcast_id, contact_id) DO NOTHING"_s;
            auto q
                = Sql::exec(m_db->connection(), sql, values, tr("add the broadcast's recipients"));
            if (!q)
                return q.error();
            *outcome.count = q->numRowsAffected();
        }
        return {};
    });
    if (!done)
        return done.error();
    return counts;
}

Result<int> SendingStore::markStaleSendingUnknown(qint64 broadcastId)
{
    QString sql = u"UPDATE recipients SET status = 'unknown' WHERE status = 'sending'"_s;
    QVariantList values;
    if (broadcastId != 0) {
        sql += u" AND broadcast_id = ?"_s;
        values.append(broadcastId);
    }
    auto q = Sql::exec(m_db->connection(), sql, values, tr("mark interrupted sends as unknown"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> SendingStore::release(const QList<qint64> &recipientIds, const QString &claimId,
                                  qint64 notBeforeMs)
{
    constexpr qsizetype kChunk = 500;
    int released = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        for (qsizetype start = 0; start < recipientIds.size(); start += kChunk) {
            const QList<qint64> chunk = recipientIds.mid(start, kChunk);
            QVariantList values { Sql::nullIfZero(notBeforeMs), claimId };
            for (qint64 id : chunk)
                values.append(id);
            // No request left: the attempt and the claim time (which counts toward
            // the quota) are undone.
            auto q = Sql::exec(m_db->connection(),
                u"UPDATE recipients SET status = 'pending', claim_id = NULL, "
                "next_attempt_at = COALESCE(?, next_attempt_at), claimed_at = NULL, attempts = CASE WHEN attempts > 0 THEN "
                "attempts - 1 ELSE 0 END WHERE status = 'sending' AND claim_id = ? "
                "AND id IN ("_s
                    + Sql::placeholders(chunk.size()) + u")"_s,
                values, tr("release claimed recipients"));
            if (!q)
                return q.error();
            released += q->numRowsAffected();
        }
        return {};
    });
    if (!done)
        return done.error();
    return released;
}

Result<int> SendingStore::retryFailed(qint64 broadcastId)
{
    auto q = Sql::exec(m_db->connection(),
        u"UPDATE recipients SET status = 'pending', attempts = 0, "
        "next_attempt_at = NULL, claim_id = NULL, failed_at = NULL, "
        "error_code = NULL, error_title = NULL, failure_class = NULL "
        "WHERE broadcast_id = ? AND status = 'failed' AND failure_class IN "
        "('not-accepted', 'rate-limited', 'pair-limited')"_s,
        { broadcastId }, tr("retry failed recipients"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> SendingStore::retryUnknown(qint64 broadcastId)
{
    auto q = Sql::exec(m_db->connection(),
        u"UPDATE recipients SET status = 'pending', attempts = 0, "
        "next_attempt_at = NULL, claim_id = NULL "
        "WHERE broadcast_id = ? AND status = 'unknown'"_s,
        { broadcastId }, tr("retry recipients with an unknown outcome"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace megaphone
