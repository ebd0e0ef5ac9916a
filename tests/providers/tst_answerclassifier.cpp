#include "AnswerClassifier.h"
#include "Clock.h"
#include "HttpClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTimeZone>
#include <QtTest>

using namespace megaphone;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {

using C = AnswerClass;

HttpResponse answer(int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

// Meta's synchronous error shape (WHATSAPP_API.md section 2.1).
QByteArray metaError(int code)
{
    const QJsonObject error { { u"message"_s, u"(#%1) Title"_s.arg(code) },
        { u"type"_s, u"OAuthException"_s }, { u"code"_s, code },
        { u"error_data"_s,
            QJsonObject {
                { u"messaging_product"_s, u"whatsapp"_s }, { u"details"_s, u"Some details."_s } } },
        { u"error_subcode"_s, 2494055 }, { u"fbtrace_id"_s, u"Az8or2yhqkZfEZ-_4Qn_Bam"_s } };
    return QJsonDocument(QJsonObject { { u"error"_s, error } }).toJson(QJsonDocument::Compact);
}

// Twilio's error envelope (WHATSAPP_API.md section 8.2).
QByteArray twilioError(int code, int status)
{
    const QJsonObject error { { u"code"_s, code }, { u"message"_s, u"Twilio says no"_s },
        { u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code) },
        { u"status"_s, status } };
    return QJsonDocument(error).toJson(QJsonDocument::Compact);
}

QString fallbackWords(int code)
{
    return u"error %1."_s.arg(code); // the end of the explanation for unlisted codes
}

} // namespace

class TestAnswerClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metaCodes_data();
    void metaCodes();
    void twilioCodes_data();
    void twilioCodes();
    void relay_data();
    void relay();
    void httpStatusOnly_data();
    void httpStatusOnly();
    void metaSuccess_data();
    void metaSuccess();
    void twilioSuccess();
    void malformedBodies_data();
    void malformedBodies();
    void retryAfter_data();
    void retryAfter();
    void transport_data();
    void transport();
    void answerClassNames_data();
    void answerClassNames();
    void explanationsAreWords();
};

void TestAnswerClassifier::metaCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("mediaPerRecipient");
    QTest::addColumn<AnswerClass>("expected");
    QTest::addColumn<bool>("listed");
    const auto row = [](int code, int status, C expected, bool perRecipient = false) {
        QTest::addRow("%d/%d%s", code, status, perRecipient ? " per-recipient" : "")
            << code << status << perRecipient << expected << true;
    };
    const auto unlisted = [](int code, int status, C expected) {
        QTest::addRow("unlisted %d/%d", code, status)
            << code << status << false << expected << false;
    };
    // not-accepted, retry
    row(2, 503, C::NotAccepted);
    row(131016, 500, C::NotAccepted);
    row(131057, 500, C::NotAccepted);
    row(133004, 503, C::NotAccepted);
    // rate-limited
    row(4, 400, C::RateLimited);
    row(80007, 400, C::RateLimited);
    row(130429, 400, C::RateLimited);
    row(130429, 429, C::RateLimited);
    // pair-limited
    row(131056, 400, C::PairLimited);
    // ambiguous
    row(1, 400, C::Ambiguous);
    row(131000, 500, C::Ambiguous);
    // recipient-permanent
    row(100, 400, C::RecipientPermanent);
    row(131009, 400, C::RecipientPermanent);
    row(131021, 400, C::RecipientPermanent);
    row(131026, 400, C::RecipientPermanent);
    row(131047, 400, C::RecipientPermanent);
    row(130472, 400, C::RecipientPermanent);
    row(130497, 400, C::RecipientPermanent);
    row(131049, 400, C::RecipientPermanent);
    row(132005, 400, C::RecipientPermanent);
    row(131053, 400, C::RecipientPermanent, true);
    // recipient-opted-out (normally by webhook)
    row(131050, 400, C::RecipientOptedOut);
    // campaign-fatal
    row(0, 401, C::CampaignFatal);
    row(3, 500, C::CampaignFatal);
    row(10, 403, C::CampaignFatal);
    row(33, 400, C::CampaignFatal);
    row(190, 401, C::CampaignFatal);
    row(200, 403, C::CampaignFatal);
    row(250, 403, C::CampaignFatal);
    row(299, 403, C::CampaignFatal);
    row(368, 403, C::CampaignFatal);
    row(131005, 403, C::CampaignFatal);
    row(131008, 400, C::CampaignFatal);
    row(131031, 403, C::CampaignFatal);
    row(131042, 400, C::CampaignFatal);
    row(131045, 500, C::CampaignFatal);
    row(131048, 400, C::CampaignFatal);
    row(131051, 400, C::CampaignFatal);
    row(131053, 400, C::CampaignFatal, false);
    row(132000, 400, C::CampaignFatal);
    row(132001, 404, C::CampaignFatal);
    row(132007, 400, C::CampaignFatal);
    row(132012, 400, C::CampaignFatal);
    row(132015, 400, C::CampaignFatal);
    row(132016, 400, C::CampaignFatal);
    row(133000, 500, C::CampaignFatal);
    row(133010, 400, C::CampaignFatal);
    row(135000, 400, C::CampaignFatal);
    // The code wins over the status, whatever the status says.
    row(131026, 500, C::RecipientPermanent);
    row(130429, 503, C::RateLimited);
    row(190, 400, C::CampaignFatal);
    // Not in the table: the HTTP status decides (4xx with a body: recipient-permanent).
    unlisted(199, 400, C::RecipientPermanent);
    unlisted(300, 400, C::RecipientPermanent);
    unlisted(132068, 400, C::RecipientPermanent);
    unlisted(999999, 429, C::RateLimited);
    unlisted(999999, 403, C::CampaignFatal);
    unlisted(999999, 503, C::Ambiguous);
}

