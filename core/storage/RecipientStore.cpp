#include "RecipientStore.h"

#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace megaphone {

RecipientStore::RecipientStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<int> RecipientStore::add(qint64 broadcastId, const QList<qint64> &contactIds)
{
    constexpr qsizetype kChunk = 500;
    int added = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        for (qsizetype start = 0; start < contactIds.size(); start += kChunk) {
            const QList<qint64> chunk = contactIds.mid(start, kChunk);
            QVariantList values{broadcastId};
            for (qint64 id : chunk)
                values.append(id);
            auto q = Sql::exec(m_db->connection(),
                               u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164) "
                               "SELECT ?, id, phone_e164 FROM contacts WHERE id IN ("_s +
                                   Sql::placeholders(chunk.size()) +
                                   u") ON CONFLICT (broadcast_id, contact_id) DO NOTHING"_s,
                               values, tr("add recipients"));
            if (!q)
                return q.error();
            added += q->numRowsAffected();
        }
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<QHash<RecipientStatus, qint64>> RecipientStore::countByStatus(qint64 broadcastId)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT status, COUNT(*) FROM recipients WHERE broadcast_id = ? "
                       "GROUP BY status"_s,
                       {broadcastId}, tr("count recipients"));
    if (!q)
        return q.error();
    QHash<RecipientStatus, qint64> counts;
    while (q->next()) {
        if (auto status = recipientStatusFromString(q->value(0).toString()))
            counts.insert(*status, q->value(1).toLongLong());
    }
    return counts;
}

Result<QList<Recipient>> RecipientStore::page(qint64 broadcastId, qint64 afterId, int limit)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT id, broadcast_id, contact_id, phone_e164, status, attempts, "
                       "provider_message_id, error_code, error_title, sent_at, delivered_at, "
                       "read_at, failed_at, replied_at FROM recipients "
                       "WHERE broadcast_id = ? AND id > ? ORDER BY id LIMIT ?"_s,
                       {broadcastId, afterId, limit}, tr("list recipients"));
    if (!q)
        return q.error();
    QList<Recipient> result;
    while (q->next()) {
        Recipient r;
        r.id = q->value(0).toLongLong();
        r.broadcastId = q->value(1).toLongLong();
        r.contactId = q->value(2).toLongLong();
        r.phoneE164 = q->value(3).toString();
        r.status = recipientStatusFromString(q->value(4).toString()).value_or(RecipientStatus::Pending);
        r.attempts = q->value(5).toInt();
        r.providerMessageId = q->value(6).toString();
        r.errorCode = q->value(7).toString();
        r.errorTitle = q->value(8).toString();
        r.sentAt = q->value(9).toLongLong();
        r.deliveredAt = q->value(10).toLongLong();
        r.readAt = q->value(11).toLongLong();
        r.failedAt = q->value(12).toLongLong();
        r.repliedAt = q->value(13).toLongLong();
        result.append(r);
    }
    return result;
}

} // namespace megaphone
