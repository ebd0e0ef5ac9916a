// The webhook receiver over real HTTP, on both backends: Meta's handshake, signatures
// valid, wrong and missing, the body limit, malformed JSON, duplicated and reordered
// statuses, reconciliation of `unknown`, a status that arrives before its send result,
// failures by class (131050 opts the contact out), replies and opt-outs, WhatsApp's
// stop/resume control, Twilio's signed callbacks, and the sandbox's own webhooks end to end.
#include "AccountStore.h"
#include "AuditLog.h"
#include "BroadcastControl.h"
#include "Clock.h"
#include "ContactStore.h"
#include "DispatcherFixture.h"
#include "SandboxFixtures.h"
#include "SandboxServer.h"
#include "Sql.h"
#include "WebhookReceiver.h"
#include "WebhookSignature.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
};

QByteArray statusPayload(const QString &wamid, const QString &status, qint64 recipientId = 0,
                         int errorCode = 0, qint64 timestamp = 1750030000)
{
    QJsonObject s{{u"id"_s, wamid}, {u"status"_s, status},
                  {u"timestamp"_s, QString::number(timestamp)},
                  {u"recipient_id"_s, u"4915100000001"_s}};
    if (recipientId)
        s.insert(u"biz_opaque_callback_data"_s, u"megaphone:r=%1"_s.arg(recipientId));
    if (errorCode)
        s.insert(u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, errorCode}, {u"title"_s, u"x"_s}}});
    return test::metaStatusesWebhook(QJsonArray{s});
}

QByteArray inboundPayload(const QString &id, const QString &from, const QString &text)
{
    return u"{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"W\",\"changes\":[{"
           "\"field\":\"messages\",\"value\":{\"messages\":[{\"from\":\"%1\",\"id\":\"%2\","
           "\"timestamp\":\"1750030100\",\"type\":\"text\",\"text\":{\"body\":\"%3\"}}]}}]}]}"_s
        .arg(from, id, text)
        .toUtf8();
}

} // namespace

class TestWebhookReceiver : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init();
    void cleanup();

    void handshake();
    void signatureIsRequired();
    void oversizeAndMalformedAreRefused();
    void statusesNeverMoveDown();
    void unknownIsReconciledAndEarlyStatusesWait();
    void failuresByClass();
    void repliesAndOptOuts();
    void twilioCallbacks();
    void sandboxWebhooksEndToEnd();

private:
    Answer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Answer postSigned(const QByteArray &body, const QString &secret = u"app-secret"_s);
    QVariant field(qint64 recipientId, const QString &column);
    // Five recipients claimed and answered: 0, 1 and 3 sent (wamid.N), 2 unknown, 4 sending.
    QList<qint64> prepareRecipients();

    std::unique_ptr<WebhookReceiver> m_receiver;
    QNetworkAccessManager m_network;
    qint64 m_account = 0;
};

void TestWebhookReceiver::init()
{
    MEGAPHONE_OPEN_TEST_DB(m_test);
    m_account = addAccount(QUrl(u"http://127.0.0.1:9"_s));
    (void)credentials.write(CredentialStore::accountKey(m_account, u"app_secret"_s), u"app-secret"_s);
    (void)credentials.write(CredentialStore::accountKey(m_account, u"verify_token"_s), u"v-token"_s);
    WebhookReceiver::Settings settings;
    settings.applyDelayMs = 10;
    settings.maxBodyBytes = 64 * 1024;
    m_receiver = std::make_unique<WebhookReceiver>(db(), &credentials, settings);
    QVERIFY(m_receiver->listen(QHostAddress::LocalHost).ok());
}

void TestWebhookReceiver::cleanup()
{
    m_receiver.reset();
    m_test.reset();
}