void TestAnswerClassifier::metaCodes()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(bool, mediaPerRecipient);
    QFETCH(AnswerClass, expected);
    QFETCH(bool, listed);
    AnswerClassifier::Context context;
    context.mediaIsPerRecipient = mediaPerRecipient;

    const SendOutcome outcome = AnswerClassifier::meta(answer(status, metaError(code)), context);
    QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
    QCOMPARE(outcome.code, QString::number(code));
    QCOMPARE(outcome.httpStatus, status);
    QVERIFY(outcome.messageId.isEmpty());
    QVERIFY(!outcome.explanation.isEmpty());
    QVERIFY2(outcome.providerMessage.contains(u"(#%1) Title"_s.arg(code)),
        qPrintable(outcome.providerMessage));
    QVERIFY(outcome.providerMessage.contains(u"Some details."_s));

    const std::optional<AnswerClass> bare = AnswerClassifier::metaCodeClass(code, context);
    QCOMPARE(bare.has_value(), listed);
    QCOMPARE(AnswerClassifier::metaExplanation(code).endsWith(fallbackWords(code)), !listed);
    if (bare)
        QCOMPARE(*bare, expected);
}

void TestAnswerClassifier::twilioCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<AnswerClass>("expected");
    const auto row = [](int code, int status, C expected) {
        QTest::addRow("%d/%d", code, status) << code << status << expected;
    };
    row(20429, 429, C::RateLimited);
    row(63018, 429, C::RateLimited);
    row(63018, 400, C::RateLimited);
    row(21211, 400, C::RecipientPermanent);
    row(21408, 400, C::RecipientPermanent);
    row(21614, 400, C::RecipientPermanent);
    row(63013, 400, C::RecipientPermanent);
    row(63014, 400, C::RecipientPermanent);
    row(63016, 400, C::RecipientPermanent);
    row(63024, 400, C::RecipientPermanent);
    row(21610, 400, C::RecipientOptedOut);
    row(63033, 400, C::RecipientOptedOut);
    row(63027, 400, C::CampaignFatal);
    row(63028, 400, C::CampaignFatal);
    row(20003, 401, C::CampaignFatal);
    // Not in the table: the HTTP status decides.
    row(21606, 400, C::RecipientPermanent);
    row(20500, 500, C::Ambiguous);
    row(20404, 404, C::RecipientPermanent);
}

void TestAnswerClassifier::twilioCodes()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(AnswerClass, expected);
    const SendOutcome outcome = AnswerClassifier::twilio(answer(status, twilioError(code, status)));
    QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
    QCOMPARE(outcome.code, QString::number(code));
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.providerMessage, u"Twilio says no"_s);
    QVERIFY(!outcome.explanation.isEmpty());
    const bool listed = !AnswerClassifier::twilioExplanation(code).endsWith(fallbackWords(code));
    QCOMPARE(AnswerClassifier::twilioCodeClass(code).has_value(), listed);
}

