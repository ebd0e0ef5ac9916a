// Each provider over real HTTP: against the sandbox (Meta) or a scripted loopback server
// (request bytes, headers, and every class of answer).
#include "HttpClient.h"
#include "MetaProvider.h"
#include "ProviderFactory.h"
#include "ProviderTestSupport.h"
#include "RelayProvider.h"
#include "SandboxServer.h"
#include "ScriptedServer.h"
#include "TwilioProvider.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

// A plain Meta account pointed at the sandbox: the real Meta provider code runs.
Account sandboxAccount(const SandboxOptions &options, const QUrl &base = {})
{
    Account a;
    a.baseUrl = base.toString();
    a.id = 7;
    a.provider = ProviderKind::Meta;
    a.label = u"Sandbox"_s;
    a.phoneNumberId = options.phoneNumberId;
    a.wabaId = options.wabaId;
    a.apiVersion = u"v23.0"_s;
    return a;
}

AccountSecrets secret(const QString &name, const QString &value)
{
    AccountSecrets s;
    s.set(name, value);
    return s;
}

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QUrlQuery formOf(const QByteArray &body)
{
    // Form bodies encode spaces as + (none here) and everything else as %XX.
    return QUrlQuery(QString::fromUtf8(body));
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metaSendsTemplateToSandbox_data();
    void metaSendsTemplateToSandbox();
    void metaRequestFollowsTheOpenApiDescription();
    void metaAnswerClasses_data();
    void metaAnswerClasses();
    void metaTimeoutAfterSendingIsAmbiguous();
    void metaMalformedAnswers_data();
    void metaMalformedAnswers();
    void metaRefusedBeforeSendingIsNotAccepted();
    void metaTestConnection();
    void metaTestConnectionWrongToken();
    void metaTemplatesFollowPaging();
    void dialog360UsesItsHeaderAndPaths();
    void twilioSendsForm();
    void twilioAnswerClasses_data();
    void twilioAnswerClasses();
    void twilioTemplatesFromContentApi();
    void relaySendsAndClassifies_data();
    void relaySendsAndClassifies();
    void relayTestConnection();
};

void TestProviders::metaSendsTemplateToSandbox_data()
{
    QTest::addColumn<bool>("h2c");
    QTest::newRow("http/1.1") << false;
    QTest::newRow("h2c") << true;
}

void TestProviders::metaSendsTemplateToSandbox()
{
    QFETCH(bool, h2c);
    SandboxOptions options;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient::Options clientOptions;
    clientOptions.h2cPriorKnowledge = h2c;
    HttpClient client(clientOptions);
    auto provider = createProvider(
        sandboxAccount(options, sandbox.baseUrl()), secret(u"access_token"_s, u"t0k"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered, 42);
    QVERIFY(outcome);
    QCOMPARE(outcome->answerClass, AnswerClass::Accepted);
    QVERIFY(outcome->messageId.startsWith(u"wamid."));
    QCOMPARE(outcome->messageStatus, u"accepted"_s);
    QCOMPARE(sandbox.acceptedCount(), 1);
    QCOMPARE(sandbox.accepted().first().callbackData, u"megaphone:r=42"_s);
    QCOMPARE(recipientIdFromCallbackData(sandbox.accepted().first().callbackData), 42);
    QCOMPARE(sandbox.duplicateCount(), 0);
}

void TestProviders::metaRequestFollowsTheOpenApiDescription()
{
    test::ScriptedServer server;
    server.answer(200, R"({"messaging_product":"whatsapp","contacts":[{"input":"+4915123456789",
        "wa_id":"4915123456789"}],"messages":[{"id":"wamid.X1","message_status":"held_for_quality_assessment"}]})");
    HttpClient client;
    Account account = sandboxAccount(SandboxOptions());
    account.baseUrl = server.baseUrl().toString();
    auto provider = createProvider(account, secret(u"access_token"_s, u"EAAG-token"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered, 9);
    QVERIFY(outcome);
    QCOMPARE(outcome->answerClass, AnswerClass::Accepted);
    QCOMPARE(outcome->messageStatus, u"held_for_quality_assessment"_s);

    const HttpServerRequest request = server.last();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, "/v23.0/100000000000001/messages"_ba);
    QCOMPARE(request.header("authorization"_ba), "Bearer EAAG-token"_ba);
    QVERIFY(request.header("content-type"_ba).startsWith("application/json"));
    const QJsonObject body = jsonOf(request.body);
    // BaseMessageProperties requires messaging_product, recipient_type, to and type;
    // TemplateObject requires name and language; LanguageObject requires policy and code.
    QCOMPARE(body.value(u"messaging_product").toString(), u"whatsapp"_s);
    QCOMPARE(body.value(u"recipient_type").toString(), u"individual"_s);
    QCOMPARE(body.value(u"to").toString(), u"+4915123456789"_s);
    QCOMPARE(body.value(u"type").toString(), u"template"_s);
    const QJsonObject t = body.value(u"template").toObject();
    QCOMPARE(t.value(u"name").toString(), u"spring_sale"_s);
    QCOMPARE(t.value(u"language").toObject().value(u"code").toString(), u"en_US"_s);
    QCOMPARE(t.value(u"language").toObject().value(u"policy").toString(), u"deterministic"_s);
    QCOMPARE(t.value(u"components").toArray(), rendered.components);
    QCOMPARE(body.value(u"biz_opaque_callback_data").toString(), u"megaphone:r=9"_s);
}

