// Twilio status polling for accounts Twilio cannot call back, over real HTTP against a
// scripted Twilio and on both backends: the account's sent and delivered messages are
// asked about in rounds (a cursor walks them), delivered / read / undelivered answers move
// the recipients (failed with Twilio's error code and its explanation), a message Twilio
// has not finished (queued) or does not know (404) changes nothing, and messages of other
// accounts or already read are not asked about.
#include "AccountStore.h"
#include "BroadcastControl.h"
#include "Clock.h"
#include "DispatcherFixture.h"
#include "HttpClient.h"
#include "ScriptedServer.h"
#include "Sql.h"
#include "TwilioProvider.h"
#include "TwilioStatusPoller.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

const QString kSid = u"AC11111111111111111111111111111111"_s;

QByteArray message(const QString &sid, const QString &status, const QJsonValue &code = {})
{
    return QJsonDocument(QJsonObject{{u"sid"_s, sid},
                                     {u"status"_s, status},
                                     {u"to"_s, u"whatsapp:+4915100000001"_s},
                                     {u"error_code"_s, code},
                                     {u"error_message"_s, QJsonValue()},
                                     {u"date_updated"_s, u"Thu, 30 Jul 2026 20:12:33 +0000"_s}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestTwilioPoller : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void roundsMoveRecipients();

private:
    QString column(qint64 recipientId, const QString &name);
};

QString TestTwilioPoller::column(qint64 recipientId, const QString &name)
{
    auto q = Sql::exec(db()->connection(), u"SELECT "_s + name + u" FROM recipients WHERE id = ?"_s,
                       {recipientId}, u"test"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}

void TestTwilioPoller::roundsMoveRecipients()
{
    test::ScriptedServer twilio;
    const qint64 accountId = addAccount(QUrl());
    Account account = *AccountStore(db()).find(accountId).value();
    account.provider = ProviderKind::Twilio;
    account.baseUrl = twilio.baseUrl().toString();
    account.settings = QJsonObject{{u"account_sid"_s, kSid}, {u"from"_s, u"+15550100001"_s}};
    QVERIFY(AccountStore(db()).update(account).ok());
    addContacts(6);
    const qint64 broadcast = addDraft(accountId);
    QVERIFY(BroadcastControl(db()).send(broadcast, Clock::nowMs()).ok());
    QVERIFY(Sql::exec(db()->connection(),
                      u"UPDATE recipients SET status = 'sent', sent_at = ?, provider_message_id = "
                      "'SM' || id WHERE broadcast_id = ?"_s,
                      {Clock::nowMs(), broadcast}, u"test"_s)
                .ok());
    QList<qint64> ids;
    auto q = Sql::exec(db()->connection(), u"SELECT id FROM recipients ORDER BY id"_s, {}, u"t"_s);
    while (q && q->next())
        ids << q->value(0).toLongLong();
    QCOMPARE(ids.size(), 6);
    // The last one was read already: nothing to ask.
    QVERIFY(Sql::exec(db()->connection(), u"UPDATE recipients SET status = 'read' WHERE id = ?"_s,
                      {ids[5]}, u"test"_s)
                .ok());
    const QList<QByteArray> answers{message(u"SM%1"_s.arg(ids[0]), u"delivered"_s),
                                    message(u"SM%1"_s.arg(ids[1]), u"read"_s),
                                    message(u"SM%1"_s.arg(ids[2]), u"undelivered"_s, 63016),
                                    QByteArray(),
                                    message(u"SM%1"_s.arg(ids[4]), u"queued"_s)};
    twilio.setScript([&](const HttpServerRequest &request) -> HttpServerResponse {
        for (int i = 0; i < answers.size(); ++i) {
            const QByteArray path = "/Messages/SM" + QByteArray::number(ids[i]) + ".json";
            if (request.path.endsWith(path)
                && !answers[i].isEmpty())
                return {200, {{"Content-Type", "application/json"}}, answers[i]};
        }
        return {404, {{"Content-Type", "application/json"}},
                R"({"code":20404,"message":"The requested resource was not found","status":404})"};
    });

    HttpClient client;
    AccountSecrets secrets;
    secrets.set(u"auth_token"_s, u"tw-secret"_s);
    TwilioProvider provider(account, secrets, &client);
    TwilioStatusPoller::Settings settings;
    settings.intervalMs = 3600 * 1000; // rounds are started by hand here
    settings.batch = 2;
    settings.inFlight = 2;
    TwilioStatusPoller poller(db(), accountId, &provider, settings);
    QSignalSpy polled(&poller, &TwilioStatusPoller::polled);
    for (int round = 1; round <= 3; ++round) {
        poller.pollNow();
        QTRY_COMPARE(polled.size(), round);
    }
    QCOMPARE(polled.at(0).at(0).toInt(), 2); // asked about ids 0 and 1
    QCOMPARE(polled.at(1).at(2).toInt(), 1); // ids 2 and 3: Twilio did not know 3
    QCOMPARE(polled.at(2).at(0).toInt(), 1); // id 4; the read one was not asked
    QCOMPARE(twilio.requests().size(), 5);
    QCOMPARE(twilio.last().method, "GET"_ba);
    QCOMPARE(twilio.last().path, "/2010-04-01/Accounts/"_ba + kSid.toLatin1() + "/Messages/SM"_ba
                                     + QByteArray::number(ids[4]) + ".json"_ba);
    QCOMPARE(twilio.last().header("authorization"_ba),
             "Basic "_ba + QByteArray(kSid.toLatin1() + ":tw-secret"_ba).toBase64());

    QCOMPARE(column(ids[0], u"status"_s), u"delivered"_s);
    QCOMPARE(column(ids[1], u"status"_s), u"read"_s);
    QCOMPARE(column(ids[2], u"status"_s), u"failed"_s);
    QCOMPARE(column(ids[2], u"error_code"_s), u"63016"_s);
    QVERIFY(!column(ids[2], u"error_title"_s).isEmpty());
    QCOMPARE(column(ids[3], u"status"_s), u"sent"_s);
    QCOMPARE(column(ids[4], u"status"_s), u"sent"_s);
    QVERIFY(!column(ids[0], u"delivered_at"_s).isEmpty());

    // The cursor went round: the next round starts from the first message again, and the
    // one already read is not asked about.
    poller.pollNow();
    QTRY_COMPARE(polled.size(), 4);
    const QByteArray first = "/SM"_ba + QByteArray::number(ids[0]) + ".json"_ba;
    QVERIFY(twilio.requests().at(5).path.endsWith(first));
}

QTEST_GUILESS_MAIN(TestTwilioPoller)
#include "tst_twiliopoller.moc"
