// BroadcastControl on both backends: which moves are allowed from which state, the
// scheduler's start and missed-schedule rule, the frequency cap at start, counted retries
// in the audit log; the per-recipient report; PostgreSQL NOTIFY reaching another
// connection.
#include "AuditLog.h"
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "BroadcastWatcher.h"
#include "RecipientReport.h"
#include "SendingFixture.h"
#include "TeamSettings.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;
using test::kDay;
using test::kHour;
using test::kT0;

class TestBroadcastControl : public QObject, public test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void sendStartsADraftWithItsAudience();
    void laterDraftIsScheduledAndStartsOnTime();
    void missedScheduleAwaitsConfirmation();
    void frequencyCapSkipsRecentRecipients();
    void movesOnlyFromTheirStates();
    void retriesAreCountedInTheAuditLog();
    void reportHasEveryRecipient();
    void watcherHearsOtherConnections();

private:
    BroadcastStatus status(qint64 id) { return BroadcastStore(db()).find(id).value()->status; }
    qint64 draft(qint64 account, qint64 scheduledAt = 0)
    {
        Broadcast b;
        b.name = u"Broadcast"_s;
        b.accountId = account;
        b.scheduledAt = scheduledAt;
        return BroadcastStore(db()).create(b).value();
    }
};

void TestBroadcastControl::sendStartsADraftWithItsAudience()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    for (int i = 0; i < 3; ++i)
        addContact(Consent::OptedIn);
    addContact(Consent::Unknown);
    addContact(Consent::OptedOut);
    const qint64 id = draft(account);
    auto started = BroadcastControl(db()).send(id, kT0);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QCOMPARE(started->status, BroadcastStatus::Running);
    QCOMPARE(started->counts.pending, 3LL);
    QCOMPARE(started->counts.notOptedIn, 1LL);
    QCOMPARE(started->counts.optedOut, 1LL);
    QCOMPARE(status(id), BroadcastStatus::Running);
    auto again = BroadcastControl(db()).send(id, kT0);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, u"wrong-state"_s);
    QVERIFY2(again.error().message.contains(u"only a draft"), qPrintable(again.error().message));
}

void TestBroadcastControl::laterDraftIsScheduledAndStartsOnTime()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    const qint64 other = addAccount(addPortfolio(u"Q"_s, 0));
    addContact(Consent::OptedIn);
    const qint64 id = draft(account, kT0 + kHour);
    BroadcastControl control(db());
    QCOMPARE(control.send(id, kT0)->status, BroadcastStatus::Scheduled);
    QCOMPARE(recipientOf(id, 1), 0LL); // no audience before it starts

    QVERIFY(control.startDue(account, kT0 + kHour - 1)->started.isEmpty());
    QVERIFY(control.startDue(other, kT0 + kHour)->started.isEmpty()); // another account's
    const auto due = control.startDue(account, kT0 + kHour + 1000);
    QCOMPARE(due->started, QList<qint64>{id});
    QCOMPARE(status(id), BroadcastStatus::Running);
    QVERIFY(recipientOf(id, 1) > 0);
    QVERIFY(control.startDue(0, kT0 + 2 * kHour)->started.isEmpty()); // once only
}

void TestBroadcastControl::missedScheduleAwaitsConfirmation()
{
    QVERIFY(TeamSettings(db()).setMissedScheduleGraceMinutes(15).ok());
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    addContact(Consent::OptedIn);
    const qint64 onTime = draft(account, kT0 + kHour);
    const qint64 late = draft(account, kT0 + 2 * kHour);
    BroadcastControl control(db());
    QVERIFY(control.send(onTime, kT0).ok());
    QVERIFY(control.send(late, kT0).ok());
    // Within the grace it starts; past it (the machine was off) it waits.
    auto due = control.startDue(account, kT0 + kHour + 14 * 60 * 1000);
    QCOMPARE(due->started, QList<qint64>{onTime});
    QVERIFY(due->awaitingConfirmation.isEmpty());
    due = control.startDue(account, kT0 + 2 * kHour + 16 * 60 * 1000);
    QVERIFY(due->started.isEmpty());
    QCOMPARE(due->awaitingConfirmation, QList<qint64>{late});
    QCOMPARE(status(late), BroadcastStatus::AwaitingConfirmation);
    const QString reason = BroadcastStore(db()).find(late).value()->pauseReason;
    QVERIFY2(reason.contains(u"15 minute"), qPrintable(reason));
    QCOMPARE(recipientOf(late, 1), 0LL);

    QVERIFY(!control.resume(late).ok()); // confirm is the way out, or cancel
    auto confirmed = control.confirm(late, kT0 + 2 * kHour);
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed->counts.pending, 1LL);
    QCOMPARE(status(late), BroadcastStatus::Running);
    QVERIFY(!control.confirm(late, kT0 + 2 * kHour).ok());
}