void TestProviders::metaAnswerClasses_data()
{
    QTest::addColumn<QString>("failures");
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<int>("answerClass");
    QTest::addColumn<QString>("code");
    const QString sale = u"spring_sale"_s;
    QTest::newRow("131026 undeliverable")
        << u"131026:1"_s << sale << int(AnswerClass::RecipientPermanent) << u"131026"_s;
    QTest::newRow("130429 throughput")
        << u"130429:1"_s << sale << int(AnswerClass::RateLimited) << u"130429"_s;
    QTest::newRow("131056 pair rate")
        << u"131056:1"_s << sale << int(AnswerClass::PairLimited) << u"131056"_s;
    QTest::newRow("190 token expired")
        << u"190:1"_s << sale << int(AnswerClass::CampaignFatal) << u"190"_s;
    QTest::newRow("131000 unknown")
        << u"131000:1"_s << sale << int(AnswerClass::Ambiguous) << u"131000"_s;
    QTest::newRow("133004 unavailable")
        << u"133004:1"_s << sale << int(AnswerClass::NotAccepted) << u"133004"_s;
    QTest::newRow("drop after reading")
        << u"drop:1"_s << sale << int(AnswerClass::Ambiguous) << QString();
    QTest::newRow("pending template")
        << QString() << u"welcome_back"_s << int(AnswerClass::CampaignFatal) << u"132001"_s;
    QTest::newRow("paused template")
        << QString() << u"flash_deal"_s << int(AnswerClass::CampaignFatal) << u"132015"_s;
}

void TestProviders::metaAnswerClasses()
{
    QFETCH(QString, failures);
    QFETCH(QString, templateName);
    QFETCH(int, answerClass);
    QFETCH(QString, code);
    SandboxOptions options;
    options.failures = SandboxOptions::parseFailures(failures).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    auto provider = createProvider(
        sandboxAccount(options, sandbox.baseUrl()), secret(u"access_token"_s, u"t"_s), &client);
    RenderedMessage rendered = test::springSale();
    rendered.templateName = templateName;
    if (templateName != u"spring_sale") {
        rendered.components = QJsonArray { QJsonObject { { u"type"_s, u"body"_s },
            { u"parameters"_s,
                QJsonArray {
                    QJsonObject { { u"type"_s, u"text"_s }, { u"text"_s, u"Kim"_s } } } } } };
    }
    const auto outcome = test::sendTo(*provider, rendered, 1);
    QVERIFY(outcome);
    QCOMPARE(int(outcome->answerClass), answerClass);
    if (!code.isEmpty())
        QCOMPARE(outcome->code, code);
    QVERIFY(!outcome->explanation.isEmpty());
}