Answer TestWebhookReceiver::request(const QByteArray &method, const QString &path,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_receiver->port()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

Answer TestWebhookReceiver::postSigned(const QByteArray &body, const QString &secret)
{
    return request("POST", u"/webhooks/meta/%1"_s.arg(m_account), body,
                   {{"X-Hub-Signature-256", WebhookSignature::meta(body, secret)}});
}

QVariant TestWebhookReceiver::field(qint64 recipientId, const QString &column)
{
    auto q = Sql::exec(db()->connection(), u"SELECT "_s + column + u" FROM recipients WHERE id = ?"_s,
                       {recipientId}, u"test"_s);
    if (q && q->next())
        return q->value(0);
    return {};
}

QList<qint64> TestWebhookReceiver::prepareRecipients()
{
    addContacts(5);
    const qint64 broadcast = addDraft(m_account);
    if (!BroadcastControl(db()).send(broadcast, Clock::nowMs()))
        qFatal("not started");
    const auto claimed = SendingStore(db()).claim(broadcast, 0, 0, 5, Clock::nowMs(), u"k"_s).value();
    QList<qint64> ids;
    QList<SendResult> results;
    for (const ClaimedRecipient &r : claimed.recipients) {
        const int n = int(ids.size());
        ids << r.id;
        SendResult result;
        result.recipientId = r.id;
        result.claimId = u"k"_s;
        result.answerClass = n == 2 ? AnswerClass::Ambiguous : AnswerClass::Accepted;
        result.messageId = n == 2 ? QString() : u"wamid.%1"_s.arg(n);
        if (n != 4)
            results << result;
    }
    if (!SendingStore(db()).record(results, Clock::nowMs()))
        qFatal("not recorded");
    return ids;
}

void TestWebhookReceiver::handshake()
{
    const QString path = u"/webhooks/meta/%1?hub.mode=subscribe&hub.challenge=1158201444"
                         "&hub.verify_token="_s.arg(m_account);
    Answer answer = request("GET", path + u"v-token"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("1158201444"));
    QCOMPARE(request("GET", path + u"wrong"_s).status, 403);
    QCOMPARE(request("GET", u"/webhooks/meta/99?hub.mode=subscribe&hub.challenge=1"
                            "&hub.verify_token=v-token"_s).status,
             404);
    QCOMPARE(request("GET", u"/somewhere/else"_s).status, 404);
}

void TestWebhookReceiver::signatureIsRequired()
{
    const QList<qint64> ids = prepareRecipients();
    const QByteArray body = statusPayload(u"wamid.0"_s, u"delivered"_s, ids[0]);
    QSignalSpy refused(m_receiver.get(), &WebhookReceiver::requestRefused);
    QCOMPARE(postSigned(body, u"not-the-secret"_s).status, 401);
    QCOMPARE(request("POST", u"/webhooks/meta/%1"_s.arg(m_account), body).status, 401);
    QCOMPARE(refused.size(), 2);
    QVERIFY(refused.first().first().toString().contains(u"signature"));
    QCOMPARE(WebhookStore(db()).pendingCount().value(), 0LL); // nothing stored
    (void)m_receiver->applyNow();
    QCOMPARE(field(ids[0], u"status"_s).toString(), u"sent"_s);

    QCOMPARE(postSigned(body).status, 200);
    QTRY_COMPARE(field(ids[0], u"status"_s).toString(), u"delivered"_s);
}

void TestWebhookReceiver::oversizeAndMalformedAreRefused()
{
    // Refused from its Content-Length, before the body is read: a raw socket sees the answer.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(u"POST /webhooks/meta/%1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                 "application/json\r\nContent-Length: 102400\r\n\r\n"_s.arg(m_account).toLatin1());
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    const Answer malformed = postSigned("{\"entry\": [");
    QCOMPARE(malformed.status, 400);
    QVERIFY(malformed.body.contains("not valid JSON"));
    QCOMPARE(WebhookStore(db()).pendingCount().value(), 0LL);
    QCOMPARE(request("PUT", u"/webhooks/meta/%1"_s.arg(m_account), "{}").status, 405);
}

void TestWebhookReceiver::statusesNeverMoveDown()
{
    const QList<qint64> ids = prepareRecipients();
    // Read first, then delivered, then sent again (twice), then a late failure.
    for (const auto &[status, code] : QList<QPair<QString, int>>{{u"read"_s, 0},
                                                                  {u"delivered"_s, 0},
                                                                  {u"sent"_s, 0},
                                                                  {u"sent"_s, 0},
                                                                  {u"failed"_s, 131026}})
        QCOMPARE(postSigned(statusPayload(u"wamid.1"_s, status, 0, code)).status, 200);
    (void)m_receiver->applyNow();
    QCOMPARE(field(ids[1], u"status"_s).toString(), u"read"_s);
    QVERIFY(!field(ids[1], u"read_at"_s).isNull());
    QVERIFY(!field(ids[1], u"delivered_at"_s).isNull()); // read implies delivered
    QVERIFY(field(ids[1], u"error_code"_s).isNull());
    QCOMPARE(WebhookStore(db()).pendingCount().value(), 0LL);
    // The duplicate was stored once.
    auto stored = Sql::exec(db()->connection(), u"SELECT COUNT(*) FROM webhook_events"_s, {},
                            u"test"_s);
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toInt(), 4);
}

