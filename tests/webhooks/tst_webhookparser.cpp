// The webhook parsers and signatures: pure functions, no I/O. Payload shapes from
// WHATSAPP_API.md section 4 (Meta) and 8.3 (Twilio); signature vectors computed
// independently (Python's hmac; Twilio's own published example).
#include "WebhookParser.h"
#include "WebhookSignature.h"
#include "WebhookStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestWebhookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metaStatuses();
    void metaInboundAndPreferences();
    void malformedIsAnErrorInWords_data();
    void malformedIsAnErrorInWords();
    void timestampsOutOfRange_data();
    void timestampsOutOfRange();
    void twilioCallback();
    void twilioMessage_data();
    void twilioMessage();
    void callbackDataAndNumbers();
    void metaSignature();
    void twilioSignature();
    void optOutKeywords_data();
    void optOutKeywords();
};

void TestWebhookParser::metaStatuses()
{
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[
      {"field":"messages","value":{"messaging_product":"whatsapp",
        "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
        "statuses":[
          {"id":"wamid.A","status":"delivered","timestamp":"1750030073","recipient_id":"16505551234",
           "biz_opaque_callback_data":"megaphone:r=42","pricing":{"category":"marketing"}},
          {"id":"wamid.B","status":"failed","timestamp":"1750030074","recipient_id":"5511987654321",
           "errors":[{"code":131049,"title":"This message was not delivered to maintain healthy ecosystem engagement.",
                      "error_data":{"details":"In order to maintain a healthy ecosystem"}}]},
          {"status":"sent"}]}}]}]})";
    const auto events = WebhookParser::meta(body, u"meta"_s);
    QVERIFY(events.ok());
    QCOMPARE(events->statuses.size(), 2); // the one without an id is dropped
    const StatusEvent &a = events->statuses[0];
    QCOMPARE(a.messageId, u"wamid.A"_s);
    QCOMPARE(a.status, u"delivered"_s);
    QCOMPARE(a.atMs, 1750030073000LL);
    QCOMPARE(a.recipientPhone, u"+16505551234"_s);
    QCOMPARE(a.recipientId, 42LL);
    QCOMPARE(a.source, u"meta"_s);
    const StatusEvent &b = events->statuses[1];
    QCOMPARE(b.status, u"failed"_s);
    QCOMPARE(b.errorCode, u"131049"_s);
    QVERIFY(b.errorTitle.contains(u"healthy ecosystem engagement"));
    QVERIFY(b.errorTitle.contains(u"In order to maintain"));
    QCOMPARE(b.recipientId, 0LL);
    // Stored and read back, with a key that is the same for the same event.
    const QList<StoredEvent> stored = StoredEvent::from(events.value());
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].dedupeKey, u"status:meta:wamid.A:delivered"_s);
    const StatusEvent back = StoredEvent::status(stored[1].payload);
    QCOMPARE(back.errorCode, b.errorCode);
    QCOMPARE(back.recipientPhone, b.recipientPhone);
}

void TestWebhookParser::metaInboundAndPreferences()
{
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[
      {"field":"messages","value":{"metadata":{"phone_number_id":"1"},
        "contacts":[{"profile":{"name":"Ana"},"wa_id":"5511987654321"}],
        "messages":[
          {"from":"5511987654321","id":"wamid.in1","timestamp":"1750030100","type":"text","text":{"body":" Stop! "}},
          {"from":"5511987654321","id":"wamid.in2","timestamp":"1750030101","type":"button",
           "context":{"from":"15550783881","id":"wamid.campaign"},
           "button":{"payload":"STOP_PROMOTIONS","text":"Stop promotions"}},
          {"from":"5511987654321","id":"wamid.in3","timestamp":"1750030102","type":"interactive",
           "interactive":{"type":"button_reply","button_reply":{"id":"unsub","title":"Unsubscribe"}}},
          {"from":"5511987654321","id":"wamid.in4","timestamp":"1750030103","type":"unsupported",
           "errors":[{"code":131051,"title":"Message type unknown"}]}]}},
      {"field":"user_preferences","value":{"user_preferences":[
          {"wa_id":"5511987654321","detail":"User requested to stop marketing messages",
           "category":"marketing_messages","value":"stop","timestamp":1750030200}]}}]}]})";
    const auto events = WebhookParser::meta(body, u"360dialog"_s);
    QVERIFY(events.ok());
    QCOMPARE(events->inbound.size(), 4);
    QCOMPARE(events->inbound[0].text, u" Stop! "_s);
    QCOMPARE(events->inbound[0].fromPhone, u"+5511987654321"_s);
    QCOMPARE(events->inbound[1].text, u"STOP_PROMOTIONS\nStop promotions"_s);
    QCOMPARE(events->inbound[1].contextId, u"wamid.campaign"_s);
    QCOMPARE(events->inbound[2].text, u"unsub\nUnsubscribe"_s);
    QCOMPARE(events->inbound[3].type, u"unsupported"_s); // its error concerns it alone
    QVERIFY(events->statuses.isEmpty());
    QCOMPARE(events->preferences.size(), 1);
    QCOMPARE(events->preferences[0].value, u"stop"_s);
    QCOMPARE(events->preferences[0].atMs, 1750030200000LL);
    QCOMPARE(events->preferences[0].source, u"360dialog"_s);
}