void TestAnswerClassifier::relay_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<AnswerClass>("expected");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageId");
    QTest::newRow("200 success") << 200 << R"({"status":"success","messageId":"m-1"})"_ba
                                 << C::Accepted << QString() << u"m-1"_s;
    QTest::newRow("200 numeric id") << 200 << R"({"status":"success","messageId":42})"_ba
                                    << C::Accepted << QString() << u"42"_s;
    QTest::newRow("200 without messageId")
        << 200 << R"({"status":"success"})"_ba << C::Ambiguous << u"http-200"_s << QString();
    QTest::newRow("200 empty messageId") << 200 << R"({"status":"success","messageId":""})"_ba
                                         << C::Ambiguous << u"http-200"_s << QString();
    QTest::newRow("200 status error") << 200 << R"({"status":"error","messageId":"m-2"})"_ba
                                      << C::Ambiguous << u"http-200"_s << QString();
    QTest::newRow("200 not JSON") << 200 << "OK"_ba << C::Ambiguous << u"http-200"_s << QString();
    QTest::newRow("400") << 400 << R"({"error":"invalid phone"})"_ba << C::RecipientPermanent
                         << u"http-400"_s << QString();
    QTest::newRow("400 empty") << 400 << QByteArray() << C::RecipientPermanent << u"http-400"_s
                               << QString();
    QTest::newRow("401") << 401 << R"({"error":"bad secret"})"_ba << C::CampaignFatal
                         << u"http-401"_s << QString();
    QTest::newRow("403") << 403 << QByteArray() << C::CampaignFatal << u"http-403"_s << QString();
    QTest::newRow("429") << 429 << QByteArray() << C::RateLimited << u"http-429"_s << QString();
    QTest::newRow("500") << 500 << "oops"_ba << C::Ambiguous << u"http-500"_s << QString();
    QTest::newRow("404 with body")
        << 404 << "no route"_ba << C::RecipientPermanent << u"http-404"_s << QString();
}

void TestAnswerClassifier::relay()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(AnswerClass, expected);
    QFETCH(QString, code);
    QFETCH(QString, messageId);
    const SendOutcome outcome = AnswerClassifier::relay(answer(status, body));
    QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
    QCOMPARE(outcome.code, code);
    QCOMPARE(outcome.messageId, messageId);
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.explanation.isEmpty(), expected == C::Accepted);
    if (body.startsWith("{\"error\""))
        QVERIFY(!outcome.providerMessage.isEmpty());
}

void TestAnswerClassifier::httpStatusOnly_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<AnswerClass>("expected");
    const auto row = [](int status, const QByteArray &body, C expected) {
        QTest::addRow("%d%s", status, body.isEmpty() ? " empty" : "") << status << body << expected;
    };
    row(429, {}, C::RateLimited);
    row(429, "Too Many Requests", C::RateLimited);
    row(401, {}, C::CampaignFatal);
    row(403, "Forbidden", C::CampaignFatal);
    row(500, {}, C::Ambiguous);
    row(502, "<html>Bad Gateway</html>", C::Ambiguous);
    row(503, {}, C::Ambiguous);
    row(504, "Gateway Timeout", C::Ambiguous);
    row(400, "Bad Request", C::RecipientPermanent);
    row(404, "Not Found", C::RecipientPermanent);
    row(404, {}, C::Ambiguous);
    row(400, "  \n", C::Ambiguous);
    row(501, "Not Implemented", C::Ambiguous);
    row(505, {}, C::Ambiguous);
    row(302, "moved", C::Ambiguous);
    row(200, {}, C::Ambiguous);
    row(204, {}, C::Ambiguous);
}

void TestAnswerClassifier::httpStatusOnly()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(AnswerClass, expected);
    const HttpResponse response = answer(status, body);
    for (const SendOutcome &outcome : { AnswerClassifier::fromHttpStatus(response),
             AnswerClassifier::meta(response), AnswerClassifier::twilio(response) }) {
        QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
        QCOMPARE(outcome.code, u"http-%1"_s.arg(status));
        QCOMPARE(outcome.httpStatus, status);
        QVERIFY(!outcome.explanation.isEmpty());
    }
}

