#pragma once

#include "Broadcast.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace megaphone {

class Database;

struct Recipient
{
    qint64 id = 0;
    qint64 broadcastId = 0;
    qint64 contactId = 0;
    QString phoneE164;
    RecipientStatus status = RecipientStatus::Pending;
    int attempts = 0;
    QString providerMessageId;
    QString errorCode;
    QString errorTitle;
    qint64 sentAt = 0;
    qint64 deliveredAt = 0;
    qint64 readAt = 0;
    qint64 failedAt = 0;
    qint64 repliedAt = 0;
};

// The recipients of broadcasts. The dispatcher's claim and result writes live
// with the dispatcher; this store reads and adds.
class RecipientStore
{
    Q_DECLARE_TR_FUNCTIONS(RecipientStore)

public:
    explicit RecipientStore(std::shared_ptr<const Database> db);

    // Adds the given contacts as pending recipients; contacts already in the
    // broadcast are left alone. Returns how many were added.
    Result<int> add(qint64 broadcastId, const QList<qint64> &contactIds);
    // How many recipients are in each state (states with none are absent).
    Result<QHash<RecipientStatus, qint64>> countByStatus(qint64 broadcastId);
    // Keyset paging in id order.
    Result<QList<Recipient>> page(qint64 broadcastId, qint64 afterId, int limit);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