void TestBroadcastControl::frequencyCapSkipsRecentRecipients()
{
    QVERIFY(TeamSettings(db()).setFrequencyCapHours(24).ok());
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    for (int i = 0; i < 3; ++i)
        addContact(Consent::OptedIn);
    BroadcastControl control(db());
    const qint64 first = draft(account);
    QVERIFY(control.send(first, kT0).ok());
    const auto claimed = SendingStore(db()).claim(first, 0, 0, 10, kT0, u"k"_s);
    QCOMPARE(claimed->recipients.size(), 3);
    QList<SendResult> results;
    for (const ClaimedRecipient &r : claimed->recipients)
        results << test::outcome(r.id, AnswerClass::Accepted, {}, u"wamid.%1"_s.arg(r.id));
    QVERIFY(SendingStore(db()).record(results, kT0).ok());

    const qint64 second = draft(account);
    auto tooSoon = control.send(second, kT0 + 23 * kHour);
    QCOMPARE(tooSoon->counts.frequencyCap, 3LL);
    QCOMPARE(tooSoon->counts.pending, 0LL);
    const qint64 third = draft(account);
    auto later = control.send(third, kT0 + kDay + 1);
    QCOMPARE(later->counts.frequencyCap, 0LL);
    QCOMPARE(later->counts.pending, 3LL);
}

void TestBroadcastControl::movesOnlyFromTheirStates()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    addContact(Consent::OptedIn);
    BroadcastControl control(db());
    const qint64 id = draft(account);
    auto pause = control.pause(id, u"x"_s);
    QVERIFY(!pause.ok());
    QVERIFY2(pause.error().message.contains(u"only a running broadcast"),
             qPrintable(pause.error().message));
    QVERIFY(!control.resume(id).ok());
    QVERIFY(control.send(id, kT0).ok());
    QVERIFY(control.pause(id, u"Paused by the user."_s).ok());
    QCOMPARE(BroadcastStore(db()).find(id).value()->pauseReason, u"Paused by the user."_s);
    QVERIFY(!control.pause(id, u"x"_s).ok());
    QVERIFY(control.resume(id).ok());
    QCOMPARE(BroadcastStore(db()).find(id).value()->pauseReason, QString());
    QVERIFY(control.cancel(id).ok());
    QCOMPARE(status(id), BroadcastStatus::Cancelled);
    auto again = control.cancel(id);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"already cancelled"));
    QVERIFY(!control.retryFailed(id).ok());
    QVERIFY(!control.resume(id).ok());
    QCOMPARE(control.pause(12345, u"x"_s).error().code, u"not-found"_s);
}

