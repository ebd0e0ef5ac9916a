#include "TemplateStore.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace megaphone {

TemplateStore::TemplateStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<qint64> TemplateStore::upsert(const TemplateRecord &t)
{
    const QString components =
        QString::fromUtf8(QJsonDocument(t.components).toJson(QJsonDocument::Compact));
    auto q = Sql::exec(
        m_db->connection(),
        u"INSERT INTO templates (account_id, remote_id, name, language, category, status, "
        "parameter_format, components, synced_at, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) "
        "ON CONFLICT (account_id, name, language) DO UPDATE SET remote_id = excluded.remote_id, "
        "category = excluded.category, status = excluded.status, "
        "parameter_format = excluded.parameter_format, components = excluded.components, "
        "synced_at = excluded.synced_at, deleted_at = NULL RETURNING id"_s,
        {t.accountId, Sql::nullIfEmpty(t.remoteId), t.name, t.language,
         Sql::nullIfEmpty(t.category), Sql::nullIfEmpty(t.status),
         Sql::nullIfEmpty(t.parameterFormat), components,
         t.syncedAt != 0 ? t.syncedAt : Clock::nowMs()},
        tr("save the template %1 (%2)").arg(t.name, t.language));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<int> TemplateStore::markDeletedExcept(qint64 accountId, const QList<qint64> &keepIds)
{
    auto current = list(accountId, false);
    if (!current)
        return current.error();
    const QSet<qint64> keep(keepIds.begin(), keepIds.end());
    int marked = 0;
    auto done = m_db->transaction([&]() -> Result<void> {
        for (const TemplateRecord &t : std::as_const(current.value())) {
            if (keep.contains(t.id))
                continue;
            auto q = Sql::exec(m_db->connection(),
                               u"UPDATE templates SET deleted_at = ? WHERE id = ?"_s,
                               {Clock::nowMs(), t.id}, tr("mark a template deleted"));
            if (!q)
                return q.error();
            ++marked;
        }
        return {};
    });
    if (!done)
        return done.error();
    return marked;
}

Result<std::optional<TemplateRecord>> TemplateStore::find(qint64 id)
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<TemplateRecord>> TemplateStore::findByName(qint64 accountId,
                                                                const QString &name,
                                                                const QString &language)
{
    auto found = select(u"account_id = ? AND name = ? AND language = ?"_s,
                        {accountId, name, language});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<TemplateRecord>> TemplateStore::list(qint64 accountId, bool includeDeleted)
{
    QStringList where;
    QVariantList values;
    if (accountId != 0) {
        where << u"account_id = ?"_s;
        values << accountId;
    }
    if (!includeDeleted)
        where << u"deleted_at IS NULL"_s;
    return select(where.isEmpty() ? u"1 = 1"_s : where.join(u" AND "_s), values);
}

Result<QList<TemplateRecord>> TemplateStore::select(const QString &where,
                                                    const QVariantList &values)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT id, account_id, remote_id, name, language, category, status, "
                       "parameter_format, components, synced_at, deleted_at FROM templates WHERE "_s +
                           where + u" ORDER BY name, language"_s,
                       values, tr("read templates"));
    if (!q)
        return q.error();
    QList<TemplateRecord> result;
    while (q->next()) {
        TemplateRecord t;
        t.id = q->value(0).toLongLong();
        t.accountId = q->value(1).toLongLong();
        t.remoteId = q->value(2).toString();
        t.name = q->value(3).toString();
        t.language = q->value(4).toString();
        t.category = q->value(5).toString();
        t.status = q->value(6).toString();
        t.parameterFormat = q->value(7).toString();
        t.components = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array();
        t.syncedAt = q->value(9).toLongLong();
        t.deletedAt = q->value(10).toLongLong();
        result.append(t);
    }
    return result;
}

} // namespace megaphone