void TestAnswerClassifier::metaSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<AnswerClass>("expected");
    QTest::addColumn<QString>("messageStatus");
    const QByteArray head
        = R"({"messaging_product":"whatsapp","contacts":[{"input":"+16505551234",)"
          R"("wa_id":"16505551234"}],"messages":[)";
    QTest::newRow("plain") << 200 << head + R"({"id":"wamid.HBgL1"}]})" << C::Accepted << QString();
    QTest::newRow("accepted") << 200
                              << head + R"({"id":"wamid.HBgL1","message_status":"accepted"}]})"
                              << C::Accepted << u"accepted"_s;
    QTest::newRow("held") << 200
                          << head
            + R"({"id":"wamid.HBgL1","message_status":"held_for_quality_assessment"}]})"
                          << C::Accepted << u"held_for_quality_assessment"_s;
    QTest::newRow("paused") << 200 << head + R"({"id":"wamid.HBgL1","message_status":"paused"}]})"
                            << C::Accepted << u"paused"_s;
    QTest::newRow("201") << 201 << head + R"({"id":"wamid.HBgL1"}]})" << C::Accepted << QString();
    QTest::newRow("no id") << 200 << head + R"({"message_status":"accepted"}]})" << C::Ambiguous
                           << QString();
    QTest::newRow("empty id") << 200 << head + R"({"id":""}]})" << C::Ambiguous << QString();
    QTest::newRow("numeric id") << 200 << head + R"({"id":17}]})" << C::Ambiguous << QString();
    QTest::newRow("no messages") << 200 << head + "]}" << C::Ambiguous << QString();
    QTest::newRow("messages not array")
        << 200 << R"({"messages":{"id":"wamid.X"}})"_ba << C::Ambiguous << QString();
    QTest::newRow("empty object") << 200 << "{}"_ba << C::Ambiguous << QString();
    QTest::newRow("not JSON") << 200 << "<html>ok</html>"_ba << C::Ambiguous << QString();
    QTest::newRow("truncated") << 200 << head + R"({"id":"wamid.HB)" << C::Ambiguous << QString();
    QTest::newRow("JSON array") << 200 << R"([{"id":"wamid.X"}])"_ba << C::Ambiguous << QString();
}

void TestAnswerClassifier::metaSuccess()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(AnswerClass, expected);
    QFETCH(QString, messageStatus);
    const SendOutcome outcome = AnswerClassifier::meta(answer(status, body));
    QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
    QCOMPARE(outcome.httpStatus, status);
    if (expected == C::Accepted) {
        QCOMPARE(outcome.messageId, u"wamid.HBgL1"_s);
        QCOMPARE(outcome.messageStatus, messageStatus);
        QVERIFY(outcome.code.isEmpty());
        QCOMPARE(outcome.explanation.isEmpty(),
            messageStatus.isEmpty() || messageStatus == u"accepted"_s);
    } else {
        QVERIFY(outcome.messageId.isEmpty());
        QCOMPARE(outcome.code, u"http-%1"_s.arg(status));
        QVERIFY(!outcome.explanation.isEmpty());
    }
}

void TestAnswerClassifier::twilioSuccess()
{
    const QByteArray body
        = R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"queued",)"
          R"("to":"whatsapp:+14155550100","error_code":null,"error_message":null})";
    SendOutcome outcome = AnswerClassifier::twilio(answer(201, body));
    QCOMPARE(outcome.answerClass, C::Accepted);
    QCOMPARE(outcome.messageId, u"SM0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(outcome.messageStatus, u"queued"_s);
    QCOMPARE(outcome.httpStatus, 201);

    outcome = AnswerClassifier::twilio(answer(201, R"({"status":"queued"})"));
    QCOMPARE(outcome.answerClass, C::Ambiguous);
    QCOMPARE(outcome.code, u"http-201"_s);
}