void TestProviders::metaTimeoutAfterSendingIsAmbiguous()
{
    SandboxOptions options;
    options.failures = SandboxOptions::parseFailures(u"timeout:1"_s).value();
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient::Options clientOptions;
    clientOptions.defaultTimeoutMs = 300;
    HttpClient client(clientOptions);
    auto provider = createProvider(
        sandboxAccount(options, sandbox.baseUrl()), secret(u"access_token"_s, u"t"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered, 3);
    QVERIFY(outcome);
    QCOMPARE(outcome->answerClass, AnswerClass::Ambiguous);
    QCOMPARE(sandbox.acceptedCount(), 1); // it was accepted: a retry would have sent it twice
}

void TestProviders::metaMalformedAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("answerClass");
    QTest::newRow("200 not JSON") << 200 << "<html>ok</html>"_ba << int(AnswerClass::Ambiguous);
    QTest::newRow("200 without id")
        << 200 << R"({"messages":[]})"_ba << int(AnswerClass::Ambiguous);
    QTest::newRow("502 bare") << 502 << QByteArray() << int(AnswerClass::Ambiguous);
    QTest::newRow("429 bare") << 429 << QByteArray() << int(AnswerClass::RateLimited);
    QTest::newRow("401 bare") << 401 << QByteArray() << int(AnswerClass::CampaignFatal);
    QTest::newRow("400 unknown code") << 400 << R"({"error":{"code":987654,"message":"new"}})"_ba
                                      << int(AnswerClass::RecipientPermanent);
}

void TestProviders::metaMalformedAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, answerClass);
    test::ScriptedServer server;
    server.answer(status, body);
    HttpClient client;
    Account account = sandboxAccount(SandboxOptions());
    account.baseUrl = server.baseUrl().toString();
    auto provider = createProvider(account, secret(u"access_token"_s, u"t"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered);
    QVERIFY(outcome);
    QCOMPARE(int(outcome->answerClass), answerClass);
}

void TestProviders::metaRefusedBeforeSendingIsNotAccepted()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HttpClient client;
    Account account = sandboxAccount(SandboxOptions());
    account.baseUrl = u"http://127.0.0.1:"_s + QString::number(port);
    auto provider = createProvider(account, secret(u"access_token"_s, u"t"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered);
    QVERIFY(outcome);
    QCOMPARE(outcome->answerClass, AnswerClass::NotAccepted);
}

void TestProviders::metaTestConnection()
{
    SandboxOptions options;
    options.tier = 2000;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    auto provider = createProvider(
        sandboxAccount(options, sandbox.baseUrl()), secret(u"access_token"_s, u"t"_s), &client);
    const auto result
        = test::waitFor<Result<ConnectionInfo>>([&](auto done) { provider->testConnection(done); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE(result->value().displayNumber, options.displayNumber);
    QCOMPARE(result->value().verifiedName, options.verifiedName);
    QCOMPARE(result->value().qualityRating, u"GREEN"_s);
    QCOMPARE(result->value().throughputMps, 80);
    QCOMPARE(result->value().messagingLimit, 2000);
    QVERIFY(result->value().summary.contains(options.displayNumber));
}

void TestProviders::metaTestConnectionWrongToken()
{
    SandboxOptions options;
    options.accessToken = u"the-right-token"_s;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    auto provider = createProvider(
        sandboxAccount(options, sandbox.baseUrl()), secret(u"access_token"_s, u"wrong"_s), &client);
    const auto result
        = test::waitFor<Result<ConnectionInfo>>([&](auto done) { provider->testConnection(done); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY2(result->error().message.contains(u"190"), qPrintable(result->error().message));
}

void TestProviders::metaTemplatesFollowPaging()
{
    SandboxOptions options;
    options.templatePageSize = 5;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen().ok());
    HttpClient client;
    auto provider = createProvider(
        sandboxAccount(options, sandbox.baseUrl()), secret(u"access_token"_s, u"t"_s), &client);
    int pagesSeen = 0;
    const auto result = test::waitFor<Result<QList<RemoteTemplate>>>([&](auto done) {
        provider->listTemplates(done, [&](int pages, int) { pagesSeen = pages; });
    });
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->value().size(), sandbox.templates().size());
    QCOMPARE(pagesSeen, int((sandbox.templates().size() + 4) / 5));
    const RemoteTemplate first = result->value().first();
    QCOMPARE(first.name, u"spring_sale"_s);
    QCOMPARE(first.status, u"APPROVED"_s);
    QVERIFY(!first.components.isEmpty());
    QVERIFY(!first.remoteId.isEmpty());
}

void TestProviders::dialog360UsesItsHeaderAndPaths()
{
    test::ScriptedServer server;
    server.setScript([](const HttpServerRequest &request) {
        HttpServerResponse response;
        response.headers = { { "Content-Type", "application/json" } };
        if (request.path == "/messages") {
            response.body = R"({"messages":[{"id":"wamid.D360"}]})";
        } else {
            const int offset
                = QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(u"offset"_s).toInt();
            const QByteArray name = offset == 0 ? "first" : "second";
            response.body = R"({"count":1,"total":2,"offset":)" + QByteArray::number(offset)
                + R"(,"waba_templates":[{"name":")" + name
                + R"(","language":"en","status":"approved","category":"MARKETING",
                               "components":[{"type":"BODY","text":"Hi {{1}}"}]}]})";
        }
        return response;
    });
    HttpClient client;
    Account account;
    account.provider = ProviderKind::Dialog360;
    account.baseUrl = server.baseUrl().toString();
    auto provider = createProvider(account, secret(u"api_key"_s, u"D360KEY"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered, 5);
    QVERIFY(outcome);
    QCOMPARE(outcome->answerClass, AnswerClass::Accepted);
    QCOMPARE(server.last().path, "/messages"_ba);
    QCOMPARE(server.last().header("d360-api-key"_ba), "D360KEY"_ba);
    QVERIFY(server.last().header("authorization"_ba).isEmpty());
    QCOMPARE(jsonOf(server.last().body).value(u"messaging_product").toString(), u"whatsapp"_s);

    const auto listed = test::waitFor<Result<QList<RemoteTemplate>>>(
        [&](auto done) { provider->listTemplates(done); });
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().size(), 2);
    QCOMPARE(listed->value().at(1).name, u"second"_s);
    QCOMPARE(listed->value().at(1).status, u"APPROVED"_s);
    QCOMPARE(server.last().path, "/v1/configs/templates"_ba);
}

