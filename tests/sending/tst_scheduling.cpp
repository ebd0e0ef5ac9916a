// The dispatcher over time, against real HTTP on both backends: the scheduler (on time,
// missed and confirmed), each recipient's local sending window, the tier quota's wait and
// automatic resume, Retry-After, cancel, and "retry failed". Time is moved with
// Clock::setFixedForTesting, so nothing waits for hours or asserts on timing.
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "DispatcherFixture.h"
#include "SandboxServer.h"
#include "ScriptedServer.h"
#include "Sql.h"
#include "TeamSettings.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

qint64 utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

Dispatcher::Settings waiting()
{
    Dispatcher::Settings settings;
    settings.pollIntervalMs = 100;
    settings.exitWhenIdle = false;
    return settings;
}

} // namespace

class TestScheduling : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup()
    {
        Clock::setFixedForTesting(0);
        m_test.reset();
    }

    void scheduledBroadcastStartsAtItsTime();
    void missedScheduleWaitsForConfirmation();
    void scheduledStartsWhileAnotherSends();
    void sendingWindowFollowsEachRecipientsZone();
    void tierQuotaWaitEndsByItself();
    void retryAfterIsHonoured();
    void cancelStopsNewSendsAtOnce();
    void retryFailedRequeuesOnlyWhatWasNotAccepted();

private:
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        auto q = Sql::exec(db()->connection(), sql, values, u"test"_s);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

void TestScheduling::scheduledBroadcastStartsAtItsTime()
{
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(5);
    const qint64 at = Clock::nowMs() + 1500;
    const qint64 id = addDraft(account, u"spring"_s, at);
    const auto sent = BroadcastControl(db()).send(id, Clock::nowMs());
    QVERIFY(sent.ok());
    QCOMPARE(sent->status, BroadcastStatus::Scheduled);
    QVERIFY(counts(id).isEmpty()); // the audience is taken when it starts, not before

    QCOMPARE(runUntilEnded(account, id, 30000, waiting()), BroadcastStatus::Completed);
    QCOMPARE(counts(id).value(RecipientStatus::Sent), 5LL);
    QVERIFY(broadcast(id).startedAt >= at);
}

void TestScheduling::missedScheduleWaitsForConfirmation()
{
    QVERIFY(TeamSettings(db()).setMissedScheduleGraceMinutes(30).ok());
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(5);
    const qint64 t0 = Clock::nowMs();
    Clock::setFixedForTesting(t0);
    const qint64 id = addDraft(account, u"spring"_s, t0 + kHour);
    QCOMPARE(BroadcastControl(db()).send(id, t0)->status, BroadcastStatus::Scheduled);
    // The machine was off: it comes back two hours after the schedule.
    Clock::setFixedForTesting(t0 + 3 * kHour);
    int requestsBeforeConfirmation = -1;
    QString reason;
    const auto status = runUntilEnded(account, id, 30000, waiting(), [&] {
        if (requestsBeforeConfirmation >= 0)
            return;
        const Broadcast b = broadcast(id);
        if (b.status != BroadcastStatus::AwaitingConfirmation)
            return;
        requestsBeforeConfirmation = sandbox.requestCount();
        reason = b.pauseReason;
        QVERIFY(BroadcastControl(db()).confirm(id, Clock::nowMs()).ok());
    });
    QCOMPARE(requestsBeforeConfirmation, 0);
    QVERIFY2(reason.contains(u"missed"), qPrintable(reason));
    QCOMPARE(status, BroadcastStatus::Completed);
    QCOMPARE(counts(id).value(RecipientStatus::Sent), 5LL);
}

// The account is busy with a long broadcast when another one's time comes: it starts on
// time (and queues behind), instead of waiting and then being taken for missed.
void TestScheduling::scheduledStartsWhileAnotherSends()
{
    QVERIFY(TeamSettings(db()).setMaxMessagesPerSecond(10).ok());
    QVERIFY(TeamSettings(db()).setMissedScheduleGraceMinutes(1).ok());
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(100);
    const qint64 t0 = Clock::nowMs();
    Clock::setFixedForTesting(t0); // the long one sends a burst, then waits for tokens
    const qint64 busy = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(busy, t0).ok());
    const qint64 later = addDraft(account, u"spring"_s, t0 + kHour);
    QCOMPARE(BroadcastControl(db()).send(later, t0)->status, BroadcastStatus::Scheduled);
    bool moved = false;
    runUntilEnded(account, later, 4000, waiting(), [&] {
        if (!moved && counts(busy).value(RecipientStatus::Sent) > 0) {
            moved = true;
            Clock::setFixedForTesting(t0 + kHour + kSecond);
        }
    });
    QVERIFY(moved);
    QCOMPARE(broadcast(busy).status, BroadcastStatus::Running);
    QCOMPARE(broadcast(later).status, BroadcastStatus::Running);
    QCOMPARE(broadcast(later).startedAt, t0 + kHour + kSecond);
    // Queued behind, none sent yet; the ten the first one reached are left out by the
    // team's 24-hour frequency cap.
    QCOMPARE(counts(later).value(RecipientStatus::Sent), 0LL);
    QCOMPARE(counts(later).value(RecipientStatus::Pending), 90LL);
    QCOMPARE(counts(later).value(RecipientStatus::Skipped), 10LL);
}