void TestAnswerClassifier::malformedBodies_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<AnswerClass>("expected");
    QTest::addColumn<QString>("code");
    QTest::newRow("meta 400 not JSON")
        << u"meta"_s << 400 << "Bad Request"_ba << C::RecipientPermanent << u"http-400"_s;
    QTest::newRow("meta 400 JSON without error")
        << u"meta"_s << 400 << R"({"foo":1})"_ba << C::RecipientPermanent << u"http-400"_s;
    QTest::newRow("meta 400 error without code")
        << u"meta"_s << 400 << R"({"error":{"message":"x"}})"_ba << C::RecipientPermanent
        << u"http-400"_s;
    QTest::newRow("meta 400 error not object")
        << u"meta"_s << 400 << R"({"error":"x"})"_ba << C::RecipientPermanent << u"http-400"_s;
    QTest::newRow("meta code as text")
        << u"meta"_s << 400 << R"({"error":{"message":"m","code":"131026"}})"_ba
        << C::RecipientPermanent << u"131026"_s;
    QTest::newRow("meta 500 not JSON")
        << u"meta"_s << 500 << "<html>oops</html>"_ba << C::Ambiguous << u"http-500"_s;
    QTest::newRow("meta 503 JSON without error")
        << u"meta"_s << 503 << "{}"_ba << C::Ambiguous << u"http-503"_s;
    QTest::newRow("meta 200 with error code")
        << u"meta"_s << 200 << R"({"error":{"message":"m","code":131056}})"_ba << C::PairLimited
        << u"131056"_s;
    QTest::newRow("twilio 400 not JSON")
        << u"twilio"_s << 400 << "Bad Request"_ba << C::RecipientPermanent << u"http-400"_s;
    QTest::newRow("twilio 400 without code")
        << u"twilio"_s << 400 << R"({"message":"m"})"_ba << C::RecipientPermanent << u"http-400"_s;
    QTest::newRow("twilio 503 not JSON")
        << u"twilio"_s << 503 << "down"_ba << C::Ambiguous << u"http-503"_s;
    QTest::newRow("twilio 401 code")
        << u"twilio"_s << 401 << twilioError(20003, 401) << C::CampaignFatal << u"20003"_s;
}

void TestAnswerClassifier::malformedBodies()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(AnswerClass, expected);
    QFETCH(QString, code);
    const HttpResponse response = answer(status, body);
    const SendOutcome outcome = provider == u"meta"_s ? AnswerClassifier::meta(response)
                                                      : AnswerClassifier::twilio(response);
    QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
    QCOMPARE(outcome.code, code);
    QVERIFY(!outcome.explanation.isEmpty());
}

void TestAnswerClassifier::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<int>>("seconds");
    QTest::newRow("absent") << QByteArray() << std::optional<int>();
    QTest::newRow("seconds") << "30"_ba << std::optional<int>(30);
    QTest::newRow("zero") << "0"_ba << std::optional<int>(0);
    QTest::newRow("spaces") << " 5 "_ba << std::optional<int>(5);
    QTest::newRow("negative") << "-3"_ba << std::optional<int>();
    QTest::newRow("words") << "soon"_ba << std::optional<int>();
    // The clock is fixed at 2015-10-21 07:26:00 UTC in the test.
    QTest::newRow("date ahead") << "Wed, 21 Oct 2015 07:28:00 GMT"_ba << std::optional<int>(120);
    QTest::newRow("date past") << "Wed, 21 Oct 2015 07:20:00 GMT"_ba << std::optional<int>(0);
}

void TestAnswerClassifier::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<int>, seconds);
    Clock::setFixedForTesting(
        QDateTime(QDate(2015, 10, 21), QTime(7, 26), QTimeZone::utc()).toMSecsSinceEpoch());
    const auto restore = qScopeGuard([] { Clock::setFixedForTesting(0); });
    HttpHeaders headers;
    if (!value.isNull())
        headers.append({ "retry-after", value });

    const SendOutcome meta = AnswerClassifier::meta(answer(429, metaError(130429), headers));
    QCOMPARE(meta.answerClass, C::RateLimited);
    QCOMPARE(meta.retryAfterSeconds, seconds);
    const SendOutcome twilio
        = AnswerClassifier::twilio(answer(429, twilioError(20429, 429), headers));
    QCOMPARE(twilio.retryAfterSeconds, seconds);
    const SendOutcome relay = AnswerClassifier::relay(answer(429, {}, headers));
    QCOMPARE(relay.answerClass, C::RateLimited);
    QCOMPARE(relay.retryAfterSeconds, seconds);
    const SendOutcome unavailable = AnswerClassifier::fromHttpStatus(answer(503, {}, headers));
    QCOMPARE(unavailable.retryAfterSeconds, seconds);
}

