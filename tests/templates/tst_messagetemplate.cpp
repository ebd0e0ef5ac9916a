#include "MessageTemplate.h"
#include "TemplateStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameters_data();
    void parameters();
    void couponExampleFields();
    void everyButtonKind();
    void headerFormats_data();
    void headerFormats();
    void parameterFormat_data();
    void parameterFormat();
    void badInput_data();
    void badInput();
    void variablesIn_data();
    void variablesIn();
    void substituteLeavesUnknownVariables();
    void fromRecord();
};

namespace {

QJsonObject objectFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// One line per parameter: "id|name|example|required-or-optional".
QStringList summary(const QList<TemplateParameter> &parameters)
{
    QStringList lines;
    for (const TemplateParameter &p : parameters) {
        lines << (p.id + u'|' + p.name + u'|' + p.example + u'|'
            + (p.required ? u"req"_s : u"opt"_s));
    }
    return lines;
}

// Meta's own example from WHATSAPP_API.md 5.1 (body text completed).
const QByteArray couponExample = R"({"name":"coupon_expiration_reminder_number_vars",
 "parameter_format":"POSITIONAL","language":"en","status":"APPROVED","category":"MARKETING",
 "sub_category":"CUSTOM","id":"1304694804498707",
 "components":[
  {"type":"HEADER","format":"TEXT","text":"Act fast, {{1}}!","example":{"header_text":["Pablo"]}},
  {"type":"BODY","text":"Use code {{1}} to get {{2}}% off before it expires.",
   "example":{"body_text":[["SUMMER20","10"]]}},
  {"type":"FOOTER","text":"Lucky Shrub Succulents"},
  {"type":"BUTTONS","buttons":[{"type":"URL","text":"See deals","url":"https://www.luckyshrub.com/deals"},
                               {"type":"QUICK_REPLY","text":"Unsubscribe"}]}]})";

} // namespace

