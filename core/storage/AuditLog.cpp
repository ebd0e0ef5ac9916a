#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

AuditLog::AuditLog(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<void> AuditLog::record(const QString &actor, const QString &action, const QString &subject,
                              const QJsonObject &details)
{
    const QString json = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    auto q = Sql::exec(m_db->connection(),
                       u"INSERT INTO audit_log (at, actor, action, subject, details) "
                       "VALUES (?, ?, ?, ?, ?)"_s,
                       {Clock::nowMs(), actor, action, Sql::nullIfEmpty(subject), json},
                       tr("write the audit log"));
    if (!q)
        return q.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::recent(int limit)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT id, at, actor, action, subject, details FROM audit_log "
                       "ORDER BY id DESC LIMIT ?"_s,
                       {limit}, tr("read the audit log"));
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        entries.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(),
                        QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object()});
    }
    return entries;
}

} // namespace megaphone
