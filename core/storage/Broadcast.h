#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace megaphone {

enum class BroadcastStatus { Draft, Scheduled, AwaitingConfirmation, Running, Paused, Completed,
                             Cancelled };

QString broadcastStatusToString(BroadcastStatus status);
std::optional<BroadcastStatus> broadcastStatusFromString(const QString &text);

struct Broadcast
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    qint64 templateId = 0;
    QJsonObject mapping;    // template parameter -> contact field / attribute / fixed text
    QJsonObject audience;   // include/exclude tags and conditions
    BroadcastStatus status = BroadcastStatus::Draft;
    qint64 scheduledAt = 0;
    QJsonObject sendWindow; // optional local sending window
    int maxMps = 0;
    qint64 resumeAt = 0;
    QString pauseReason;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
};

// Recipient states (DESIGN.md section 3), spelled as the database spells them.
enum class RecipientStatus { Pending, Sending, Sent, Delivered, Read, Failed, Skipped, Unknown };

QString recipientStatusToString(RecipientStatus status);
std::optional<RecipientStatus> recipientStatusFromString(const QString &text);
const QList<RecipientStatus> &allRecipientStatuses();

} // namespace megaphone