void TestMessageTemplate::parameters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("meta coupon example, positional")
        << couponExample
        << QStringList { u"header.1|1|Pablo|req"_s, u"body.1|1|SUMMER20|req"_s,
               u"body.2|2|10|req"_s, u"button.1|||opt"_s };

    QTest::newRow("meta order confirmation, named")
        << QByteArray(R"({"name":"order_confirmation","language":"en_US","category":"utility",
            "parameter_format":"named",
            "components":[{"type":"body","text":"Thank you, {{first_name}}! Your order number is {{order_number}}.",
            "example":{"body_text_named_params":[{"param_name":"first_name","example":"Pablo"},
                                                  {"param_name":"order_number","example":"860198-230332"}]}}]})")
        << QStringList { u"body.first_name|first_name|Pablo|req"_s,
               u"body.order_number|order_number|860198-230332|req"_s };

    QTest::newRow("named header and body, repeated variable once")
        << QByteArray(R"({"name":"welcome_back","language":"de","parameter_format":"NAMED",
            "components":[
             {"type":"HEADER","format":"TEXT","text":"Hallo {{first_name}}",
              "example":{"header_text_named_params":[{"param_name":"first_name","example":"Jonas"}]}},
             {"type":"BODY","text":"{{first_name}}, dein Code {{code}} gilt bis {{valid_until}}. Danke, {{first_name}}!",
              "example":{"body_text_named_params":[{"param_name":"first_name","example":"Jonas"},
                {"param_name":"code","example":"WILLKOMMEN"},{"param_name":"valid_until","example":"31.12."}]}}]})")
        << QStringList { u"header.first_name|first_name|Jonas|req"_s,
               u"body.first_name|first_name|Jonas|req"_s, u"body.code|code|WILLKOMMEN|req"_s,
               u"body.valid_until|valid_until|31.12.|req"_s };

    QTest::newRow("image header, dynamic URL, copy code, phone")
        << QByteArray(R"({"name":"spring_sale","language":"en_US","status":"APPROVED",
            "components":[
             {"type":"HEADER","format":"IMAGE","example":{"header_handle":["https://scontent.example/banner.jpg"]}},
             {"type":"BODY","text":"Hi {{1}}, {{2}} off everything!","example":{"body_text":[["Maria","25%"]]}},
             {"type":"BUTTONS","buttons":[
               {"type":"URL","text":"Shop","url":"https://shop.example/sale?c={{1}}",
                "example":["https://shop.example/sale?c=utm-campaign-7"]},
               {"type":"QUICK_REPLY","text":"Stop promotions"},
               {"type":"COPY_CODE","example":"25OFF"},
               {"type":"PHONE_NUMBER","text":"Call us","phone_number":"+15550001111"}]}]})")
        << QStringList { u"header.media||https://scontent.example/banner.jpg|req"_s,
               u"body.1|1|Maria|req"_s, u"body.2|2|25%|req"_s, u"button.0|1|utm-campaign-7|req"_s,
               u"button.1|||opt"_s, u"button.2||25OFF|req"_s };

    QTest::newRow("location header")
        << QByteArray(R"({"name":"store_opening","language":"en","category":"MARKETING",
            "parameter_format":"NAMED","components":[{"type":"HEADER","format":"LOCATION"},
             {"type":"BODY","text":"Visit us, {{name}}!"}]})")
        << QStringList { u"header.location|||req"_s, u"body.name|name||req"_s };

    QTest::newRow("whitespace inside braces")
        << QByteArray(R"({"name":"spaced","language":"en","parameter_format":"NAMED",
            "components":[{"type":"BODY","text":"Hi {{ first_name }} and {{last_name  }}"}]})")
        << QStringList { u"body.first_name|first_name||req"_s, u"body.last_name|last_name||req"_s };

    QTest::newRow("positional values in number order")
        << QByteArray(R"({"name":"swapped","language":"en","components":[
             {"type":"BODY","text":"{{2}} before {{1}}, then {{10}}","example":{"body_text":[["a","b"]]}}]})")
        << QStringList { u"body.1|1|a|req"_s, u"body.2|2|b|req"_s, u"body.10|10||req"_s };

    QTest::newRow("flat body_text example")
        << QByteArray(R"({"name":"flat","language":"en","components":[
             {"type":"BODY","text":"{{1}} {{2}}","example":{"body_text":["x","y"]}}]})")
        << QStringList { u"body.1|1|x|req"_s, u"body.2|2|y|req"_s };

    QTest::newRow("unknown kinds skipped") << QByteArray(
        R"({"name":"carousel_promo","language":"en","components":[
             {"type":"HEADER","format":"GIF","example":{"header_handle":["https://x.example/a.gif"]}},
             {"type":"BODY","text":"Look: {{1}}"},
             {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Hurry","has_expiration":true}},
             {"type":"CAROUSEL","cards":[{"components":[{"type":"BODY","text":"card {{1}}"}]}]},
             42, {"no_type":true}]})") << QStringList { u"body.1|1||req"_s };

    QTest::newRow("authentication template, OTP button has no parameter here")
        << QByteArray(R"({"name":"login_code","language":"en_US","category":"AUTHENTICATION",
            "components":[{"type":"BODY","text":"*{{1}}* is your verification code.",
              "add_security_recommendation":true},
             {"type":"FOOTER","text":"This code expires in 10 minutes.","code_expiration_minutes":10},
             {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"}]}]})")
        << QStringList { u"body.1|1||req"_s };

    QTest::newRow("no variables at all")
        << QByteArray(R"({"name":"hello_world","language":"en_US","components":[
             {"type":"HEADER","format":"TEXT","text":"Hello World"},
             {"type":"BODY","text":"Welcome and congratulations!!"},
             {"type":"FOOTER","text":"WhatsApp Business Platform sample message"}]})")
        << QStringList {};
}

void TestMessageTemplate::parameters()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const auto parsed = MessageTemplate::fromJson(objectFrom(json));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(summary(parsed->parameters()), expected);
}

void TestMessageTemplate::couponExampleFields()
{
    const auto t = MessageTemplate::fromJson(objectFrom(couponExample)).value();
    QCOMPARE(t.name, u"coupon_expiration_reminder_number_vars"_s);
    QCOMPARE(t.language, u"en"_s);
    QCOMPARE(t.category, u"MARKETING"_s);
    QVERIFY(t.isSendable());
    QCOMPARE(t.parameterFormat, MessageTemplate::ParameterFormat::Positional);
    QCOMPARE(t.headerFormat, MessageTemplate::HeaderFormat::Text);
    QCOMPARE(t.headerText, u"Act fast, {{1}}!"_s);
    QCOMPARE(t.body, u"Use code {{1}} to get {{2}}% off before it expires."_s);
    QCOMPARE(t.footer, u"Lucky Shrub Succulents"_s);
    QCOMPARE(t.headerExamples.value(u"1"_s), u"Pablo"_s);
    QCOMPARE(t.bodyExamples.value(u"2"_s), u"10"_s);
    QCOMPARE(t.buttons.size(), 2);
    QCOMPARE(t.buttons.at(0).kind, TemplateButton::Kind::Url);
    QCOMPARE(t.buttons.at(0).url, u"https://www.luckyshrub.com/deals"_s);
    QVERIFY(!t.buttons.at(0).hasVariable());
    QCOMPARE(t.buttons.at(1).kind, TemplateButton::Kind::QuickReply);
    QCOMPARE(t.buttons.at(1).text, u"Unsubscribe"_s);
    QVERIFY(!t.hasMediaHeader());
}