void TestProviders::twilioSendsForm()
{
    test::ScriptedServer server;
    server.answer(201, R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"})");
    HttpClient client;
    Account account;
    account.id = 12;
    account.provider = ProviderKind::Twilio;
    account.baseUrl = server.baseUrl().toString();
    account.settings = QJsonObject { { u"account_sid"_s, u"AC11111111111111111111111111111111"_s },
        { u"from"_s, u"+15550100001"_s },
        { u"callback_base_url"_s, u"https://hooks.example.com/"_s } };
    TwilioProvider provider(account, secret(u"auth_token"_s, u"tw-secret"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(provider, rendered, 42, u"HX0123456789abcdef0123456789abcdef"_s);
    QVERIFY(outcome);
    QCOMPARE(outcome->answerClass, AnswerClass::Accepted);
    QCOMPARE(outcome->messageId, u"SM0123456789abcdef0123456789abcdef"_s);

    const HttpServerRequest request = server.last();
    QCOMPARE(
        request.path, "/2010-04-01/Accounts/AC11111111111111111111111111111111/Messages.json"_ba);
    QCOMPARE(request.header("authorization"_ba),
        "Basic "_ba + "AC11111111111111111111111111111111:tw-secret"_ba.toBase64());
    QCOMPARE(request.header("content-type"_ba), "application/x-www-form-urlencoded"_ba);
    QVERIFY2(request.body.contains("To=whatsapp%3A%2B4915123456789"), request.body.constData());
    const QUrlQuery form = formOf(request.body);
    QCOMPARE(form.queryItemValue(u"From"_s, QUrl::FullyDecoded), u"whatsapp:+15550100001"_s);
    QCOMPARE(form.queryItemValue(u"ContentSid"_s, QUrl::FullyDecoded),
        u"HX0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(jsonOf(form.queryItemValue(u"ContentVariables"_s, QUrl::FullyDecoded).toUtf8()),
        rendered.contentVariables);
    QCOMPARE(form.queryItemValue(u"StatusCallback"_s, QUrl::FullyDecoded),
        u"https://hooks.example.com/webhooks/twilio/12?recipient=42"_s);
    QVERIFY(!form.hasQueryItem(u"Body"_s));
}

void TestProviders::twilioAnswerClasses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("answerClass");
    const auto error = [](int code, int status) -> QByteArray {
        return R"({"code":)" + QByteArray::number(code)
            + R"(,"message":"m","more_info":"https://www.twilio.com/docs/errors/)"
            + QByteArray::number(code) + R"(","status":)" + QByteArray::number(status) + "}";
    };
    QTest::newRow("21610 unsubscribed")
        << 400 << error(21610, 400) << int(AnswerClass::RecipientOptedOut);
    QTest::newRow("21211 invalid To")
        << 400 << error(21211, 400) << int(AnswerClass::RecipientPermanent);
    QTest::newRow("20429 too many") << 429 << error(20429, 429) << int(AnswerClass::RateLimited);
    QTest::newRow("20003 auth") << 401 << error(20003, 401) << int(AnswerClass::CampaignFatal);
    QTest::newRow("63028 params") << 400 << error(63028, 400) << int(AnswerClass::CampaignFatal);
    QTest::newRow("201 without sid")
        << 201 << R"({"status":"queued"})"_ba << int(AnswerClass::Ambiguous);
}