void TestWebhookParser::malformedIsAnErrorInWords_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"entry\": [");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no entry") << QByteArray(R"({"object":"page"})");
    QTest::newRow("entry not a list") << QByteArray(R"({"entry":{"a":1}})");
}

void TestWebhookParser::malformedIsAnErrorInWords()
{
    QFETCH(QByteArray, body);
    const auto events = WebhookParser::meta(body, u"meta"_s);
    QVERIFY(!events.ok());
    QCOMPARE(events.error().code, u"malformed"_s);
    QVERIFY(!events.error().message.isEmpty());
    // Odd but well-formed shapes are read as far as they go, never a crash.
    QVERIFY(WebhookParser::meta(R"({"entry":[1,"x",{"changes":[null,{"value":[]}]}]})", u"meta"_s)
                .ok());
}

// Found by tests/fuzz: seconds past what 64-bit milliseconds hold were undefined behaviour.
void TestWebhookParser::timestampsOutOfRange_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("atMs");
    QTest::newRow("string") << QByteArray(R"("1750030073")") << 1750030073000LL;
    QTest::newRow("number") << QByteArray("1750030073") << 1750030073000LL;
    QTest::newRow("largest string") << QByteArray(R"("9223372036854775")")
                                    << 9223372036854775000LL;
    QTest::newRow("string past 64 bits of ms") << QByteArray(R"("9223372036854776")") << 0LL;
    QTest::newRow("string past 64 bits") << QByteArray(R"("9223372036854775807")") << 0LL;
    QTest::newRow("huge number") << QByteArray("1e300") << 0LL;
    QTest::newRow("number past 64 bits of ms") << QByteArray("9223372036854776") << 0LL;
    QTest::newRow("negative") << QByteArray("-1e300") << 0LL;
    QTest::newRow("not a number") << QByteArray(R"("soon")") << 0LL;
}

void TestWebhookParser::timestampsOutOfRange()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(qint64, atMs);
    const QByteArray body = R"({"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.A",)"
                            R"("status":"sent","timestamp":)"
                            + timestamp + "}]}}]}]}";
    const auto events = WebhookParser::meta(body, u"meta"_s);
    QVERIFY(events.ok());
    QCOMPARE(events->statuses.size(), 1);
    QCOMPARE(events->statuses[0].atMs, atMs);
}

void TestWebhookParser::twilioCallback()
{
    const QByteArray form = "MessageSid=SM123&MessageStatus=undelivered&AccountSid=AC1&"
                            "From=whatsapp%3A%2B14155238886&To=whatsapp%3A%2B5511987654321&"
                            "ErrorCode=63016&ErrorMessage=Outside+the+window";
    const auto events = WebhookParser::twilio(form, 7);
    QVERIFY(events.ok());
    QCOMPARE(events->statuses.size(), 1);
    const StatusEvent &e = events->statuses[0];
    QCOMPARE(e.status, u"failed"_s);
    QCOMPARE(e.recipientPhone, u"+5511987654321"_s);
    QCOMPARE(e.recipientId, 7LL);
    QCOMPARE(e.errorCode, u"63016"_s);
    QCOMPARE(e.errorTitle, u"Outside the window"_s);
    QCOMPARE(e.source, u"twilio"_s);
    QVERIFY(WebhookParser::twilio("MessageSid=SM1&MessageStatus=queued", 1)->statuses.isEmpty());
    QVERIFY(!WebhookParser::twilio("Body=hello", 1).ok());
}

// A polled Twilio Message resource (GET .../Messages/<Sid>.json).
void TestWebhookParser::twilioMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("status"); // empty: nothing to record
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("atMs");
    QTest::newRow("delivered")
        << QByteArray(R"({"sid":"SM1","status":"delivered","to":"whatsapp:+5511987654321",)"
                      R"("error_code":null,"date_updated":"Thu, 30 Jul 2015 20:12:33 +0000"})")
        << true << u"delivered"_s << QString() << 1438287153000LL;
    QTest::newRow("undelivered with a numeric code")
        << QByteArray(R"({"sid":"SM1","status":"undelivered","to":"whatsapp:+5511987654321",)"
                      R"("error_code":63016,"error_message":"Outside the window"})")
        << true << u"failed"_s << u"63016"_s << 0LL;
    QTest::newRow("read, date in another zone")
        << QByteArray(R"({"sid":"SM1","status":"read","date_updated":"Fri, 31 Jul 2015 01:42:33 +0530"})")
        << true << u"read"_s << QString() << 1438287153000LL;
    QTest::newRow("queued says nothing")
        << QByteArray(R"({"sid":"SM1","status":"queued"})") << true << QString() << QString() << 0LL;
    QTest::newRow("no sid") << QByteArray(R"({"status":"read"})") << false << QString() << QString()
                            << 0LL;
    QTest::newRow("not JSON") << QByteArray("<Response/>") << false << QString() << QString() << 0LL;
    QTest::newRow("an array") << QByteArray("[]") << false << QString() << QString() << 0LL;
}