void TestMessageTemplate::everyButtonKind()
{
    const auto t
        = MessageTemplate::fromJson(objectFrom(R"({"name":"b","language":"en","components":[
        {"type":"BODY","text":"x"},
        {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Yes"},
          {"type":"URL","text":"Track","url":"https://t.example/{{1}}","example":"https://t.example/ab12"},
          {"type":"PHONE_NUMBER","text":"Call","phone_number":"+4930123456"},
          {"type":"COPY_CODE","example":"SAVE10"},
          {"type":"FLOW","text":"Book","flow_id":"123"}]}]})"_ba))
              .value();
    QCOMPARE(t.buttons.size(), 5);
    QCOMPARE(t.buttons.at(0).kind, TemplateButton::Kind::QuickReply);
    QCOMPARE(t.buttons.at(1).kind, TemplateButton::Kind::Url);
    QVERIFY(t.buttons.at(1).hasVariable());
    QCOMPARE(t.buttons.at(1).example, u"https://t.example/ab12"_s);
    QCOMPARE(t.buttons.at(2).kind, TemplateButton::Kind::PhoneNumber);
    QCOMPARE(t.buttons.at(2).phoneNumber, u"+4930123456"_s);
    QCOMPARE(t.buttons.at(3).kind, TemplateButton::Kind::CopyCode);
    QCOMPARE(t.buttons.at(3).example, u"SAVE10"_s);
    QCOMPARE(t.buttons.at(4).kind, TemplateButton::Kind::Other);
    QCOMPARE(t.buttons.at(4).type, u"FLOW"_s);

    const auto params = t.parameters();
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(0).kind, TemplateParameter::Kind::ButtonPayload);
    QCOMPARE(params.at(0).buttonIndex, 0);
    QCOMPARE(params.at(1).kind, TemplateParameter::Kind::ButtonUrlSuffix);
    QCOMPARE(params.at(1).buttonIndex, 1);
    QCOMPARE(params.at(1).example, u"ab12"_s);
    QCOMPARE(params.at(2).kind, TemplateParameter::Kind::ButtonCouponCode);
    QCOMPARE(params.at(2).id, u"button.3"_s);
}

void TestMessageTemplate::headerFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("parameterId");
    using F = MessageTemplate::HeaderFormat;
    QTest::newRow("text") << u"TEXT"_s << int(F::Text) << u"header.1"_s;
    QTest::newRow("image") << u"IMAGE"_s << int(F::Image) << u"header.media"_s;
    QTest::newRow("video") << u"VIDEO"_s << int(F::Video) << u"header.media"_s;
    QTest::newRow("document") << u"DOCUMENT"_s << int(F::Document) << u"header.media"_s;
    QTest::newRow("location") << u"LOCATION"_s << int(F::Location) << u"header.location"_s;
    QTest::newRow("lowercase image") << u"image"_s << int(F::Image) << u"header.media"_s;
    QTest::newRow("gif is not ours") << u"GIF"_s << int(F::None) << u"body.1"_s;
}

void TestMessageTemplate::headerFormats()
{
    QFETCH(QString, format);
    QFETCH(int, expected);
    QFETCH(QString, parameterId);
    const QJsonObject json { { u"name"_s, u"h"_s },
        { u"components"_s,
            QJsonArray { QJsonObject { { u"type"_s, u"HEADER"_s }, { u"format"_s, format },
                             { u"text"_s, u"Hi {{1}}"_s } },
                QJsonObject { { u"type"_s, u"BODY"_s }, { u"text"_s, u"Body {{1}}"_s } } } } };
    const auto t = MessageTemplate::fromJson(json).value();
    QCOMPARE(int(t.headerFormat), expected);
    QCOMPARE(t.parameters().first().id, parameterId);
    const bool media = format.toUpper() == u"IMAGE" || format == u"VIDEO" || format == u"DOCUMENT";
    QCOMPARE(t.hasMediaHeader(), media);
}

