#pragma once

#include "Account.h"
#include "Broadcast.h"
#include "Result.h"
#include "SendOutcome.h"

#include <QObject>

#include <memory>

namespace megaphone {

class CredentialStore;
class Database;
struct ClaimedRecipient;
struct Contact;

// Sends the running broadcasts of one sender account (DESIGN.md section 3). A worker
// object: move it to its own QThread and talk to it through queued calls; it has its
// own database connection (per thread) and its own HttpClient. It holds the account
// exclusively (AccountLock) so that no two processes send from one number at once.
//
// At-most-once: recipients are claimed (status `sending`, committed) just before their
// request leaves; a request whose outcome cannot be known leaves the recipient
// `unknown`; rows found in `sending` at start are made `unknown`, never re-sent.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int maxInFlight = 1000;   // the window; the rate bounds it further
        int maxAttempts = 5;      // for answers that prove nothing was accepted
        int requestTimeoutMs = 30000;
        int flushIntervalMs = 200; // results are written (and progress told) this often
        int pollIntervalMs = 1000; // how often pause/cancel from elsewhere is noticed
        bool exitWhenIdle = false; // stop once no broadcast of the account is runnable
        // A Twilio account without a callback base URL asks for its statuses this often.
        int twilioStatusPollMs = 60000;
    };

    Dispatcher(std::shared_ptr<const Database> db, CredentialStore *credentials, qint64 accountId,
               QObject *parent = nullptr);
    Dispatcher(std::shared_ptr<const Database> db, CredentialStore *credentials, qint64 accountId,
               const Settings &settings, QObject *parent = nullptr);
    ~Dispatcher() override;

    // Call on the dispatcher's thread (queued).
    Q_INVOKABLE void start();
    // No new requests; those in flight finish and are recorded; then stopped().
    Q_INVOKABLE void stop();

Q_SIGNALS:
    // At most ~10 a second, after results were written.
    void progress(qint64 broadcastId);
    // Completed, cancelled, paused (with the reason), or awaiting confirmation (a missed
    // schedule, with the reason).
    void broadcastEnded(qint64 broadcastId, megaphone::BroadcastStatus status,
                        const QString &reason);
    // Another process sends from the account (its lock is held); stopped() follows.
    void accountBusy();
    // `error` is empty after a normal stop.
    void stopped(const QString &error);

private:
    struct Private;
    void loadProvider();
    void startStatusPolling();
    void pickBroadcast();
    void startDueBroadcasts(qint64 now);
    void pump();
    void sendBatch(const QList<ClaimedRecipient> &claimed);
    void send(const ClaimedRecipient &recipient, const Contact &contact, qint64 now);
    void onAnswer(qint64 recipientId, qint64 contactId, int attempts, const SendOutcome &outcome);
    void flush();
    void checkStatus();
    void finishBroadcast(BroadcastStatus status, const QString &reason);
    void pauseBroadcast(const QString &reason);
    void pauseBroadcastNow(qint64 broadcastId, const QString &reason);
    void schedulePump(int delayMs);
    void stopWith(const QString &error);
    void finishStop(const QString &error);
    std::unique_ptr<Private> d;
};

} // namespace megaphone