void TestWebhookParser::twilioMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, status);
    QFETCH(QString, code);
    QFETCH(qint64, atMs);
    const auto events = WebhookParser::twilioMessage(json, 9);
    QCOMPARE(events.ok(), ok);
    if (!ok) {
        QVERIFY(!events.error().message.isEmpty());
        return;
    }
    QCOMPARE(events->statuses.size(), status.isEmpty() ? 0 : 1);
    if (status.isEmpty())
        return;
    const StatusEvent &e = events->statuses[0];
    QCOMPARE(e.status, status);
    QCOMPARE(e.errorCode, code);
    QCOMPARE(e.atMs, atMs);
    QCOMPARE(e.recipientId, 9LL);
    QCOMPARE(e.source, u"twilio"_s);
}

void TestWebhookParser::callbackDataAndNumbers()
{
    QCOMPARE(WebhookParser::recipientFromCallbackData(u"megaphone:r=123"_s), 123LL);
    QCOMPARE(WebhookParser::recipientFromCallbackData(u"megaphone:c=4;r=99"_s), 99LL);
    QCOMPARE(WebhookParser::recipientFromCallbackData(u"megaphone:r=-1"_s), 0LL);
    QCOMPARE(WebhookParser::recipientFromCallbackData(u"other:r=5"_s), 0LL);
    QCOMPARE(WebhookParser::recipientFromCallbackData(QString()), 0LL);
    QCOMPARE(WebhookParser::e164(u"16505551234"_s), u"+16505551234"_s);
    QCOMPARE(WebhookParser::e164(u"+44 20"_s), QString());
    QCOMPARE(WebhookParser::e164(u"1234567890123456"_s), QString());
}

void TestWebhookParser::metaSignature()
{
    const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})";
    const QByteArray good = "sha256=d3e4f9da0ce6c71ab3dba55929b8eeeee2455349e534924ead19f98d143e904f";
    QCOMPARE(WebhookSignature::meta(body, u"app-secret"_s), good);
    QVERIFY(WebhookSignature::verifyMeta(body, good, u"app-secret"_s));
    QVERIFY(WebhookSignature::verifyMeta(body, good.toUpper().replace("SHA256=", "sha256="),
                                         u"app-secret"_s));
    QVERIFY(!WebhookSignature::verifyMeta(body + ' ', good, u"app-secret"_s));
    QVERIFY(!WebhookSignature::verifyMeta(body, good, u"other"_s));
    QVERIFY(!WebhookSignature::verifyMeta(body, good.mid(7), u"app-secret"_s));
    QVERIFY(!WebhookSignature::verifyMeta(body, QByteArray(), u"app-secret"_s));
    QVERIFY(!WebhookSignature::verifyMeta(body, good, QString())); // no secret: nothing passes
}

// Twilio's published example (twilio-python's request validator test).
void TestWebhookParser::twilioSignature()
{
    const QString url = u"https://mycompany.com/myapp.php?foo=1&bar=2"_s;
    const QByteArray form = "To=%2B18005551212&From=%2B14158675309&Digits=1234&"
                            "Caller=%2B14158675309&CallSid=CA1234567890ABCDE";
    const auto params = WebhookSignature::formParams(form);
    QCOMPARE(params.size(), 5);
    QCOMPARE(WebhookSignature::twilio(url, params, u"12345"_s), QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QVERIFY(WebhookSignature::verifyTwilio(url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", u"12345"_s));
    QVERIFY(!WebhookSignature::verifyTwilio(url + u"&x=1"_s, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
                                            u"12345"_s));
    QVERIFY(!WebhookSignature::verifyTwilio(url, params, "", u"12345"_s));
}

void TestWebhookParser::optOutKeywords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("optsOut");
    QTest::newRow("stop") << u"STOP"_s << true;
    QTest::newRow("spaces, case, punctuation") << u"  stop!! "_s << true;
    QTest::newRow("spanish") << u"Baja"_s << true;
    QTest::newRow("portuguese") << u"PARAR"_s << true;
    QTest::newRow("hindi") << u"बंद करें"_s << true;
    QTest::newRow("quick reply title") << u"STOP_PROMOTIONS\nStop promotions"_s << true;
    QTest::newRow("inside a sentence") << u"please don't stop sending"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWebhookParser::optOutKeywords()
{
    QFETCH(QString, text);
    QFETCH(bool, optsOut);
    const QStringList keywords{u"STOP"_s, u"Stop promotions"_s, u"UNSUBSCRIBE"_s, u"BAJA"_s,
                               u"PARAR"_s, u"बंद करें"_s};
    QCOMPARE(WebhookStore::isOptOut(text, keywords), optsOut);
}

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
