// The sandbox as a client sees it: real HTTP/1.1 and h2c, its limits, injected failures,
// signed status webhooks, and its log of accepted messages.
#include "HttpClient.h"
#include "SandboxServer.h"
#include "SandboxWebhooks.h"
#include "ScriptedServer.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

QByteArray messageBody(const QString &to, const QString &callbackData = {},
    const QString &templateName = u"login_code"_s)
{
    QJsonObject body { { u"messaging_product"_s, u"whatsapp"_s },
        { u"recipient_type"_s, u"individual"_s }, { u"to"_s, to }, { u"type"_s, u"template"_s },
        { u"template"_s,
            QJsonObject { { u"name"_s, templateName },
                { u"language"_s,
                    QJsonObject {
                        { u"policy"_s, u"deterministic"_s }, { u"code"_s, u"en_US"_s } } },
                { u"components"_s,
                    QJsonArray { QJsonObject { { u"type"_s, u"body"_s },
                        { u"parameters"_s,
                            QJsonArray { QJsonObject { { u"type"_s, u"text"_s },
                                { u"text"_s, u"123456"_s } } } } } } } } } };
    if (!callbackData.isEmpty())
        body.insert(u"biz_opaque_callback_data"_s, callbackData);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpRequest sendRequest(const SandboxServer &sandbox, const QByteArray &body)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = sandbox.baseUrl().resolved(
        QUrl(u"/v23.0/"_s + sandbox.options().phoneNumberId + u"/messages"_s));
    request.headers = { { "Authorization", "Bearer t" }, { "Content-Type", "application/json" } };
    request.body = body;
    return request;
}

struct Collected
{
    QList<HttpResponse> responses;
};

void sendAll(
    HttpClient &client, const QList<HttpRequest> &requests, Collected &collected, QObject *context)
{
    for (const HttpRequest &request : requests) {
        client.send(request, context,
            [&collected](const HttpResponse &response) { collected.responses.append(response); });
    }
}

// entry[0].changes[0].value of a Meta webhook payload.
QJsonObject webhookValue(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(u"entry")
        .toArray()
        .first()
        .toObject()
        .value(u"changes")
        .toArray()
        .first()
        .toObject()
        .value(u"value")
        .toObject();
}

int errorCode(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(u"error")
        .toObject()
        .value(u"code")
        .toInt(-1);
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFailureSpecs_data();
    void parsesFailureSpecs();
    void acceptsOverBothProtocols_data();
    void acceptsOverBothProtocols();
    void holdsAThousandRequestsInFlight();
    void refusesAboveThroughput();
    void refusesAboveTier();
    void validatesLikeTheCloudApi_data();
    void validatesLikeTheCloudApi();
    void countsDuplicates();
    void postsSignedStatusWebhooks();
    void reportsAsyncFailuresByWebhook();
};

void TestSandbox::parsesFailureSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << 0 << true;
    QTest::newRow("design example")
        << u"131026:0.02,130429:0.01,timeout:0.005,drop:0.005,async-131049:0.01,async-131050:0.005"_s
        << 6 << true;
    QTest::newRow("no probability") << u"131026"_s << 0 << false;
    QTest::newRow("probability above 1") << u"131026:1.5"_s << 0 << false;
    QTest::newRow("sum above 1") << u"131026:0.7,drop:0.7"_s << 0 << false;
    QTest::newRow("unknown word") << u"explode:0.1"_s << 0 << false;
}

void TestSandbox::parsesFailureSpecs()
{
    QFETCH(QString, spec);
    QFETCH(int, count);
    QFETCH(bool, ok);
    const auto parsed = SandboxOptions::parseFailures(spec);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(parsed.value().size(), count);
    else
        QVERIFY(!parsed.error().message.isEmpty());
}

void TestSandbox::acceptsOverBothProtocols_data()
{
    QTest::addColumn<bool>("h2c");
    QTest::newRow("http/1.1") << false;
    QTest::newRow("h2c") << true;
}

void TestSandbox::acceptsOverBothProtocols()
{
    QFETCH(bool, h2c);
    SandboxServer sandbox(SandboxOptions {});
    QVERIFY(sandbox.listen().ok());
    HttpClient::Options options;
    options.h2cPriorKnowledge = h2c;
    HttpClient client(options);
    Collected collected;
    sendAll(client, { sendRequest(sandbox, messageBody(u"+4915123456789"_s)) }, collected, this);
    QTRY_COMPARE(collected.responses.size(), 1);
    const HttpResponse response = collected.responses.first();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.http2, h2c);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(json.value(u"contacts").toArray().first().toObject().value(u"wa_id").toString(),
        u"4915123456789"_s);
    QVERIFY(json.value(u"messages")
                .toArray()
                .first()
                .toObject()
                .value(u"id")
                .toString()
                .startsWith(u"wamid."));
}

