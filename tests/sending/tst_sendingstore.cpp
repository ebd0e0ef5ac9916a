#include "AuditLog.h"
#include "ContactStore.h"
#include "SendingFixture.h"
#include "SendingStore.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <mutex>

using namespace Qt::StringLiterals;
using namespace megaphone;
using namespace megaphone::test;

class TestSendingStore : public QObject, private test::SendingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void audienceJsonRoundTrip();
    void materialiseSortsTheAudience();
    void materialiseWithoutCapOrTags();
    void claimTakesDueRowsInOrder();
    void claimsNeverOverlap();
    void concurrentClaimsNeverOverlap_data();
    void concurrentClaimsNeverOverlap();
    void quotaSpansThePortfolio();
    void concurrentClaimsShareTheQuota();
    void recordEveryAnswerClass_data();
    void recordEveryAnswerClass();
    void recordNeverMovesAStatusDown();
    void optOutMarksTheContact();
    void releaseReturnsRowsToPending();
    void staleSendingBecomesUnknown();
    void retryFailedAndUnknown();
};

void TestSendingStore::audienceJsonRoundTrip()
{
    const QJsonObject json { { u"include_tags"_s, QJsonArray { u"vip"_s, u" new "_s, u"vip"_s } },
        { u"exclude_tags"_s, QJsonArray { u"blocked"_s } } };
    const Audience audience = Audience::fromJson(json);
    QCOMPARE(audience.includeTags, (QStringList { u"vip"_s, u"new"_s }));
    QCOMPARE(audience.excludeTags, QStringList { u"blocked"_s });
    QCOMPARE(Audience::fromJson(audience.toJson()).includeTags, audience.includeTags);
    QVERIFY(Audience::fromJson({}).includeTags.isEmpty());
}

void TestSendingStore::materialiseSortsTheAudience()
{
    const qint64 account = addAccount(0);
    const qint64 a = addContact(Consent::OptedIn, { u"vip"_s });
    const qint64 b = addContact(Consent::OptedIn, { u"vip"_s, u"blocked"_s });
    const qint64 c = addContact(Consent::Unknown, { u"vip"_s, u"new"_s });
    const qint64 d = addContact(Consent::OptedOut, { u"vip"_s });
    const qint64 e = addContact(Consent::OptedIn, { u"other"_s });
    const qint64 f = addContact(Consent::OptedIn, { u"new"_s }); // capped: reached an hour ago
    const qint64 g = addContact(Consent::OptedIn, { u"vip"_s }); // reached two days ago: free
    const qint64 h = addContact(Consent::OptedIn, { u"vip"_s }); // earlier claim failed: free

    const qint64 earlier = addBroadcast(account);
    exec(u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164, status, claimed_at) "
         "SELECT ?, id, phone_e164, CASE WHEN id = ? THEN 'failed' ELSE 'sent' END, "
         "CASE WHEN id = ? THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END "
         "FROM contacts WHERE id IN (?, ?, ?)"_s,
        { earlier, h, g, kT0 - 2 * kDay, kT0 - kHour, f, g, h });

    const qint64 broadcast = addBroadcast(account);
    SendingStore store(db());
    const Audience audience { { u"vip"_s, u"new"_s }, { u"blocked"_s }, {} };
    auto counts = store.materialise(broadcast, audience, 24, kT0);
    QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().message));
    QCOMPARE(counts->pending, 3); // a, g, h
    QCOMPARE(counts->notOptedIn, 1);
    QCOMPARE(counts->optedOut, 1);
    QCOMPARE(counts->frequencyCap, 1);

    for (qint64 contact : { a, g, h })
        QCOMPARE(status(recipientOf(broadcast, contact)), u"pending"_s);
    QCOMPARE(recipientOf(broadcast, b), 0);
    QCOMPARE(recipientOf(broadcast, e), 0);
    const std::pair<qint64, QString> skipped[]
        = { { c, u"consent-unknown"_s }, { d, u"opted-out"_s }, { f, u"frequency-cap"_s } };
    for (const auto &[contact, code] : skipped) {
        const qint64 id = recipientOf(broadcast, contact);
        QCOMPARE(status(id), u"skipped"_s);
        QCOMPARE(field(id, u"error_code"_s).toString(), code);
        QVERIFY(!field(id, u"error_title"_s).toString().isEmpty());
    }

    // Again: everyone is already a recipient.
    auto again = store.materialise(broadcast, audience, 24, kT0);
    QVERIFY(again.ok());
    QCOMPARE(again->pending + again->notOptedIn + again->optedOut + again->frequencyCap, 0);
}