void TestMessageTemplate::parameterFormat_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected");
    using P = MessageTemplate::ParameterFormat;
    QTest::newRow("missing") << QJsonValue() << int(P::Positional);
    QTest::newRow("POSITIONAL") << QJsonValue(u"POSITIONAL"_s) << int(P::Positional);
    QTest::newRow("NAMED") << QJsonValue(u"NAMED"_s) << int(P::Named);
    QTest::newRow("named") << QJsonValue(u"named"_s) << int(P::Named);
    QTest::newRow("Named ") << QJsonValue(u" Named "_s) << int(P::Named);
    QTest::newRow("garbage") << QJsonValue(u"loud"_s) << int(P::Positional);
}

void TestMessageTemplate::parameterFormat()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    QJsonObject json { { u"name"_s, u"p"_s },
        { u"components"_s,
            QJsonArray { QJsonObject { { u"type"_s, u"BODY"_s }, { u"text"_s, u"x"_s } } } } };
    if (!value.isNull())
        json.insert(u"parameter_format"_s, value);
    QCOMPARE(int(MessageTemplate::fromJson(json).value().parameterFormat), expected);
}

void TestMessageTemplate::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty object") << QByteArray("{}") << u"no name"_s;
    QTest::newRow("blank name") << QByteArray(
        R"({"name":"  ","components":[{"type":"BODY","text":"x"}]})")
                                << u"no name"_s;
    QTest::newRow("name not a string")
        << QByteArray(R"({"name":7,"components":[{"type":"BODY","text":"x"}]})") << u"no name"_s;
    QTest::newRow("no components")
        << QByteArray(R"({"name":"a","language":"en"})") << u"The template a (en) has no body."_s;
    QTest::newRow("components not an array")
        << QByteArray(R"({"name":"a","language":"en","components":{"type":"BODY"}})")
        << u"no body"_s;
    QTest::newRow("header and footer only") << QByteArray(
        R"({"name":"a","language":"en","components":[{"type":"HEADER","format":"TEXT","text":"x"},
            {"type":"FOOTER","text":"y"}]})")
                                            << u"no body"_s;
}

void TestMessageTemplate::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto parsed = MessageTemplate::fromJson(objectFrom(json));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"bad-template"_s);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestMessageTemplate::variablesIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << u"Hello"_s << QStringList {};
    QTest::newRow("positional") << u"{{1}} and {{2}}"_s << QStringList { u"1"_s, u"2"_s };
    QTest::newRow("appearance order, once")
        << u"{{2}} {{1}} {{2}}"_s << QStringList { u"2"_s, u"1"_s };
    QTest::newRow("named") << u"Hi {{first_name}}, {{order_number}}"_s
                           << QStringList { u"first_name"_s, u"order_number"_s };
    QTest::newRow("spaces") << u"{{ 1 }} {{\tname\t}}"_s << QStringList { u"1"_s, u"name"_s };
    QTest::newRow("not variables") << u"{1} {{}} {{a-b}} {{ two words }}"_s << QStringList {};
    QTest::newRow("triple braces") << u"{{{1}}}"_s << QStringList { u"1"_s };
}

void TestMessageTemplate::variablesIn()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(MessageTemplate::variablesIn(text), expected);
}

void TestMessageTemplate::substituteLeavesUnknownVariables()
{
    const QString text = u"Hi {{ first_name }}, code {{code}}."_s;
    const QString filled = MessageTemplate::substitute(
        text, [](const QString &name) { return name == u"first_name" ? u"Ana"_s : QString(); });
    QCOMPARE(filled, u"Hi Ana, code {{code}}."_s);
}

void TestMessageTemplate::fromRecord()
{
    TemplateRecord record;
    record.name = u"diwali_offer"_s;
    record.language = u"hi"_s;
    record.category = u"MARKETING"_s;
    record.status = u"PAUSED"_s;
    record.parameterFormat = u"NAMED"_s;
    record.components = QJsonArray { QJsonObject { { u"type"_s, u"BODY"_s },
                                         { u"text"_s, u"Namaste {{first_name}}"_s } },
        QJsonObject { { u"type"_s, u"FOOTER"_s }, { u"text"_s, u"Reply STOP"_s } } };
    const auto t = MessageTemplate::fromRecord(record);
    QVERIFY(t.ok());
    QCOMPARE(t->name, record.name);
    QCOMPARE(t->language, u"hi"_s);
    QCOMPARE(t->status, u"PAUSED"_s);
    QVERIFY(!t->isSendable());
    QCOMPARE(t->parameterFormat, MessageTemplate::ParameterFormat::Named);
    QCOMPARE(t->footer, u"Reply STOP"_s);
    QCOMPARE(summary(t->parameters()), QStringList { u"body.first_name|first_name||req"_s });

    record.components = {};
    QCOMPARE(MessageTemplate::fromRecord(record).error().code, u"bad-template"_s);
}

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