void TestSandbox::holdsAThousandRequestsInFlight()
{
    SandboxOptions options;
    options.mps = 0;
    options.latencyMs = 500;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient::Options clientOptions;
    clientOptions.h2cPriorKnowledge = true;
    HttpClient client(clientOptions);
    QList<HttpRequest> requests;
    for (int i = 0; i < 1200; ++i)
        requests.append(sendRequest(sandbox,
            messageBody(u"+49151000%1"_s.arg(i, 5, 10, QLatin1Char('0')),
                u"megaphone:r="_s + QString::number(i + 1))));
    Collected collected;
    sendAll(client, requests, collected, this);
    // Every request reaches the sandbox before the first answer is due.
    QTRY_COMPARE_WITH_TIMEOUT(collected.responses.size(), 1200, 60000);
    int ok = 0;
    for (const HttpResponse &response : collected.responses)
        ok += response.status == 200 ? 1 : 0;
    QCOMPARE(ok, 1200);
    QCOMPARE(sandbox.acceptedCount(), 1200);
    QCOMPARE(sandbox.duplicateCount(), 0);
}

void TestSandbox::refusesAboveThroughput()
{
    SandboxOptions options;
    options.mps = 5;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    QList<HttpRequest> requests;
    for (int i = 0; i < 30; ++i)
        requests.append(sendRequest(sandbox, messageBody(u"+4915100000%1"_s.arg(i + 10))));
    Collected collected;
    sendAll(client, requests, collected, this);
    QTRY_COMPARE_WITH_TIMEOUT(collected.responses.size(), 30, 20000);
    int limited = 0;
    for (const HttpResponse &response : collected.responses)
        limited += errorCode(response) == 130429 ? 1 : 0;
    QVERIFY(limited > 0);
    QCOMPARE(sandbox.acceptedCount() + limited, 30);
}

void TestSandbox::refusesAboveTier()
{
    SandboxOptions options;
    options.tier = 3;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    QList<HttpRequest> requests;
    for (int i = 0; i < 4; ++i)
        requests.append(sendRequest(sandbox, messageBody(u"+4915100000%1"_s.arg(i + 10))));
    requests.append(sendRequest(sandbox, messageBody(u"+4915100000%1"_s.arg(10)))); // not new
    Collected collected;
    for (const HttpRequest &request : requests) { // one after another: order matters here
        const int before = int(collected.responses.size());
        sendAll(client, { request }, collected, this);
        QTRY_COMPARE(collected.responses.size(), before + 1);
    }
    QCOMPARE(collected.responses.at(2).status, 200);
    QCOMPARE(errorCode(collected.responses.at(3)), 131048);
    QCOMPARE(collected.responses.at(4).status, 200); // a recipient already reached is no new one
}

void TestSandbox::validatesLikeTheCloudApi_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QJsonObject valid = QJsonDocument::fromJson(messageBody(u"+4915123456789"_s)).object();
    const auto without = [&](const QString &key) {
        QJsonObject copy = valid;
        copy.remove(key);
        return QJsonDocument(copy).toJson();
    };
    QTest::newRow("not JSON") << "{oops"_ba << 100 << 400;
    QTest::newRow("no recipient_type") << without(u"recipient_type"_s) << 131008 << 400;
    QTest::newRow("no to") << without(u"to"_s) << 131008 << 400;
    QTest::newRow("short number") << messageBody(u"+49 151"_s) << 131009 << 400;
    QTest::newRow("unknown template")
        << messageBody(u"+4915123456789"_s, {}, u"nope"_s) << 132001 << 404;
    QTest::newRow("rejected template")
        << messageBody(u"+4915123456789"_s, {}, u"crypto_giveaway"_s) << 132001 << 404;
    QJsonObject text = valid;
    text.insert(u"type"_s, u"text"_s);
    text.insert(u"text"_s, QJsonObject { { u"body"_s, u"hi"_s } });
    QTest::newRow("text outside the window") << QJsonDocument(text).toJson() << 131047 << 400;
    QJsonObject noParams = valid;
    QJsonObject t = noParams.value(u"template").toObject();
    t.remove(u"components"_s);
    noParams.insert(u"template"_s, t);
    QTest::newRow("missing parameters") << QJsonDocument(noParams).toJson() << 132000 << 400;
}