void TestSendingStore::materialiseWithoutCapOrTags()
{
    const qint64 account = addAccount(0);
    const qint64 first = pendingBroadcast(account, 3);
    QVERIFY(SendingStore(db()).claim(first, 0, 0, 10, kT0, u"c"_s)->recipients.size() == 3);
    addContact(Consent::Unknown);
    const qint64 broadcast = addBroadcast(account);
    auto counts = SendingStore(db()).materialise(broadcast, {}, 0, kT0);
    QVERIFY(counts.ok());
    QCOMPARE(counts->pending, 3); // no cap: the contacts reached just now go again
    QCOMPARE(counts->notOptedIn, 1);
    QCOMPARE(counts->frequencyCap, 0);
    auto capped = SendingStore(db()).materialise(addBroadcast(account), {}, 1, kT0 + 1000);
    QCOMPARE(capped->frequencyCap, 3);
    QCOMPARE(capped->pending, 0);
}

void TestSendingStore::claimTakesDueRowsInOrder()
{
    const qint64 broadcast = pendingBroadcast(addAccount(0), 5);
    SendingStore store(db());
    QSqlQuery q(db()->connection());
    QVERIFY(q.exec(u"SELECT id FROM recipients ORDER BY id"_s));
    QList<qint64> all;
    while (q.next())
        all.append(q.value(0).toLongLong());
    exec(u"UPDATE recipients SET next_attempt_at = ? WHERE id = ?"_s, { kT0 + 60'000, all[1] });
    exec(u"UPDATE recipients SET next_attempt_at = ? WHERE id = ?"_s, { kT0 - 1, all[2] });

    auto first = store.claim(broadcast, 0, 0, 3, kT0, u"claim-1"_s);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(ids(*first), (QList<qint64> { all[0], all[2], all[3] }));
    QCOMPARE(first->nextDueAtMs, kT0 + 60'000);
    QVERIFY(!first->nothingLeft);
    QVERIFY(!first->quotaSpent);
    for (const ClaimedRecipient &r : first->recipients) {
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.contactId > 0);
        QVERIFY(r.phoneE164.startsWith(u"+491510"_s));
        QCOMPARE(status(r.id), u"sending"_s);
        QCOMPARE(field(r.id, u"claim_id"_s).toString(), u"claim-1"_s);
        QCOMPARE(field(r.id, u"claimed_at"_s).toLongLong(), kT0);
        QCOMPARE(field(r.id, u"attempts"_s).toInt(), 1);
    }
    QCOMPARE(
        ids(store.claim(broadcast, 0, 0, 10, kT0, u"claim-2"_s).value()), QList<qint64> { all[4] });
    auto none = store.claim(broadcast, 0, 0, 10, kT0 + 1000, u"claim-3"_s);
    QVERIFY(none->recipients.isEmpty());
    QVERIFY(!none->nothingLeft);
    QCOMPARE(none->nextDueAtMs, kT0 + 60'000);

    // A retry counts its attempts.
    exec(u"UPDATE recipients SET status = 'pending', attempts = 2 WHERE id = ?"_s, { all[0] });
    auto due = store.claim(broadcast, 0, 0, 10, kT0 + 60'000, u"claim-4"_s);
    QCOMPARE(ids(*due), (QList<qint64> { all[0], all[1] }));
    QCOMPARE(due->recipients[0].attempts, 3);
    QCOMPARE(due->nextDueAtMs, 0);

    // Rows in `sending` are not finished yet.
    QVERIFY(!store.claim(broadcast, 0, 0, 10, kT0 + 70'000, u"claim-5"_s)->nothingLeft);
    exec(u"UPDATE recipients SET status = 'sent'"_s, {});
    QVERIFY(store.claim(broadcast, 0, 0, 10, kT0 + 80'000, u"claim-6"_s)->nothingLeft);
}

void TestSendingStore::claimsNeverOverlap()
{
    const qint64 portfolio = addPortfolio(u"P"_s, 1000);
    const qint64 broadcast = pendingBroadcast(addAccount(portfolio), 50);
    SendingStore store(db());
    QSet<qint64> seen;
    for (int round = 0; round < 20; ++round) {
        // Alternately with and without the quota path.
        auto batch = store.claim(
            broadcast, portfolio, round % 2 == 0 ? 0 : 1000, 7, kT0, u"claim-%1"_s.arg(round));
        QVERIFY(batch.ok());
        for (qint64 id : ids(*batch)) {
            QVERIFY2(!seen.contains(id), "claimed twice");
            seen.insert(id);
        }
    }
    QCOMPARE(seen.size(), 50);
}

void TestSendingStore::concurrentClaimsNeverOverlap_data()
{
    QTest::addColumn<int>("tier");
    QTest::newRow("no quota") << 0;
    QTest::newRow("with quota") << 100'000;
}

void TestSendingStore::concurrentClaimsNeverOverlap()
{
    QFETCH(int, tier);
    const qint64 portfolio = addPortfolio(u"P"_s, tier);
    const qint64 broadcast = pendingBroadcast(addAccount(portfolio), 200);
    std::mutex mutex;
    QList<qint64> claimed;
    QStringList errors;
    const auto worker = [&](const QString &name) {
        SendingStore store(db());
        for (int round = 0;; ++round) {
            auto batch
                = store.claim(broadcast, portfolio, tier, 3, kT0, name + QString::number(round));
            const std::lock_guard lock(mutex);
            if (!batch) {
                errors.append(batch.error().message);
                return;
            }
            if (batch->recipients.isEmpty())
                return;
            claimed += ids(*batch);
        }
    };
    std::unique_ptr<QThread> one(QThread::create(worker, u"a"_s));
    std::unique_ptr<QThread> two(QThread::create(worker, u"b"_s));
    one->start();
    two->start();
    QVERIFY(one->wait(QDeadlineTimer(120'000)));
    QVERIFY(two->wait(QDeadlineTimer(120'000)));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(claimed.size(), 200);
    QCOMPARE(QSet<qint64>(claimed.begin(), claimed.end()).size(), 200);
}

void TestSendingStore::quotaSpansThePortfolio()
{
    const qint64 portfolio = addPortfolio(u"P"_s, 3);
    const qint64 other = addPortfolio(u"Q"_s, 3);
    const qint64 one = addAccount(portfolio);
    const qint64 two = addAccount(portfolio);
    QList<qint64> c;
    for (int i = 0; i < 5; ++i)
        c << addContact(Consent::OptedIn, { u"t%1"_s.arg(i) });
    const auto broadcastOf = [&](qint64 account, const QStringList &tags) {
        const qint64 b = addBroadcast(account);
        SendingStore(db()).materialise(b, { tags, {}, {} }, 0, kT0).value();
        return b;
    };
    const qint64 x = broadcastOf(one, { u"t0"_s, u"t1"_s });
    const qint64 y = broadcastOf(two, { u"t0"_s, u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s });
    const qint64 z = broadcastOf(addAccount(other), { u"t3"_s, u"t4"_s });
    SendingStore store(db());

    // Another portfolio's claims do not count.
    QCOMPARE(store.claim(z, other, 3, 10, kT0, u"z"_s)->recipients.size(), 2);
    QCOMPARE(store.quotaUsed(portfolio, kT0).value(), 0);
    QCOMPARE(store.quotaUsed(other, kT0).value(), 2);

    auto fromX = store.claim(x, portfolio, 3, 10, kT0 + 1000, u"x"_s);
    QCOMPARE(fromX->recipients.size(), 2);
    QVERIFY(!fromX->quotaSpent);
    QCOMPARE(store.quotaUsed(portfolio, kT0 + 1000).value(), 2);

    // c0 and c1 were reached already and cost nothing; c2 takes the last unit.
    auto fromY = store.claim(y, portfolio, 3, 10, kT0 + 2000, u"y"_s);
    QVERIFY(fromY.ok());
    QCOMPARE(ids(*fromY),
        (QList<qint64> { recipientOf(y, c[0]), recipientOf(y, c[1]), recipientOf(y, c[2]) }));
    QVERIFY(fromY->quotaSpent);
    QCOMPARE(fromY->quotaFreesAtMs, kT0 + 2000 + kDay);
    QCOMPARE(store.quotaUsed(portfolio, kT0 + 2000).value(), 3);
    QCOMPARE(status(recipientOf(y, c[3])), u"pending"_s);

    // Still spent, whatever happened to the claimed messages.
    const SendResult failed
        = outcome(recipientOf(y, c[2]), AnswerClass::RecipientPermanent, {}, {}, u"y"_s);
    QVERIFY(store.record({ failed }, kT0 + 3000).ok());
    auto spent = store.claim(y, portfolio, 3, 10, kT0 + 3000, u"y2"_s);
    QVERIFY(spent->recipients.isEmpty());
    QVERIFY(spent->quotaSpent);
    QCOMPARE(spent->quotaFreesAtMs, kT0 + 2000 + kDay);
    QCOMPARE(store.quotaUsed(portfolio, kT0 + 2000 + kDay - 1).value(), 3);
    QCOMPARE(store.quotaUsed(portfolio, kT0 + 2000 + kDay).value(), 0);
    // A larger tier lets the rest go.
    QCOMPARE(store.claim(y, portfolio, 5, 10, kT0 + 4000, u"y3"_s)->recipients.size(), 2);

    // A day later the window is empty again.
    const qint64 later = addBroadcast(one);
    SendingStore(db()).materialise(later, {}, 0, kT0).value();
    auto next = store.claim(later, portfolio, 3, 10, kT0 + 4000 + kDay, u"l"_s);
    QCOMPARE(next->recipients.size(), 3);
    QVERIFY(next->quotaSpent);
}

void TestSendingStore::concurrentClaimsShareTheQuota()
{
    const qint64 portfolio = addPortfolio(u"P"_s, 30);
    const qint64 first = pendingBroadcast(addAccount(portfolio), 40);
    const qint64 second = pendingBroadcast(addAccount(portfolio), 40);
    std::mutex mutex;
    int claimed = 0;
    QStringList errors;
    const auto worker = [&](qint64 broadcast) {
        SendingStore store(db());
        for (int round = 0;; ++round) {
            auto batch = store.claim(broadcast, portfolio, 30, 2, kT0, u"w%1"_s.arg(round));
            const std::lock_guard lock(mutex);
            if (!batch) {
                errors.append(batch.error().message);
                return;
            }
            claimed += static_cast<int>(batch->recipients.size());
            if (batch->recipients.isEmpty())
                return;
        }
    };
    std::unique_ptr<QThread> one(QThread::create(worker, first));
    std::unique_ptr<QThread> two(QThread::create(worker, second));
    one->start();
    two->start();
    QVERIFY(one->wait(QDeadlineTimer(120'000)));
    QVERIFY(two->wait(QDeadlineTimer(120'000)));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(claimed, 30);
    QCOMPARE(SendingStore(db()).quotaUsed(portfolio, kT0).value(), 30);
}

void TestSendingStore::recordEveryAnswerClass_data()
{
    QTest::addColumn<AnswerClass>("answerClass");
    QTest::addColumn<qint64>("retryAt");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("failureClass");

    const qint64 retry = kT0 + 30'000;
    QTest::newRow("accepted") << AnswerClass::Accepted << qint64(0) << u"sent"_s << QString();
    QTest::newRow("not-accepted, retry")
        << AnswerClass::NotAccepted << retry << u"pending"_s << u"not-accepted"_s;
    QTest::newRow("not-accepted, exhausted")
        << AnswerClass::NotAccepted << qint64(0) << u"failed"_s << u"not-accepted"_s;
    QTest::newRow("rate-limited, retry")
        << AnswerClass::RateLimited << retry << u"pending"_s << u"rate-limited"_s;
    QTest::newRow("rate-limited, exhausted")
        << AnswerClass::RateLimited << qint64(0) << u"failed"_s << u"rate-limited"_s;
    QTest::newRow("pair-limited, retry")
        << AnswerClass::PairLimited << retry << u"pending"_s << u"pair-limited"_s;
    QTest::newRow("pair-limited, exhausted")
        << AnswerClass::PairLimited << qint64(0) << u"failed"_s << u"pair-limited"_s;
    QTest::newRow("campaign-fatal")
        << AnswerClass::CampaignFatal << qint64(0) << u"pending"_s << u"campaign-fatal"_s;
    QTest::newRow("ambiguous") << AnswerClass::Ambiguous << qint64(0) << u"unknown"_s
                               << u"ambiguous"_s;
    QTest::newRow("recipient-permanent")
        << AnswerClass::RecipientPermanent << qint64(0) << u"failed"_s << u"recipient-permanent"_s;
    QTest::newRow("recipient-opted-out")
        << AnswerClass::RecipientOptedOut << qint64(0) << u"failed"_s << u"recipient-opted-out"_s;
}

void TestSendingStore::recordEveryAnswerClass()
{
    QFETCH(AnswerClass, answerClass);
    QFETCH(qint64, retryAt);
    QFETCH(QString, expected);
    QFETCH(QString, failureClass);

    const qint64 broadcast = pendingBroadcast(addAccount(0), 2);
    const ClaimedRecipient r = claimOne(broadcast, u"k"_s);
    QVERIFY(r.id > 0);
    SendResult result = outcome(r.id, answerClass, u"131026"_s, u"wamid.1"_s);
    result.explanation = u"Explained"_s;
    result.retryAtMs = retryAt;
    result.contactId = r.contactId;
    if (answerClass == AnswerClass::Accepted) {
        result.code.clear();
        result.explanation.clear();
    }
    // Another claim's result for the same row changes nothing.
    SendResult stranger = result;
    stranger.claimId = u"other"_s;
    QVERIFY(SendingStore(db()).record({ stranger }, kT0 + 500).ok());
    QCOMPARE(status(r.id), u"sending"_s);

    auto recorded = SendingStore(db()).record({ result }, kT0 + 1000);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    QCOMPARE(status(r.id), expected);
    QCOMPARE(field(r.id, u"failure_class"_s).toString(), failureClass);
    if (expected == u"sent") {
        QCOMPARE(field(r.id, u"provider_message_id"_s).toString(), u"wamid.1"_s);
        QCOMPARE(field(r.id, u"sent_at"_s).toLongLong(), kT0 + 1000);
        QVERIFY(field(r.id, u"error_code"_s).isNull());
        return;
    }
    QCOMPARE(field(r.id, u"error_code"_s).toString(), u"131026"_s);
    QCOMPARE(field(r.id, u"error_title"_s).toString(), u"Explained"_s);
    QVERIFY(field(r.id, u"sent_at"_s).isNull());
    if (expected == u"failed")
        QCOMPARE(field(r.id, u"failed_at"_s).toLongLong(), kT0 + 1000);
    else
        QVERIFY(field(r.id, u"failed_at"_s).isNull());
    if (expected == u"pending") {
        QCOMPARE(field(r.id, u"next_attempt_at"_s).isNull(), retryAt == 0);
        if (retryAt)
            QCOMPARE(field(r.id, u"next_attempt_at"_s).toLongLong(), retryAt);
        // Due again at its time, with its attempts counted.
        auto again = SendingStore(db()).claim(
            broadcast, 0, 0, 10, retryAt ? retryAt : kT0 + 2000, u"k2"_s);
        QVERIFY(ids(*again).contains(r.id));
        QCOMPARE(again->recipients.first().attempts, 2);
    }
    const auto consent = ContactStore(db()).find(r.contactId).value()->consent;
    QCOMPARE(consent == Consent::OptedOut, answerClass == AnswerClass::RecipientOptedOut);
}

void TestSendingStore::recordNeverMovesAStatusDown()
{
    const qint64 broadcast = pendingBroadcast(addAccount(0), 4);
    SendingStore store(db());
    const QList<qint64> claimed = ids(store.claim(broadcast, 0, 0, 4, kT0, u"k"_s).value());
    QCOMPARE(claimed.size(), 4);
    // Webhooks were faster than the dispatcher.
    exec(u"UPDATE recipients SET status = 'delivered', delivered_at = ? WHERE id = ?"_s,
        { kT0 + 10, claimed[0] });
    exec(u"UPDATE recipients SET status = 'read', read_at = ? WHERE id IN (?, ?)"_s,
        { kT0 + 10, claimed[1], claimed[2] });
    exec(u"UPDATE recipients SET status = 'unknown' WHERE id = ?"_s, { claimed[3] });

    QVERIFY(store
                .record({ outcome(claimed[0], AnswerClass::Accepted, {}, u"wamid.A"_s),
                            outcome(claimed[1], AnswerClass::RecipientPermanent, u"131026"_s),
                            outcome(claimed[2], AnswerClass::Ambiguous, u"timeout"_s),
                            outcome(claimed[3], AnswerClass::Accepted, {}, u"wamid.D"_s) },
                    kT0 + 100)
                .ok());
    QCOMPARE(status(claimed[0]), u"delivered"_s);
    QCOMPARE(field(claimed[0], u"provider_message_id"_s).toString(), u"wamid.A"_s);
    QCOMPARE(status(claimed[1]), u"read"_s);
    QVERIFY(field(claimed[1], u"failed_at"_s).isNull());
    QCOMPARE(status(claimed[2]), u"read"_s);
    QCOMPARE(status(claimed[3]), u"sent"_s); // unknown -> sent is allowed

    // A sent row may still fail (a late failure), a delivered one never.
    QVERIFY(store
                .record({ outcome(claimed[3], AnswerClass::RecipientPermanent, u"131026"_s),
                            outcome(claimed[0], AnswerClass::RecipientPermanent, u"131026"_s) },
                    kT0 + 200)
                .ok());
    QCOMPARE(status(claimed[3]), u"failed"_s);
    QCOMPARE(status(claimed[0]), u"delivered"_s);
}

void TestSendingStore::optOutMarksTheContact()
{
    const qint64 broadcast = pendingBroadcast(addAccount(0), 2);
    const ClaimedRecipient r = claimOne(broadcast, u"k"_s);
    const ClaimedRecipient s = claimOne(broadcast, u"k"_s);
    // Without the contact id in the result, the recipient's own contact is used.
    SendingStore store(db());
    SendResult withContact = outcome(r.id, AnswerClass::RecipientOptedOut, u"21610"_s);
    withContact.contactId = r.contactId;
    QVERIFY(
        store
            .record({ withContact, outcome(s.id, AnswerClass::RecipientOptedOut, u"21610"_s) }, kT0)
            .ok());
    for (const ClaimedRecipient &x : { r, s }) {
        const Contact contact = ContactStore(db()).find(x.contactId).value().value();
        QCOMPARE(contact.consent, Consent::OptedOut);
        QCOMPARE(contact.optOutSource, u"provider"_s);
        QCOMPARE(contact.optedOutAt, kT0);
    }
    const auto entries = AuditLog(db()).recent(10).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, u"consent.change"_s);
    QCOMPARE(entries[0].details.value(u"source"_s).toString(), u"provider"_s);
    QCOMPARE(entries[0].details.value(u"code"_s).toString(), u"21610"_s);

    // A second opt-out keeps the first one's proof and logs nothing.
    const qint64 next = addBroadcast(addAccount(0));
    exec(u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164) VALUES (?, ?, 'x')"_s,
        { next, r.contactId });
    const ClaimedRecipient again = claimOne(next, u"k"_s);
    QVERIFY(store.record({ outcome(again.id, AnswerClass::RecipientOptedOut) }, kT0 + 5000).ok());
    QCOMPARE(ContactStore(db()).find(r.contactId).value()->optedOutAt, kT0);
    QCOMPARE(AuditLog(db()).recent(10).value().size(), 2);
}

void TestSendingStore::releaseReturnsRowsToPending()
{
    const qint64 portfolio = addPortfolio(u"P"_s, 100);
    const qint64 broadcast = pendingBroadcast(addAccount(portfolio), 3);
    SendingStore store(db());
    const QList<qint64> claimed
        = ids(store.claim(broadcast, portfolio, 100, 3, kT0, u"k"_s).value());
    QCOMPARE(store.quotaUsed(portfolio, kT0).value(), 3);
    QCOMPARE(store.release(claimed.mid(0, 2), u"someone else"_s).value(), 0);
    QCOMPARE(store.release(claimed.mid(0, 2), u"k"_s).value(), 2);
    QCOMPARE(store.release(claimed.mid(0, 2), u"k"_s).value(), 0);
    for (qint64 id : claimed.mid(0, 2)) {
        QCOMPARE(status(id), u"pending"_s);
        QCOMPARE(field(id, u"attempts"_s).toInt(), 0);
        QVERIFY(field(id, u"claimed_at"_s).isNull());
        QVERIFY(field(id, u"claim_id"_s).isNull());
    }
    QCOMPARE(status(claimed[2]), u"sending"_s);
    QCOMPARE(store.quotaUsed(portfolio, kT0).value(), 1); // never sent, never counted
    QCOMPARE(
        store.claim(broadcast, portfolio, 100, 3, kT0, u"k2"_s)->recipients.first().attempts, 1);
}

void TestSendingStore::staleSendingBecomesUnknown()
{
    const qint64 account = addAccount(0);
    const qint64 first = pendingBroadcast(account, 3);
    const qint64 second = pendingBroadcast(account, 2);
    SendingStore store(db());
    QCOMPARE(store.claim(first, 0, 0, 2, kT0, u"k"_s)->recipients.size(), 2);
    QCOMPARE(store.claim(second, 0, 0, 2, kT0, u"k"_s)->recipients.size(), 2);
    QCOMPARE(store.markStaleSendingUnknown(first).value(), 2);
    QCOMPARE(store.markStaleSendingUnknown(first).value(), 0);
    QCOMPARE(store.markStaleSendingUnknown(0).value(), 2);
    QSqlQuery q(db()->connection());
    QVERIFY(q.exec(u"SELECT status, COUNT(*) FROM recipients GROUP BY status ORDER BY status"_s));
    QStringList counts;
    while (q.next())
        counts << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(counts, (QStringList { u"pending=1"_s, u"unknown=4"_s }));
    // Never claimed again by themselves.
    QCOMPARE(ids(store.claim(first, 0, 0, 10, kT0, u"k2"_s).value()).size(), 1);
}

void TestSendingStore::retryFailedAndUnknown()
{
    const qint64 broadcast = pendingBroadcast(addAccount(0), 7);
    SendingStore store(db());
    const QList<qint64> c = ids(store.claim(broadcast, 0, 0, 7, kT0, u"k"_s).value());
    QCOMPARE(c.size(), 7);
    const auto result = [&](int i, AnswerClass answerClass) {
        SendResult r = outcome(c[i], answerClass, u"code"_s);
        r.explanation = u"why"_s;
        return r;
    };
    QVERIFY(store
                .record({ result(0, AnswerClass::NotAccepted), result(1, AnswerClass::RateLimited),
                            result(2, AnswerClass::PairLimited),
                            result(3, AnswerClass::RecipientPermanent),
                            result(4, AnswerClass::RecipientOptedOut),
                            result(5, AnswerClass::Ambiguous), result(6, AnswerClass::Ambiguous) },
                    kT0 + 1000)
                .ok());
    const qint64 elsewhere = pendingBroadcast(addAccount(0), 1);
    QCOMPARE(store.retryFailed(elsewhere).value(), 0);
    QCOMPARE(store.retryFailed(broadcast).value(), 3);
    QCOMPARE(store.retryFailed(broadcast).value(), 0);
    QCOMPARE(store.retryUnknown(broadcast).value(), 2);
    QCOMPARE(store.retryUnknown(broadcast).value(), 0);
    for (int i : { 0, 1, 2, 5, 6 }) {
        QCOMPARE(status(c[i]), u"pending"_s);
        QCOMPARE(field(c[i], u"attempts"_s).toInt(), 0);
    }
    QCOMPARE(status(c[3]), u"failed"_s);
    QCOMPARE(status(c[4]), u"failed"_s);
    auto again = store.claim(broadcast, 0, 0, 10, kT0 + 2000, u"k2"_s);
    QCOMPARE(ids(*again), (QList<qint64> { c[0], c[1], c[2], c[5], c[6] }));
    QCOMPARE(again->recipients.first().attempts, 1);
}

QTEST_GUILESS_MAIN(TestSendingStore)
#include "tst_sendingstore.moc"