// 12:00 UTC on a June day: 14:00 in Berlin (open), 08:00 in New York (opens 13:00 UTC),
// 17:30 in India (closed until 09:00 IST, 03:30 UTC the next day).
void TestScheduling::sendingWindowFollowsEachRecipientsZone()
{
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(3, u"spring"_s, u"+4915100"_s, 6);                            // zone of +49
    addContacts(3, u"spring"_s, u"+4915200"_s, 6, u"America/New_York"_s);     // the contact's
    addContacts(3, u"spring"_s, u"+9198765"_s, 5);                            // zone of +91
    const qint64 noon = utc(u"2026-06-01T12:00:00Z"_s);
    const qint64 newYorkOpens = utc(u"2026-06-01T13:00:00Z"_s);
    const qint64 indiaOpens = utc(u"2026-06-02T03:30:00Z"_s);
    Clock::setFixedForTesting(noon);
    const qint64 id = addDraft(account, u"spring"_s, 0, u"09:00-17:00"_s);
    QVERIFY(BroadcastControl(db()).send(id, noon).ok());

    QList<qint64> waits;
    QList<qint64> sentAtEachWait;
    const auto status = runUntilEnded(account, id, 30000, waiting(), [&] {
        const Broadcast b = broadcast(id);
        if (b.resumeAt <= Clock::nowMs() || waits.contains(b.resumeAt))
            return;
        waits << b.resumeAt;
        sentAtEachWait << counts(id).value(RecipientStatus::Sent);
        Clock::setFixedForTesting(b.resumeAt + kSecond);
    });
    QCOMPARE(status, BroadcastStatus::Completed);
    QCOMPARE(waits, (QList<qint64>{newYorkOpens, indiaOpens}));
    QCOMPARE(sentAtEachWait, (QList<qint64>{3, 6}));
    QCOMPARE(counts(id).value(RecipientStatus::Sent), 9LL);
    QCOMPARE(sandbox.requestCount(), 9);
    // Waiting for a window is not an attempt.
    QCOMPARE(scalar(u"SELECT MAX(attempts) FROM recipients WHERE broadcast_id = ?"_s, {id}), 1LL);
}

void TestScheduling::tierQuotaWaitEndsByItself()
{
    SandboxServer sandbox(SandboxOptions{});
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox, 5);
    addContacts(8);
    const qint64 t0 = Clock::nowMs();
    Clock::setFixedForTesting(t0);
    const qint64 id = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(id, t0).ok());
    qint64 resumeAt = 0;
    qint64 sentBeforeResume = 0;
    const auto status = runUntilEnded(account, id, 30000, waiting(), [&] {
        if (resumeAt > 0)
            return;
        const auto c = counts(id); // once the five in flight are answered
        if (broadcast(id).resumeAt == 0 || c.value(RecipientStatus::Sending) > 0)
            return;
        resumeAt = broadcast(id).resumeAt;
        sentBeforeResume = c.value(RecipientStatus::Sent);
        Clock::setFixedForTesting(resumeAt + kSecond); // a day later
    });
    QCOMPARE(sentBeforeResume, 5LL);
    QCOMPARE(resumeAt, t0 + 24 * kHour); // when the first of the five leaves the window
    QCOMPARE(status, BroadcastStatus::Completed);
    QCOMPARE(counts(id).value(RecipientStatus::Sent), 8LL);
    QCOMPARE(broadcast(id).resumeAt, 0LL);
}