void TestSandbox::validatesLikeTheCloudApi()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(int, status);
    SandboxServer sandbox(SandboxOptions {});
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    Collected collected;
    sendAll(client, { sendRequest(sandbox, body) }, collected, this);
    QTRY_COMPARE(collected.responses.size(), 1);
    QCOMPARE(collected.responses.first().status, status);
    QCOMPARE(errorCode(collected.responses.first()), code);
    const QJsonObject error = QJsonDocument::fromJson(collected.responses.first().body)
                                  .object()
                                  .value(u"error")
                                  .toObject();
    QVERIFY(
        error.value(u"message").toString().startsWith(u"(#"_s + QString::number(code) + u")"_s));
    QVERIFY(!error.value(u"fbtrace_id").toString().isEmpty());
    QCOMPARE(sandbox.acceptedCount(), 0);
}

void TestSandbox::countsDuplicates()
{
    SandboxServer sandbox(SandboxOptions {});
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    Collected collected;
    sendAll(client,
        { sendRequest(sandbox, messageBody(u"+4915123456789"_s, u"megaphone:r=1"_s)),
            sendRequest(sandbox, messageBody(u"+4915123456780"_s, u"megaphone:r=2"_s)),
            sendRequest(sandbox, messageBody(u"+4915123456789"_s, u"megaphone:r=1"_s)) },
        collected, this);
    QTRY_COMPARE(collected.responses.size(), 3);
    QCOMPARE(sandbox.acceptedCount(), 3);
    QCOMPARE(sandbox.duplicateCount(), 1);
}

void TestSandbox::postsSignedStatusWebhooks()
{
    test::ScriptedServer receiver;
    SandboxOptions options;
    options.webhookUrl = receiver.baseUrl().resolved(QUrl(u"/webhooks/meta/7"_s));
    options.appSecret = u"app-secret"_s;
    options.statusDelayMs = 10;
    options.seed = 1;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    Collected collected;
    sendAll(client, { sendRequest(sandbox, messageBody(u"+4915123456789"_s, u"megaphone:r=77"_s)) },
        collected, this);
    QTRY_COMPARE(collected.responses.size(), 1);
    const QString wamid = QJsonDocument::fromJson(collected.responses.first().body)
                              .object()
                              .value(u"messages")
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"id")
                              .toString();
    QSet<QString> statuses;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            statuses.clear();
            for (const HttpServerRequest &request : receiver.requests()) {
                const QJsonObject value = webhookValue(request.body);
                for (const QJsonValue &s : value.value(u"statuses").toArray())
                    statuses.insert(s.toObject().value(u"status").toString());
            }
            return statuses.contains(u"sent"_s) && statuses.contains(u"delivered"_s);
        }(),
        10000);
    for (const HttpServerRequest &request : receiver.requests()) {
        QCOMPARE(request.path, "/webhooks/meta/7"_ba);
        const QByteArray expected = "sha256="_ba
            + QMessageAuthenticationCode::hash(
                request.body, "app-secret"_ba, QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(request.header("x-hub-signature-256"_ba), expected);
        const QJsonObject payload = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(payload.value(u"object").toString(), u"whatsapp_business_account"_s);
        const QJsonObject value = webhookValue(request.body);
        QCOMPARE(value.value(u"metadata").toObject().value(u"phone_number_id").toString(),
            options.phoneNumberId);
        const QJsonObject status = value.value(u"statuses").toArray().first().toObject();
        QCOMPARE(status.value(u"id").toString(), wamid);
        QCOMPARE(status.value(u"biz_opaque_callback_data").toString(), u"megaphone:r=77"_s);
        QCOMPARE(status.value(u"recipient_id").toString(), u"4915123456789"_s);
    }
}

void TestSandbox::reportsAsyncFailuresByWebhook()
{
    test::ScriptedServer receiver;
    SandboxOptions options;
    options.webhookUrl = receiver.baseUrl();
    options.appSecret = u"s"_s;
    options.statusDelayMs = 10;
    options.failures = SandboxOptions::parseFailures(u"async-131049:1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    Collected collected;
    sendAll(client, { sendRequest(sandbox, messageBody(u"+4915123456789"_s, u"megaphone:r=5"_s)) },
        collected, this);
    QTRY_COMPARE(collected.responses.size(), 1);
    QCOMPARE(collected.responses.first().status, 200); // accepted first...
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.requests().isEmpty(), 10000);
    const QJsonObject status = webhookValue(receiver.requests().first().body)
                                   .value(u"statuses")
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(status.value(u"status").toString(), u"failed"_s); // ...then failed by webhook
    QCOMPARE(status.value(u"errors").toArray().first().toObject().value(u"code").toInt(), 131049);
    QCOMPARE(status.value(u"biz_opaque_callback_data").toString(), u"megaphone:r=5"_s);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