void TestAnswerClassifier::transport_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<HttpTransport>("transport");
    QTest::addColumn<AnswerClass>("expected");
    QTest::addColumn<QString>("code");
    for (const QString &provider : { u"meta"_s, u"twilio"_s, u"relay"_s, u"status"_s }) {
        const QByteArray name = provider.toLatin1();
        QTest::addRow("%s not sent", name.constData())
            << provider << HttpTransport::NotSent << C::NotAccepted << u"not-sent"_s;
        QTest::addRow("%s timed out", name.constData())
            << provider << HttpTransport::TimedOut << C::Ambiguous << u"timeout"_s;
        QTest::addRow("%s broken", name.constData())
            << provider << HttpTransport::Broken << C::Ambiguous << u"connection-broken"_s;
        // A cancel may abort a request already on the wire: ambiguous, never retried silently.
        QTest::addRow("%s cancelled", name.constData())
            << provider << HttpTransport::Cancelled << C::Ambiguous << u"cancelled"_s;
    }
}

void TestAnswerClassifier::transport()
{
    QFETCH(QString, provider);
    QFETCH(HttpTransport, transport);
    QFETCH(AnswerClass, expected);
    QFETCH(QString, code);
    HttpResponse response;
    response.transport = transport;
    response.errorText = u"Connection closed"_s;
    const SendOutcome outcome = provider == u"meta"_s ? AnswerClassifier::meta(response)
        : provider == u"twilio"_s                     ? AnswerClassifier::twilio(response)
        : provider == u"relay"_s                      ? AnswerClassifier::relay(response)
                                                      : AnswerClassifier::fromHttpStatus(response);
    QCOMPARE(answerClassToString(outcome.answerClass), answerClassToString(expected));
    QCOMPARE(outcome.code, code);
    QCOMPARE(outcome.httpStatus, 0);
    QCOMPARE(outcome.providerMessage, u"Connection closed"_s);
    QVERIFY(!outcome.explanation.isEmpty());
    QVERIFY(AnswerClassifier::transportOutcome(response).has_value());
    QVERIFY(!AnswerClassifier::transportOutcome(answer(200, {})).has_value());
}

void TestAnswerClassifier::answerClassNames_data()
{
    QTest::addColumn<AnswerClass>("answerClass");
    QTest::addColumn<QString>("name");
    QTest::newRow("accepted") << C::Accepted << u"accepted"_s;
    QTest::newRow("not-accepted") << C::NotAccepted << u"not-accepted"_s;
    QTest::newRow("rate-limited") << C::RateLimited << u"rate-limited"_s;
    QTest::newRow("pair-limited") << C::PairLimited << u"pair-limited"_s;
    QTest::newRow("ambiguous") << C::Ambiguous << u"ambiguous"_s;
    QTest::newRow("recipient-permanent") << C::RecipientPermanent << u"recipient-permanent"_s;
    QTest::newRow("recipient-opted-out") << C::RecipientOptedOut << u"recipient-opted-out"_s;
    QTest::newRow("campaign-fatal") << C::CampaignFatal << u"campaign-fatal"_s;
}

void TestAnswerClassifier::answerClassNames()
{
    QFETCH(AnswerClass, answerClass);
    QFETCH(QString, name);
    QCOMPARE(answerClassToString(answerClass), name);
}

void TestAnswerClassifier::explanationsAreWords()
{
    QCOMPARE(AnswerClassifier::metaExplanation(131026),
        u"WhatsApp could not deliver to this number: it may not be on WhatsApp, or the person "
        "blocked the business."_s);
    QVERIFY(AnswerClassifier::metaExplanation(131050).contains(u"stopped marketing"_s));
    QVERIFY(AnswerClassifier::twilioExplanation(21610).contains(u"STOP"_s));
    QVERIFY(AnswerClassifier::metaExplanation(4242).contains(u"4242"_s));
    QVERIFY(AnswerClassifier::twilioExplanation(4242).contains(u"4242"_s));
    QCOMPARE(AnswerClassifier::metaCodeClass(131053), C::CampaignFatal);
}

QTEST_GUILESS_MAIN(TestAnswerClassifier)
#include "tst_answerclassifier.moc"