// A provider that answers the first send with 429 and Retry-After: 90.
void TestScheduling::retryAfterIsHonoured()
{
    test::ScriptedServer server;
    server.setScript([&server](const HttpServerRequest &) {
        HttpServerResponse response;
        response.headers = {{"Content-Type", "application/json"}};
        if (server.requests().size() == 1) {
            response.status = 429;
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("90")));
            response.body = R"({"error":{"message":"Too many messages","type":"OAuthException",)"
                            R"("code":130429,"fbtrace_id":"x"}})";
        } else {
            response.status = 200;
            response.body = R"({"messaging_product":"whatsapp","contacts":[{"input":"x",)"
                            R"("wa_id":"x"}],"messages":[{"id":"wamid.retry"}]})";
        }
        return response;
    });
    const qint64 account = addAccount(server.baseUrl(), false);
    addContacts(1);
    const qint64 t0 = Clock::nowMs();
    Clock::setFixedForTesting(t0);
    const qint64 id = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(id, t0).ok());
    qint64 nextAttempt = 0;
    const auto status = runUntilEnded(account, id, 30000, waiting(), [&] {
        if (nextAttempt > 0)
            return;
        nextAttempt = scalar(u"SELECT COALESCE(next_attempt_at, 0) FROM recipients WHERE "
                             "broadcast_id = ? AND status = 'pending'"_s,
                             {id});
        if (nextAttempt <= 0) {
            nextAttempt = 0;
            return;
        }
        QTest::qWait(300); // nothing leaves before its time
        QCOMPARE(server.requests().size(), 1);
        Clock::setFixedForTesting(nextAttempt + kSecond);
    });
    QCOMPARE(nextAttempt, t0 + 90 * kSecond);
    QCOMPARE(status, BroadcastStatus::Completed);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(counts(id).value(RecipientStatus::Sent), 1LL);
}

void TestScheduling::cancelStopsNewSendsAtOnce()
{
    QVERIFY(TeamSettings(db()).setMaxMessagesPerSecond(20).ok());
    SandboxOptions options;
    options.latencyMs = 20;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(100);
    const qint64 id = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(id, Clock::nowMs()).ok());
    QElapsedTimer running;
    running.start();
    bool cancelled = false;
    const auto status = runUntilEnded(account, id, 30000, waiting(), [&] {
        if (!cancelled && running.elapsed() > 1000)
            cancelled = BroadcastControl(db()).cancel(id).ok();
    });
    QVERIFY(cancelled);
    QCOMPARE(status, BroadcastStatus::Cancelled);
    const int requests = sandbox.requestCount();
    QVERIFY(requests > 0 && requests < 100);
    const auto c = counts(id);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Pending), 100LL);
    // A cancelled broadcast is never picked up again, and cannot be resumed.
    Dispatcher::Settings idle;
    idle.exitWhenIdle = true;
    runUntilEnded(account, id, 5000, idle);
    QCOMPARE(sandbox.requestCount(), requests);
    QVERIFY(!BroadcastControl(db()).resume(id).ok());
    QCOMPARE(BroadcastControl(db()).resume(id).error().code, u"wrong-state"_s);
}

void TestScheduling::retryFailedRequeuesOnlyWhatWasNotAccepted()
{
    QVERIFY(TeamSettings(db()).setCircuitBreakerThreshold(1000).ok());
    SandboxOptions options;
    options.mps = 0;
    options.seed = 11;
    options.failures = SandboxOptions::parseFailures(u"131016:0.4,131026:0.2"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    const qint64 account = addAccount(sandbox);
    addContacts(100);
    const qint64 id = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(id, Clock::nowMs()).ok());
    Dispatcher::Settings once;
    once.exitWhenIdle = true;
    once.maxAttempts = 1; // a not-accepted answer fails at once
    QCOMPARE(runUntilEnded(account, id, 30000, once), BroadcastStatus::Completed);
    const QString byClass = u"SELECT COUNT(*) FROM recipients WHERE broadcast_id = ? AND "
                            "status = 'failed' AND failure_class = ?"_s;
    const qint64 notAccepted = scalar(byClass, {id, u"not-accepted"_s});
    const qint64 permanent = scalar(byClass, {id, u"recipient-permanent"_s});
    QVERIFY(notAccepted > 0);
    QVERIFY(permanent > 0);
    const qint64 sentBefore = counts(id).value(RecipientStatus::Sent);

    auto requeued = BroadcastControl(db()).retryFailed(id);
    QVERIFY(requeued.ok());
    QCOMPARE(qint64(requeued.value()), notAccepted);
    QCOMPARE(broadcast(id).status, BroadcastStatus::Running); // it was completed
    QCOMPARE(runUntilEnded(account, id, 30000, once), BroadcastStatus::Completed);
    const auto c = counts(id);
    QVERIFY(c.value(RecipientStatus::Sent) > sentBefore);
    QCOMPARE(c.value(RecipientStatus::Sent) + c.value(RecipientStatus::Failed), 100LL);
    QCOMPARE(scalar(byClass, {id, u"recipient-permanent"_s}) >= permanent, true);
    QCOMPARE(sandbox.duplicateCount(), 0);
    QCOMPARE(c.value(RecipientStatus::Sent), qint64(sandbox.acceptedCount()));
}

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
