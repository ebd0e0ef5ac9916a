#pragma once

#include "Result.h"
#include "WebhookEvents.h"

#include <QCoreApplication>

#include <memory>

namespace megaphone {

class Database;

struct ApplyReport
{
    int applied = 0;  // events applied (or found to change nothing)
    int waiting = 0;  // statuses whose message is not recorded yet: tried again later
    int optedOut = 0; // contacts opted out by these events
    QList<qint64> broadcasts; // whose recipients' statuses changed
};

// Webhook events are stored first (de-duplicated by their key), then applied in batches
// (DESIGN.md section 3): statuses never move a recipient down (pending, sending, unknown <
// sent < delivered < read; `failed` never replaces delivered or read), `unknown` rows are
// reconciled by the recipient id Megaphone put in biz_opaque_callback_data (Twilio: in
// the callback URL), a status for a message whose send result is not written yet waits
// for it; failures are classed (131050: the contact opted out of marketing); a reply sets
// replied_at on the recipient of the broadcast that reached the contact last; opt-out
// keywords, an opt-out quick reply and WhatsApp's stop/resume control change consent, with
// the audit log saying when and why. Applying twice changes nothing.
class WebhookStore
{
    Q_DECLARE_TR_FUNCTIONS(WebhookStore)

public:
    explicit WebhookStore(std::shared_ptr<const Database> db);

    // One transaction; returns how many events were new.
    Result<int> store(const QList<StoredEvent> &events, qint64 nowMs);
    // Up to `limit` unapplied events in arrival order, in one transaction. On PostgreSQL
    // two appliers take different events (SKIP LOCKED), or with Locked::Wait this one
    // waits for events another transaction is applying (and leaves those it applied).
    enum class Locked { Skip, Wait };
    Result<ApplyReport> applyPending(int limit, qint64 nowMs, Locked locked = Locked::Skip);
    // Events stored and not applied yet.
    Result<qint64> pendingCount();

    // Whether an inbound text or tapped reply is an opt-out keyword: each line is compared
    // with each keyword, ignoring case, spaces and punctuation around it.
    static bool isOptOut(const QString &text, const QStringList &keywords);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