void TestWebhookReceiver::unknownIsReconciledAndEarlyStatusesWait()
{
    const QList<qint64> ids = prepareRecipients();
    QCOMPARE(field(ids[2], u"status"_s).toString(), u"unknown"_s);
    // The callback data names the recipient: `unknown` becomes `sent`, with the wamid.
    QCOMPARE(postSigned(statusPayload(u"wamid.2"_s, u"sent"_s, ids[2])).status, 200);
    // A status for a message whose send result is not written yet waits for it.
    QCOMPARE(postSigned(statusPayload(u"wamid.4"_s, u"delivered"_s)).status, 200);
    auto report = m_receiver->applyNow();
    QVERIFY(report.ok());
    QCOMPARE(report->waiting, 1);
    QCOMPARE(field(ids[2], u"status"_s).toString(), u"sent"_s);
    QCOMPARE(field(ids[2], u"provider_message_id"_s).toString(), u"wamid.2"_s);
    QCOMPARE(field(ids[4], u"status"_s).toString(), u"sending"_s);
    // The dispatcher writes its result; the waiting status is applied next time.
    SendResult result;
    result.recipientId = ids[4];
    result.claimId = u"k"_s;
    result.answerClass = AnswerClass::Accepted;
    result.messageId = u"wamid.4"_s;
    QVERIFY(SendingStore(db()).record({result}, Clock::nowMs()).ok());
    report = m_receiver->applyNow();
    QCOMPARE(report->waiting, 0);
    QCOMPARE(field(ids[4], u"status"_s).toString(), u"delivered"_s);
}

void TestWebhookReceiver::failuresByClass()
{
    const QList<qint64> ids = prepareRecipients();
    QCOMPARE(postSigned(statusPayload(u"wamid.0"_s, u"failed"_s, ids[0], 131049)).status, 200);
    QCOMPARE(postSigned(statusPayload(u"wamid.3"_s, u"failed"_s, ids[3], 131050)).status, 200);
    (void)m_receiver->applyNow();
    QCOMPARE(field(ids[0], u"status"_s).toString(), u"failed"_s);
    QCOMPARE(field(ids[0], u"error_code"_s).toString(), u"131049"_s);
    QCOMPARE(field(ids[0], u"failure_class"_s).toString(), u"recipient-permanent"_s);
    QVERIFY(!field(ids[0], u"error_title"_s).toString().isEmpty());
    QCOMPARE(field(ids[3], u"failure_class"_s).toString(), u"recipient-opted-out"_s);
    const qint64 contact = field(ids[3], u"contact_id"_s).toLongLong();
    QCOMPARE(ContactStore(db()).find(contact).value()->consent, Consent::OptedOut);
    const qint64 other = field(ids[0], u"contact_id"_s).toLongLong();
    QCOMPARE(ContactStore(db()).find(other).value()->consent, Consent::OptedIn);
    // "Retry failed" does not take them: both failures are final for the recipient.
    QCOMPARE(SendingStore(db()).retryFailed(field(ids[0], u"broadcast_id"_s).toLongLong()).value(), 0);
}

void TestWebhookReceiver::repliesAndOptOuts()
{
    const QList<qint64> ids = prepareRecipients();
    const QString phone0 = field(ids[0], u"phone_e164"_s).toString().mid(1);
    const QString phone1 = field(ids[1], u"phone_e164"_s).toString().mid(1);
    QCOMPARE(postSigned(inboundPayload(u"wamid.in1"_s, phone0, u"Do you ship to Lisbon?"_s)).status, 200);
    QCOMPARE(postSigned(inboundPayload(u"wamid.in2"_s, phone1, u" stop "_s)).status, 200);
    (void)m_receiver->applyNow();
    QVERIFY(!field(ids[0], u"replied_at"_s).isNull());
    QCOMPARE(field(ids[0], u"status"_s).toString(), u"sent"_s); // a reply changes no status
    const qint64 contact0 = field(ids[0], u"contact_id"_s).toLongLong();
    const qint64 contact1 = field(ids[1], u"contact_id"_s).toLongLong();
    QCOMPARE(ContactStore(db()).find(contact0).value()->consent, Consent::OptedIn);
    QCOMPARE(ContactStore(db()).find(contact1).value()->consent, Consent::OptedOut);
    const auto log = AuditLog(db()).recent(5).value();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().action, u"consent.change"_s);
    QCOMPARE(log.first().details.value(u"source").toString(), u"keyword"_s);

    // WhatsApp's own control: resume, then stop again.
    const auto preference = [&](const QString &value, qint64 at) {
        return u"{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"W\",\"changes\":[{"
               "\"field\":\"user_preferences\",\"value\":{\"user_preferences\":[{\"wa_id\":\"%1\","
               "\"category\":\"marketing_messages\",\"value\":\"%2\",\"timestamp\":%3}]}}]}]}"_s
            .arg(phone1, value)
            .arg(at)
            .toUtf8();
    };
    QCOMPARE(postSigned(preference(u"resume"_s, 1750030300)).status, 200);
    (void)m_receiver->applyNow();
    QCOMPARE(ContactStore(db()).find(contact1).value()->consent, Consent::OptedIn);
    QCOMPARE(postSigned(preference(u"stop"_s, 1750030400)).status, 200);
    (void)m_receiver->applyNow();
    QCOMPARE(ContactStore(db()).find(contact1).value()->consent, Consent::OptedOut);
}

