#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

#include <memory>
#include <optional>

namespace megaphone {

class Database;

// A message template as stored for one account; components stay the provider's JSON.
struct TemplateRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString remoteId;
    QString name;
    QString language;
    QString category;        // MARKETING, UTILITY, AUTHENTICATION
    QString status;          // APPROVED, PENDING, REJECTED, PAUSED, DISABLED...
    QString parameterFormat; // POSITIONAL or NAMED
    QJsonArray components;
    qint64 syncedAt = 0;
    qint64 deletedAt = 0; // set when the provider no longer lists it
};

class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(std::shared_ptr<const Database> db);

    // Inserts or updates by (account, name, language); an upserted template is not deleted.
    Result<qint64> upsert(const TemplateRecord &record);
    // Marks the account's templates not in `keepIds` as deleted; returns how many.
    Result<int> markDeletedExcept(qint64 accountId, const QList<qint64> &keepIds);
    Result<std::optional<TemplateRecord>> find(qint64 id);
    Result<std::optional<TemplateRecord>> findByName(qint64 accountId, const QString &name,
                                                     const QString &language);
    // accountId 0: every account's.
    Result<QList<TemplateRecord>> list(qint64 accountId, bool includeDeleted);

    // For callers that group several store calls in one Database::transaction.
    const std::shared_ptr<const Database> &database() const { return m_db; }

private:
    Result<QList<TemplateRecord>> select(const QString &where, const QVariantList &values);

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