void TestBroadcastControl::retriesAreCountedInTheAuditLog()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    for (int i = 0; i < 4; ++i)
        addContact(Consent::OptedIn);
    BroadcastControl control(db(), u"cli"_s);
    const qint64 id = draft(account);
    QVERIFY(control.send(id, kT0).ok());
    const auto claimed = SendingStore(db()).claim(id, 0, 0, 10, kT0, u"k"_s);
    const QList<ClaimedRecipient> &r = claimed->recipients;
    QVERIFY(SendingStore(db())
                .record({test::outcome(r[0].id, AnswerClass::Ambiguous),
                         test::outcome(r[1].id, AnswerClass::Ambiguous),
                         test::outcome(r[2].id, AnswerClass::RecipientPermanent, u"131026"_s),
                         test::outcome(r[3].id, AnswerClass::Accepted, {}, u"wamid.1"_s)},
                        kT0)
                .ok());
    QVERIFY(BroadcastStore(db()).transition(id, {BroadcastStatus::Running},
                                            BroadcastStatus::Completed).value());
    QCOMPARE(control.retryFailed(id).value(), 0); // permanent: not queued again
    QCOMPARE(status(id), BroadcastStatus::Completed);
    QCOMPARE(control.retryUnknown(id).value(), 2);
    QCOMPARE(status(id), BroadcastStatus::Running); // a completed broadcast runs again
    const auto log = AuditLog(db()).recent(10).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].action, u"broadcast.retry_unknown"_s);
    QCOMPARE(log[0].actor, u"cli"_s);
    QCOMPARE(log[0].subject, u"broadcast/%1"_s.arg(id));
    QCOMPARE(log[0].details.value(u"recipients").toInt(), 2);
    QCOMPARE(log[1].action, u"broadcast.retry_failed"_s);
    QCOMPARE(log[1].details.value(u"recipients").toInt(), 0);
}

void TestBroadcastControl::reportHasEveryRecipient()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    const qint64 sent = addContact(Consent::OptedIn);
    const qint64 failed = addContact(Consent::OptedIn);
    addContact(Consent::OptedOut);
    exec(u"UPDATE contacts SET first_name = ? WHERE id = ?"_s, {u"=HYPERLINK(1)"_s, sent});
    const qint64 id = draft(account);
    QVERIFY(BroadcastControl(db()).send(id, kT0).ok());
    const auto claimed = SendingStore(db()).claim(id, 0, 0, 10, kT0, u"k"_s);
    QCOMPARE(claimed->recipients.size(), 2);
    QVERIFY(SendingStore(db())
                .record({test::outcome(recipientOf(id, sent), AnswerClass::Accepted, {},
                                       u"wamid.7"_s),
                         test::outcome(recipientOf(id, failed), AnswerClass::RecipientPermanent,
                                       u"131026"_s)},
                        kT0)
                .ok());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(RecipientReport(db()).write(id, &buffer).value(), 3LL);
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF")); // so that Excel reads UTF-8
    const QString text = QString::fromUtf8(buffer.data().mid(3));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], RecipientReport::header().join(u','));
    QHash<QString, QStringList> byStatus; // recipients are in id order: skipped ones first
    for (const QString &line : lines.mid(1))
        byStatus.insert(line.split(u',').value(3), line.split(u','));
    const QStringList first = byStatus.value(u"sent"_s);
    QCOMPARE(first.value(0), ContactStore(db()).find(sent).value()->phoneE164);
    QCOMPARE(first.value(1), u"'=HYPERLINK(1)"_s); // never run as a formula
    QCOMPARE(first.value(5), u"2023-11-14T22:13:20Z"_s); // kT0
    QCOMPARE(first.value(12), u"wamid.7"_s);
    QCOMPARE(byStatus.value(u"failed"_s).value(10), u"131026"_s);
    QCOMPARE(byStatus.value(u"skipped"_s).value(10), u"opted-out"_s);
}

void TestBroadcastControl::watcherHearsOtherConnections()
{
    const qint64 account = addAccount(addPortfolio(u"P"_s, 0));
    addContact(Consent::OptedIn);
    const qint64 id = draft(account);
    BroadcastWatcher watcher(db());
    QCOMPARE(watcher.isLive(), db()->isPostgres());
    if (!watcher.isLive())
        QSKIP("SQLite has no notification channel: the dashboard polls");
    QSignalSpy changed(&watcher, &BroadcastWatcher::changed);
    QSignalSpy statusChanged(&watcher, &BroadcastWatcher::statusChanged);
    // Another connection (another thread here; another process in real use).
    QThread *other = QThread::create([this, id] {
        (void)BroadcastControl(db()).send(id, kT0);
        (void)BroadcastWatcher::notify(*db(), id, BroadcastWatcher::Change::Progress);
    });
    other->start();
    QVERIFY(other->wait(10000));
    delete other;
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(statusChanged.first().first().toLongLong(), id);
    QCOMPARE(changed.last().first().toLongLong(), id);
}

QTEST_GUILESS_MAIN(TestBroadcastControl)
#include "tst_broadcastcontrol.moc"