void TestProviders::twilioAnswerClasses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, answerClass);
    test::ScriptedServer server;
    server.answer(status, body);
    HttpClient client;
    Account account;
    account.provider = ProviderKind::Twilio;
    account.baseUrl = server.baseUrl().toString();
    account.settings
        = QJsonObject { { u"account_sid"_s, u"AC1"_s }, { u"from"_s, u"+15550100001"_s } };
    TwilioProvider provider(account, secret(u"auth_token"_s, u"x"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(provider, rendered, 0, u"HX1"_s);
    QVERIFY(outcome);
    QCOMPARE(int(outcome->answerClass), answerClass);
}

void TestProviders::twilioTemplatesFromContentApi()
{
    test::ScriptedServer server;
    const QString base = server.baseUrl().toString();
    server.setScript([base](const HttpServerRequest &request) {
        HttpServerResponse response;
        response.headers = { { "Content-Type", "application/json" } };
        const bool second = request.query.contains("Page=1");
        const QString next
            = second ? QString() : base + u"/v1/ContentAndApprovals?PageSize=100&Page=1"_s;
        const QJsonObject content = second
            ? QJsonObject { { u"sid"_s, u"HX2"_s }, { u"friendly_name"_s, u"sale_cta"_s },
                  { u"language"_s, u"en"_s },
                  { u"variables"_s, QJsonObject { { u"1"_s, u"Maria"_s } } },
                  { u"types"_s,
                      QJsonObject { { u"twilio/call-to-action"_s,
                          QJsonObject { { u"body"_s, u"Hi {{1}}, the sale is on"_s },
                              { u"actions"_s,
                                  QJsonArray { QJsonObject { { u"type"_s, u"URL"_s },
                                      { u"title"_s, u"Shop"_s },
                                      { u"url"_s,
                                          u"https://shop.example.com/{{2}}"_s } } } } } } } },
                  { u"approval_requests"_s,
                      QJsonObject { { u"name"_s, u"sale_cta"_s }, { u"category"_s, u"MARKETING"_s },
                          { u"status"_s, u"approved"_s } } } }
            : QJsonObject { { u"sid"_s, u"HX1"_s }, { u"friendly_name"_s, u"opt_in"_s },
                  { u"language"_s, u"es"_s },
                  { u"types"_s,
                      QJsonObject { { u"twilio/quick-reply"_s,
                          QJsonObject { { u"body"_s, u"¿Quieres ofertas?"_s },
                              { u"actions"_s,
                                  QJsonArray { QJsonObject {
                                      { u"title"_s, u"Sí"_s }, { u"id"_s, u"yes"_s } } } } } } } },
                  { u"approval_requests"_s,
                      QJsonObject { { u"name"_s, u"opt_in"_s }, { u"category"_s, u"UTILITY"_s },
                          { u"status"_s, u"pending"_s } } } };
        const QJsonObject page { { u"contents"_s, QJsonArray { content } },
            { u"meta"_s,
                QJsonObject {
                    { u"next_page_url"_s, next.isEmpty() ? QJsonValue() : QJsonValue(next) } } } };
        response.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        return response;
    });
    HttpClient client;
    Account account;
    account.provider = ProviderKind::Twilio;
    account.settings
        = QJsonObject { { u"account_sid"_s, u"AC1"_s }, { u"content_base_url"_s, base } };
    TwilioProvider provider(account, secret(u"auth_token"_s, u"x"_s), &client);
    const auto listed = test::waitFor<Result<QList<RemoteTemplate>>>(
        [&](auto done) { provider.listTemplates(done); });
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().size(), 2);
    const RemoteTemplate optIn = listed->value().at(0);
    QCOMPARE(optIn.remoteId, u"HX1"_s);
    QCOMPARE(optIn.status, u"PENDING"_s);
    QCOMPARE(optIn.category, u"UTILITY"_s);
    const QJsonArray optInComponents = optIn.components;
    QCOMPARE(optInComponents.last()
                 .toObject()
                 .value(u"buttons")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"type")
                 .toString(),
        u"QUICK_REPLY"_s);
    const RemoteTemplate sale = listed->value().at(1);
    QCOMPARE(sale.status, u"APPROVED"_s);
    QCOMPARE(sale.components.first().toObject().value(u"text").toString(),
        u"Hi {{1}}, the sale is on"_s);
    QCOMPARE(server.requests().first().path, "/v1/ContentAndApprovals"_ba);
}

