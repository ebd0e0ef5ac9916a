#pragma once

#include "Audience.h"
#include "Result.h"
#include "SendOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

namespace megaphone {

class Database;

struct AudienceCounts
{
    qint64 pending = 0;       // will be sent
    qint64 notOptedIn = 0;    // skipped: consent unknown
    qint64 optedOut = 0;      // skipped: opted out
    qint64 frequencyCap = 0;  // skipped: got a marketing broadcast in the last N hours
};

// One recipient claimed for sending: status `sending` with the claim id, committed.
struct ClaimedRecipient
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString phoneE164;
    int attempts = 0; // including this one
};

// The portfolio's rolling 24 h quota as counted now: unique phones reached and when the
// first of them leaves the window (0: none counted).
struct QuotaUsage
{
    qint64 used = 0;
    qint64 nextFreeAtMs = 0;
};

struct ClaimBatch
{
    QList<ClaimedRecipient> recipients;
    bool quotaSpent = false;   // the portfolio's rolling-24 h tier stopped the claim
    qint64 quotaFreesAtMs = 0; // when the oldest counted recipient leaves the window
    qint64 nextDueAtMs = 0;    // earliest next_attempt_at of pending rows not yet due; 0: none
    bool nothingLeft = false;  // no pending or sending row remains in the broadcast
};

// What became of one claimed recipient, written by record() in one transaction.
struct SendResult
{
    qint64 recipientId = 0;
    QString claimId;
    AnswerClass answerClass = AnswerClass::Ambiguous;
    QString messageId;
    QString code;
    QString explanation;
    qint64 retryAtMs = 0;      // NotAccepted, RateLimited, PairLimited: back to pending then
    qint64 contactId = 0;      // RecipientOptedOut: this contact is opted out
};

// The dispatcher's storage (DESIGN.md section 3): set-based audience materialisation,
// at-most-once claims, batched result writes that never move a status down, and the
// portfolio's rolling 24-hour quota. Works on SQLite and PostgreSQL.
class SendingStore
{
    Q_DECLARE_TR_FUNCTIONS(SendingStore)

public:
    explicit SendingStore(std::shared_ptr<const Database> db);

    // A contact `c` another broadcast than the one given claimed (a message may have gone
    // out) in the last N hours, and its two values.
    static QString frequencyCapSql();
    // The same contacts as a set (a SELECT of contact_id), with the same values.
    static QString frequencyCapSetSql();
    static QVariantList frequencyCapValues(qint64 broadcastId, int frequencyCapHours, qint64 nowMs);

    // One INSERT ... SELECT per outcome: opted-in contacts of the audience become
    // `pending`; the others `skipped` with error_code consent-unknown, opted-out or
    // frequency-cap (frequencyCapHours 0: no cap). Contacts already recipients of the
    // broadcast are left alone, so it can run again.
    Result<AudienceCounts> materialise(qint64 broadcastId, const Audience &audience,
                                       int frequencyCapHours, qint64 nowMs);

    // Rows left in `sending` by a dispatcher that died: `unknown`, never re-sent silently.
    // broadcastId 0: every broadcast.
    Result<int> markStaleSendingUnknown(qint64 broadcastId);

    // Claims up to `limit` due `pending` recipients in id order (FOR UPDATE SKIP LOCKED on
    // PostgreSQL): status `sending`, `claimId`, claimed_at = now, attempts + 1, committed
    // before returning. `tier` > 0 caps new unique phone numbers reached in the rolling
    // 24 h over every account of `portfolioId` (counted from claimed_at of all broadcasts);
    // the count and the claim run under one portfolio-wide lock (pg_advisory_xact_lock on
    // PostgreSQL; SQLite's write lock).
    Result<ClaimBatch> claim(qint64 broadcastId, qint64 portfolioId, int tier, int limit,
                             qint64 nowMs, const QString &claimId);

    // Writes outcomes in one transaction. Accepted -> sent (sent_at, provider_message_id)
    // unless a webhook already moved it higher; NotAccepted/RateLimited/PairLimited with
    // retryAtMs -> pending with next_attempt_at, without it (attempts exhausted) ->
    // failed; CampaignFatal -> pending (nothing was accepted; it goes when the broadcast
    // is resumed); Ambiguous -> unknown; RecipientPermanent/RecipientOptedOut -> failed
    // (opted-out also marks the contact opted out, source "provider"). Failed rows keep
    // the code, the explanation and the answer class (a new column, migration 2). Only
    // rows still holding `claimId` are touched.
    Result<void> record(const QList<SendResult> &results, qint64 nowMs);

    // Claimed rows whose request never started go back to `pending` (pause, quit, or
    // outside their sending window: then not due before `notBeforeMs`). The attempt and
    // the claim time, which counts toward the quota, are undone.
    Result<int> release(const QList<qint64> &recipientIds, const QString &claimId,
                        qint64 notBeforeMs = 0);

    // The explicit user actions: failed recipients whose failure was not permanent for
    // the recipient (class not-accepted, rate-limited or pair-limited: attempts ran out)
    // -> pending with attempts reset; unknown -> pending. Each returns how many.
    Result<int> retryFailed(qint64 broadcastId);
    Result<int> retryUnknown(qint64 broadcastId);

    // Unique phone numbers the portfolio reached in (now - 24 h, now].
    Result<qint64> quotaUsed(qint64 portfolioId, qint64 nowMs);
    // The same with when the next capacity frees (for the dashboard's gauge).
    Result<QuotaUsage> quotaUsage(qint64 portfolioId, qint64 nowMs);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
