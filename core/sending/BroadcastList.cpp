#include "BroadcastList.h"

#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace megaphone {

qint64 BroadcastSummary::total() const
{
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    return sum;
}

qint64 BroadcastSummary::done() const
{
    return total() - count(RecipientStatus::Pending) - count(RecipientStatus::Sending);
}

qint64 BroadcastSummary::sentOrLater() const
{
    return count(RecipientStatus::Sent) + deliveredOrLater();
}

qint64 BroadcastSummary::deliveredOrLater() const
{
    return count(RecipientStatus::Delivered) + count(RecipientStatus::Read);
}

BroadcastList::BroadcastList(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<QList<BroadcastSummary>> BroadcastList::statuses()
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT b.id, b.name, b.account_id, a.label, b.status, b.scheduled_at, "
                       "b.resume_at, b.pause_reason, b.created_at, b.started_at, b.finished_at "
                       "FROM broadcasts b LEFT JOIN accounts a ON a.id = b.account_id "
                       "ORDER BY b.id DESC"_s,
                       {}, tr("read broadcasts"));
    if (!q)
        return q.error();
    QList<BroadcastSummary> result;
    while (q->next()) {
        BroadcastSummary s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.accountId = q->value(2).toLongLong();
        s.accountLabel = q->value(3).toString();
        s.status = broadcastStatusFromString(q->value(4).toString()).value_or(BroadcastStatus::Draft);
        s.scheduledAt = q->value(5).toLongLong();
        s.resumeAt = q->value(6).toLongLong();
        s.pauseReason = q->value(7).toString();
        s.createdAt = q->value(8).toLongLong();
        s.startedAt = q->value(9).toLongLong();
        s.finishedAt = q->value(10).toLongLong();
        result.append(s);
    }
    return result;
}

Result<QHash<qint64, QHash<RecipientStatus, qint64>>> BroadcastList::countsByBroadcast()
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT broadcast_id, status, COUNT(*) FROM recipients "
                       "GROUP BY broadcast_id, status"_s,
                       {}, tr("count recipients"));
    if (!q)
        return q.error();
    QHash<qint64, QHash<RecipientStatus, qint64>> counts;
    while (q->next()) {
        if (auto status = recipientStatusFromString(q->value(1).toString()))
            counts[q->value(0).toLongLong()].insert(*status, q->value(2).toLongLong());
    }
    return counts;
}

// Broadcasts first: a broadcast created between the two reads has no counts yet, which
// reads the same as one whose audience is not materialised.
Result<QList<BroadcastSummary>> BroadcastList::all()
{
    auto list = statuses();
    if (!list)
        return list.error();
    auto counts = countsByBroadcast();
    if (!counts)
        return counts.error();
    for (BroadcastSummary &s : list.value())
        s.counts = counts->value(s.id);
    return list;
}

} // namespace megaphone
