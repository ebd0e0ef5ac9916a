#include "BroadcastStore.h"

#include "BroadcastWatcher.h"
#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QVariant jsonValue(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

BroadcastStore::BroadcastStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

QVariantList BroadcastStore::editableValues(const Broadcast &b)
{
    return {b.name.trimmed(),
            Sql::nullIfZero(b.accountId),
            Sql::nullIfZero(b.templateId),
            jsonValue(b.mapping),
            jsonValue(b.audience),
            Sql::nullIfZero(b.scheduledAt),
            jsonValue(b.sendWindow),
            Sql::nullIfZero(b.maxMps)};
}

Result<qint64> BroadcastStore::create(const Broadcast &b)
{
    if (b.name.trimmed().isEmpty())
        return makeError(u"bad-value"_s, tr("A broadcast needs a name."));
    auto q = Sql::exec(m_db->connection(),
                       u"INSERT INTO broadcasts (name, account_id, template_id, mapping, audience, "
                       "scheduled_at, send_window, max_mps, status, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       editableValues(b) << broadcastStatusToString(b.status) << Clock::nowMs(),
                       tr("save the broadcast %1").arg(b.name));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> BroadcastStore::updateDraft(const Broadcast &b)
{
    auto q = Sql::exec(m_db->connection(),
                       u"UPDATE broadcasts SET name = ?, account_id = ?, template_id = ?, "
                       "mapping = ?, audience = ?, scheduled_at = ?, send_window = ?, max_mps = ? "
                       "WHERE id = ? AND status IN ('draft', 'scheduled')"_s,
                       editableValues(b) << b.id, tr("save the broadcast %1").arg(b.name));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(u"not-editable"_s,
                         tr("The broadcast \"%1\" has started and can no longer be edited; "
                            "duplicate it instead.")
                             .arg(b.name));
    return {};
}

Result<void> BroadcastStore::setStatus(qint64 id, BroadcastStatus status, const QString &reason)
{
    const qint64 now = Clock::nowMs();
    const bool ends = status == BroadcastStatus::Completed || status == BroadcastStatus::Cancelled;
    const bool starts = status == BroadcastStatus::Running;
    auto q = Sql::exec(m_db->connection(),
                       u"UPDATE broadcasts SET status = ?, pause_reason = ?, "
                       "started_at = COALESCE(started_at, ?), finished_at = ? WHERE id = ?"_s,
                       {broadcastStatusToString(status), Sql::nullIfEmpty(reason),
                        Sql::nullIfZero(starts ? now : 0), Sql::nullIfZero(ends ? now : 0), id},
                       tr("change the broadcast's status"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(u"not-found"_s, tr("The broadcast %1 no longer exists.").arg(id));
    return BroadcastWatcher::notify(*m_db, id, BroadcastWatcher::Change::Status);
}

Result<bool> BroadcastStore::transition(qint64 id, const QList<BroadcastStatus> &from,
                                        BroadcastStatus to, const QString &reason)
{
    const qint64 now = Clock::nowMs();
    const bool ends = to == BroadcastStatus::Completed || to == BroadcastStatus::Cancelled;
    const bool starts = to == BroadcastStatus::Running;
    QVariantList values{broadcastStatusToString(to), Sql::nullIfEmpty(reason),
                        Sql::nullIfZero(starts ? now : 0), Sql::nullIfZero(ends ? now : 0), id};
    QStringList marks;
    for (BroadcastStatus status : from) {
        marks << u"?"_s;
        values << broadcastStatusToString(status);
    }
    auto q = Sql::exec(m_db->connection(),
                       u"UPDATE broadcasts SET status = ?, pause_reason = ?, resume_at = NULL, "
                       "started_at = COALESCE(started_at, ?), finished_at = ? WHERE id = ? AND "
                       "status IN ("_s + marks.join(u", "_s) + u")"_s,
                       values, tr("change the broadcast's status"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return false;
    if (auto notified = BroadcastWatcher::notify(*m_db, id, BroadcastWatcher::Change::Status); !notified)
        return notified.error();
    return true;
}

Result<void> BroadcastStore::setResumeAt(qint64 id, qint64 resumeAtMs)
{
    auto q = Sql::exec(m_db->connection(), u"UPDATE broadcasts SET resume_at = ? WHERE id = ?"_s,
                       {Sql::nullIfZero(resumeAtMs), id}, tr("set when the broadcast resumes"));
    if (!q)
        return q.error();
    return {};
}

Result<QList<Broadcast>> BroadcastStore::runnable(qint64 accountId, qint64 nowMs)
{
    auto all = select(u"account_id = ? AND status = 'running' AND (resume_at IS NULL OR "
                      "resume_at <= ?)"_s,
                      {accountId, nowMs});
    if (!all)
        return all.error();
    QList<Broadcast> list = all.value();
    std::sort(list.begin(), list.end(),
              [](const Broadcast &a, const Broadcast &b) { return a.id < b.id; });
    return list;
}

Result<QList<Broadcast>> BroadcastStore::dueScheduled(qint64 accountId, qint64 nowMs)
{
    auto all = select(u"status = 'scheduled' AND scheduled_at <= ? AND (? = 0 OR account_id = ?)"_s,
                      {nowMs, accountId, accountId});
    if (!all)
        return all.error();
    QList<Broadcast> list = all.value();
    std::sort(list.begin(), list.end(), [](const Broadcast &a, const Broadcast &b) {
        return a.scheduledAt != b.scheduledAt ? a.scheduledAt < b.scheduledAt : a.id < b.id;
    });
    return list;
}

Result<void> BroadcastStore::remove(qint64 id)
{
    auto q = Sql::exec(m_db->connection(), u"DELETE FROM broadcasts WHERE id = ?"_s, {id},
                       tr("delete the broadcast"));
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Broadcast>> BroadcastStore::find(qint64 id)
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<Broadcast>> BroadcastStore::list()
{
    return select(u"1 = 1"_s, {});
}

Result<QList<Broadcast>> BroadcastStore::select(const QString &where, const QVariantList &values)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT id, name, account_id, template_id, mapping, audience, status, "
                       "scheduled_at, send_window, max_mps, resume_at, pause_reason, created_at, "
                       "started_at, finished_at FROM broadcasts WHERE "_s +
                           where + u" ORDER BY id DESC"_s,
                       values, tr("read broadcasts"));
    if (!q)
        return q.error();
    QList<Broadcast> result;
    while (q->next()) {
        Broadcast b;
        b.id = q->value(0).toLongLong();
        b.name = q->value(1).toString();
        b.accountId = q->value(2).toLongLong();
        b.templateId = q->value(3).toLongLong();
        b.mapping = jsonObject(q->value(4));
        b.audience = jsonObject(q->value(5));
        b.status = broadcastStatusFromString(q->value(6).toString()).value_or(BroadcastStatus::Draft);
        b.scheduledAt = q->value(7).toLongLong();
        b.sendWindow = jsonObject(q->value(8));
        b.maxMps = q->value(9).toInt();
        b.resumeAt = q->value(10).toLongLong();
        b.pauseReason = q->value(11).toString();
        b.createdAt = q->value(12).toLongLong();
        b.startedAt = q->value(13).toLongLong();
        b.finishedAt = q->value(14).toLongLong();
        result.append(b);
    }
    return result;
}

} // namespace megaphone