void TestProviders::relaySendsAndClassifies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("answerClass");
    QTest::newRow("200 success") << 200 << R"({"status":"success","messageId":"r-1"})"_ba
                                 << int(AnswerClass::Accepted);
    QTest::newRow("200 without id")
        << 200 << R"({"status":"success"})"_ba << int(AnswerClass::Ambiguous);
    QTest::newRow("400 invalid") << 400 << R"({"error":"invalid phone"})"_ba
                                 << int(AnswerClass::RecipientPermanent);
    QTest::newRow("401 wrong secret")
        << 401 << R"({"error":"unauthorized"})"_ba << int(AnswerClass::CampaignFatal);
}

void TestProviders::relaySendsAndClassifies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, answerClass);
    test::ScriptedServer server;
    server.answer(status, body);
    HttpClient client;
    Account account;
    account.provider = ProviderKind::Relay;
    account.baseUrl = server.baseUrl().toString() + u"/relay/"_s;
    auto provider = createProvider(account, secret(u"relay_secret"_s, u"s3cret"_s), &client);
    const RenderedMessage rendered = test::springSale();
    const auto outcome = test::sendTo(*provider, rendered);
    QVERIFY(outcome);
    QCOMPARE(int(outcome->answerClass), answerClass);
    const HttpServerRequest request = server.last();
    QCOMPARE(request.path, "/relay/v1/send-message"_ba);
    QCOMPARE(request.header("x-internal-secret"_ba), "s3cret"_ba);
    const QJsonObject sent = jsonOf(request.body);
    QCOMPARE(sent.value(u"phone").toString(), u"+4915123456789"_s);
    QCOMPARE(sent.value(u"message").toString(), rendered.text);
    QCOMPARE(sent.value(u"media_url").toString(), rendered.mediaUrl);
    if (answerClass == int(AnswerClass::Accepted))
        QCOMPARE(outcome->messageId, u"r-1"_s);
}

void TestProviders::relayTestConnection()
{
    test::ScriptedServer server;
    HttpClient client;
    Account account;
    account.provider = ProviderKind::Relay;
    account.baseUrl = server.baseUrl().toString();
    auto provider = createProvider(account, secret(u"relay_secret"_s, u"s"_s), &client);
    server.answer(400, R"({"error":"phone is required"})");
    auto result
        = test::waitFor<Result<ConnectionInfo>>([&](auto done) { provider->testConnection(done); });
    QVERIFY(result && result->ok());
    QCOMPARE(server.last().body, "{}"_ba); // nothing that could be sent
    server.answer(401, R"({"error":"unauthorized"})");
    result
        = test::waitFor<Result<ConnectionInfo>>([&](auto done) { provider->testConnection(done); });
    QVERIFY(result && !result->ok());
    QVERIFY(result->error().message.contains(u"401"));
}

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
