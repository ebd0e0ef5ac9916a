#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace megaphone {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;   // "user", "cli", "webhook", "import"...
    QString action;  // "consent.change", "broadcast.retry_unknown"...
    QString subject; // what it is about, e.g. "contacts" or "broadcast/12"
    QJsonObject details;
};

// Who changed what and when; never holds a secret.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(std::shared_ptr<const Database> db);

    Result<void> record(const QString &actor, const QString &action, const QString &subject,
                        const QJsonObject &details = {});
    // The newest entries first.
    Result<QList<AuditEntry>> recent(int limit);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