void TestWebhookReceiver::twilioCallbacks()
{
    Account account;
    account.provider = ProviderKind::Twilio;
    account.label = u"Twilio"_s;
    account.settings = QJsonObject{{u"account_sid"_s, u"AC1"_s},
                                   {u"callback_base_url"_s, u"https://hooks.example.com/"_s}};
    const qint64 twilio = AccountStore(db()).add(account).value();
    (void)credentials.write(CredentialStore::accountKey(twilio, u"auth_token"_s), u"tw-token"_s);
    const QList<qint64> ids = prepareRecipients();
    const QString path = u"/webhooks/twilio/%1?recipient=%2"_s.arg(twilio).arg(ids[4]);
    const QByteArray form = "MessageSid=SM9&MessageStatus=delivered&To=whatsapp%3A%2B4915100000005";
    const QByteArray signature = WebhookSignature::twilio(u"https://hooks.example.com"_s + path,
                                                          WebhookSignature::formParams(form),
                                                          u"tw-token"_s);
    const QList<QPair<QByteArray, QByteArray>> formType{
        {"Content-Type", "application/x-www-form-urlencoded"}};
    QCOMPARE(request("POST", path, form, formType + QList<QPair<QByteArray, QByteArray>>{
                                                        {"X-Twilio-Signature", "bm90IGl0"}})
                 .status,
             401);
    QCOMPARE(request("POST", path, form,
                     formType + QList<QPair<QByteArray, QByteArray>>{{"X-Twilio-Signature", signature}})
                 .status,
             200);
    (void)m_receiver->applyNow();
    QCOMPARE(field(ids[4], u"status"_s).toString(), u"delivered"_s);
    QCOMPARE(field(ids[4], u"provider_message_id"_s).toString(), u"SM9"_s);
    // A Meta path for a Twilio account is not its endpoint.
    QCOMPARE(request("POST", u"/webhooks/meta/%1"_s.arg(twilio), "{}").status, 404);
}

void TestWebhookReceiver::sandboxWebhooksEndToEnd()
{
    SandboxOptions options;
    options.mps = 0;
    options.statusDelayMs = 20;
    options.seed = 5;
    options.webhookUrl = QUrl(u"http://127.0.0.1:%1/webhooks/meta/%2"_s.arg(m_receiver->port())
                                  .arg(m_account));
    options.appSecret = u"app-secret"_s;
    options.failures = SandboxOptions::parseFailures(u"async-131049:0.2"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    auto account = AccountStore(db()).find(m_account).value().value();
    account.baseUrl = sandbox.baseUrl().toString();
    QVERIFY(AccountStore(db()).update(account).ok());
    addContacts(30);
    const qint64 broadcast = addDraft(m_account);
    QVERIFY(BroadcastControl(db()).send(broadcast, Clock::nowMs()).ok());
    Dispatcher::Settings settings;
    settings.exitWhenIdle = true;
    QCOMPARE(runUntilEnded(m_account, broadcast, 30000, settings), BroadcastStatus::Completed);
    // Every accepted message ends delivered or read, or failed by webhook.
    QTRY_COMPARE_WITH_TIMEOUT(counts(broadcast).value(RecipientStatus::Delivered)
                                  + counts(broadcast).value(RecipientStatus::Read)
                                  + counts(broadcast).value(RecipientStatus::Failed),
                              30LL, 15000);
    QVERIFY(counts(broadcast).value(RecipientStatus::Read) > 0);
    QVERIFY(counts(broadcast).value(RecipientStatus::Failed) > 0);
    auto failed = Sql::exec(db()->connection(),
                            u"SELECT DISTINCT error_code FROM recipients WHERE broadcast_id = ? AND "
                            "status = 'failed'"_s,
                            {broadcast}, u"test"_s);
    QVERIFY(failed && failed->next());
    QCOMPARE(failed->value(0).toString(), u"131049"_s);
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
