#include "Contact.h"
#include "TemplateRenderer.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

// Declared before any raw string literal: AutoMoc's scanner loses track in them.
class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void valueFor_data();
    void valueFor();
    void contactFields();
    void mappingJson();
    void mappingRoundTrip();
};

namespace {

QJsonDocument documentFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s: %s", qPrintable(error.errorString()), json.constData());
    return doc;
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Contact contactFrom(const QByteArray &json)
{
    const QJsonObject o = documentFrom(json).object();
    Contact c;
    c.firstName = o.value(u"first_name"_s).toString();
    c.lastName = o.value(u"last_name"_s).toString();
    c.displayName = o.value(u"display_name"_s).toString();
    c.phoneE164 = o.value(u"phone"_s).toString();
    c.email = o.value(u"email"_s).toString();
    c.country = o.value(u"country"_s).toString();
    c.birthday = o.value(u"birthday"_s).toString();
    c.language = o.value(u"language"_s).toString();
    c.timeZone = o.value(u"time_zone"_s).toString();
    c.attributes = o.value(u"attributes"_s).toObject();
    return c;
}

// The spring sale of WHATSAPP_API.md 1.2: image header, two body values, three buttons.
const QByteArray springSale = R"({"name":"spring_sale","language":"en_US","status":"APPROVED",
 "components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["https://scontent.example/x.jpg"]}},
  {"type":"BODY","text":"Hi {{1}}, use {{2}} today."},
  {"type":"BUTTONS","buttons":[{"type":"URL","text":"Shop","url":"https://shop.example/s/{{1}}"},
   {"type":"QUICK_REPLY","text":"Stop promotions"},{"type":"COPY_CODE","example":"25OFF"}]}]})";

const QByteArray couponExample = R"({"name":"coupon_expiration_reminder_number_vars",
 "parameter_format":"POSITIONAL","language":"en","status":"APPROVED","category":"MARKETING",
 "components":[
  {"type":"HEADER","format":"TEXT","text":"Act fast, {{1}}!","example":{"header_text":["Pablo"]}},
  {"type":"BODY","text":"Use code {{1}} to get {{2}}% off before it expires.",
   "example":{"body_text":[["SUMMER20","10"]]}},
  {"type":"FOOTER","text":"Lucky Shrub Succulents"},
  {"type":"BUTTONS","buttons":[{"type":"URL","text":"See deals","url":"https://www.luckyshrub.com/deals"},
                               {"type":"QUICK_REPLY","text":"Unsubscribe"}]}]})";

const QByteArray orderConfirmation = R"({"name":"order_confirmation","language":"en_US",
 "category":"utility","parameter_format":"named",
 "components":[{"type":"body","text":"Thank you, {{first_name}}! Your order number is {{order_number}}."}]})";

const QByteArray namedWithButton
    = R"({"name":"welcome_back","language":"de","parameter_format":"NAMED",
 "components":[{"type":"HEADER","format":"TEXT","text":"Hallo {{first_name}}"},
  {"type":"BODY","text":"{{first_name}}, dein Code: {{code}}"},
  {"type":"BUTTONS","buttons":[{"type":"URL","text":"Einlösen","url":"https://shop.example/r/{{1}}"}]}]})";

const QByteArray twoValues = R"({"name":"two","language":"en","components":[
  {"type":"BODY","text":"Dear {{1}}, {{2}}"}]})";

const QByteArray locationTemplate
    = R"({"name":"store_opening","language":"en","parameter_format":"NAMED",
 "components":[{"type":"HEADER","format":"LOCATION"},{"type":"BODY","text":"See you, {{name}}!"}]})";

QByteArray mediaTemplate(const char *format)
{
    return QByteArray(
               R"({"name":"media","language":"en","components":[{"type":"HEADER","format":")")
        + format + QByteArray(R"("},{"type":"BODY","text":"Hi"}]})");
}

} // namespace

void TestTemplateRenderer::render_data()
{
    QTest::addColumn<QByteArray>("tpl");
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QByteArray>("contact");
    QTest::addColumn<QByteArray>("components");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mediaUrl");
    QTest::addColumn<QStringList>("empty");
    QTest::addColumn<QStringList>("invalid");

    QTest::newRow("spring sale: WHATSAPP_API.md 1.2 exactly")
        << springSale
        << QByteArray(R"({"header_media_url":"https://example.com/banner.jpg","bindings":{
             "body.1":{"source":"field","value":"first_name"},
             "body.2":{"source":"attribute","value":"coupon"},
             "button.0":{"source":"fixed","value":"utm-campaign-7"},
             "button.1":{"source":"fixed","value":"STOP_PROMO"},
             "button.2":{"source":"attribute","value":"coupon"}}})")
        << QByteArray(R"({"first_name":"Maria","attributes":{"coupon":"25OFF"}})")
        << QByteArray(R"([
   {"type":"header","parameters":[{"type":"image","image":{"link":"https://example.com/banner.jpg"}}]},
   {"type":"body","parameters":[{"type":"text","text":"Maria"},{"type":"text","text":"25OFF"}]},
   {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"utm-campaign-7"}]},
   {"type":"button","sub_type":"quick_reply","index":"1","parameters":[{"type":"payload","payload":"STOP_PROMO"}]},
   {"type":"button","sub_type":"copy_code","index":"2","parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]}
  ])") << QByteArray(R"({"1":"Maria","2":"25OFF"})")
        << u"Hi Maria, use 25OFF today."_s << u"https://example.com/banner.jpg"_s << QStringList {}
        << QStringList {};

    QTest::newRow("positional text header, footer, unbound quick reply left out")
        << couponExample
        << QByteArray(R"({"bindings":{"header.1":{"source":"field","value":"first_name"},
             "body.1":{"source":"fixed","value":"SUMMER20"},
             "body.2":{"source":"attribute","value":"discount"}}})")
        << QByteArray(R"({"first_name":"Pablo","attributes":{"discount":10}})")
        << QByteArray(R"([{"type":"header","parameters":[{"type":"text","text":"Pablo"}]},
             {"type":"body","parameters":[{"type":"text","text":"SUMMER20"},{"type":"text","text":"10"}]}])")
        << QByteArray(R"({"1":"Pablo","2":"10"})")
        << u"Act fast, Pablo!\nUse code SUMMER20 to get 10% off before it expires.\nLucky Shrub Succulents"_s
        << QString() << QStringList {} << QStringList {};

    QTest::newRow("named: parameter_name on every value")
        << orderConfirmation
        << QByteArray(R"({"bindings":{"body.first_name":{"source":"field","value":"first_name"},
             "body.order_number":{"source":"attribute","value":"order"}}})")
        << QByteArray(R"({"first_name":"Pablo","attributes":{"order":"860198-230332"}})")
        << QByteArray(R"([{"type":"body","parameters":[
             {"type":"text","text":"Pablo","parameter_name":"first_name"},
             {"type":"text","text":"860198-230332","parameter_name":"order_number"}]}])")
        << QByteArray(R"({"first_name":"Pablo","order_number":"860198-230332"})")
        << u"Thank you, Pablo! Your order number is 860198-230332."_s << QString() << QStringList {}
        << QStringList {};

    QTest::newRow("named header and URL button")
        << namedWithButton
        << QByteArray(R"({"bindings":{"header.first_name":{"source":"field","value":"first_name"},
             "body.first_name":{"source":"field","value":"first_name"},
             "body.code":{"source":"attribute","value":"code"},
             "button.0":{"source":"attribute","value":"code"}}})")
        << QByteArray(R"({"first_name":"Jonas","attributes":{"code":"WILLKOMMEN"}})")
        << QByteArray(
               R"([{"type":"header","parameters":[{"type":"text","text":"Jonas","parameter_name":"first_name"}]},
             {"type":"body","parameters":[{"type":"text","text":"Jonas","parameter_name":"first_name"},
                                          {"type":"text","text":"WILLKOMMEN","parameter_name":"code"}]},
             {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"WILLKOMMEN"}]}])")
        << QByteArray(R"({"first_name":"Jonas","code":"WILLKOMMEN","1":"WILLKOMMEN"})")
        << u"Hallo Jonas\nJonas, dein Code: WILLKOMMEN"_s << QString() << QStringList {}
        << QStringList {};

    QTest::newRow("fallbacks for empty field, missing and blank attribute")
        << couponExample
        << QByteArray(
               R"({"bindings":{"header.1":{"source":"field","value":"first_name","fallback":"friend"},
             "body.1":{"source":"attribute","value":"code","fallback":"WELCOME"},
             "body.2":{"source":"attribute","value":"discount","fallback":"5"}}})")
        << QByteArray(R"({"first_name":"","attributes":{"discount":"   "}})")
        << QByteArray(R"([{"type":"header","parameters":[{"type":"text","text":"friend"}]},
             {"type":"body","parameters":[{"type":"text","text":"WELCOME"},{"type":"text","text":"5"}]}])")
        << QByteArray(R"({"1":"friend","2":"5"})")
        << u"Act fast, friend!\nUse code WELCOME to get 5% off before it expires.\nLucky Shrub Succulents"_s
        << QString() << QStringList {} << QStringList {};

    QTest::newRow("display name falls back to first and last")
        << twoValues
        << QByteArray(R"({"bindings":{"body.1":{"source":"field","value":"display_name"},
             "body.2":{"source":"field","value":"phone"}}})")
        << QByteArray(R"({"first_name":"Ana","last_name":"Lima","phone":"+5511912345678"})")
        << QByteArray(R"([{"type":"body","parameters":[{"type":"text","text":"Ana Lima"},
             {"type":"text","text":"+5511912345678"}]}])")
        << QByteArray(R"({"1":"Ana Lima","2":"+5511912345678"})")
        << u"Dear Ana Lima, +5511912345678"_s << QString() << QStringList {} << QStringList {};

    QTest::newRow("empty required values are refused, never sent")
        << twoValues << QByteArray(R"({"bindings":{"body.1":{"source":"field","value":"email"}}})")
        << QByteArray(R"({"first_name":"Ana"})") << QByteArray("[]") << QByteArray("{}")
        << u"Dear {{1}}, {{2}}"_s << QString() << QStringList { u"body.1"_s, u"body.2"_s }
        << QStringList {};

    QTest::newRow("one empty, the other still rendered")
        << twoValues << QByteArray(R"({"bindings":{"body.1":{"source":"field","value":"country"},
             "body.2":{"source":"attribute","value":"tier"}}})")
        << QByteArray(R"({"country":"BR","attributes":{"tier":null}})")
        << QByteArray(R"([{"type":"body","parameters":[{"type":"text","text":"BR"}]}])")
        << QByteArray(R"({"1":"BR"})") << u"Dear BR, {{2}}"_s << QString()
        << QStringList { u"body.2"_s } << QStringList {};

    QTest::newRow("values go on one line")
        << twoValues << QByteArray(R"({"bindings":{"body.1":{"source":"attribute","value":"full"},
             "body.2":{"source":"fixed","value":"  see\nyou   soon  "}}})")
        << QByteArray(R"({"attributes":{"full":"Maria\n\tRossi     Jr"}})")
        << QByteArray(R"([{"type":"body","parameters":[{"type":"text","text":"Maria Rossi Jr"},
             {"type":"text","text":"see you soon"}]}])")
        << QByteArray(R"({"1":"Maria Rossi Jr","2":"see you soon"})")
        << u"Dear Maria Rossi Jr, see you soon"_s << QString() << QStringList {} << QStringList {};

    QTest::newRow("video header from a binding before the broadcast's link")
        << mediaTemplate("VIDEO")
        << QByteArray(R"({"header_media_url":"https://cdn.example/all.mp4","bindings":{
             "header.media":{"source":"attribute","value":"clip"}}})")
        << QByteArray(R"({"attributes":{"clip":" https://cdn.example/maria.mp4 "}})")
        << QByteArray(
               R"([{"type":"header","parameters":[{"type":"video","video":{"link":"https://cdn.example/maria.mp4"}}]}])")
        << QByteArray("{}") << u"Hi"_s << u"https://cdn.example/maria.mp4"_s << QStringList {}
        << QStringList {};

    QTest::newRow("document header: empty binding falls to the broadcast's link")
        << mediaTemplate("DOCUMENT")
        << QByteArray(R"({"header_media_url":"https://cdn.example/menu.pdf","bindings":{
             "header.media":{"source":"attribute","value":"pdf"}}})")
        << QByteArray("{}")
        << QByteArray(
               R"([{"type":"header","parameters":[{"type":"document","document":{"link":"https://cdn.example/menu.pdf"}}]}])")
        << QByteArray("{}") << u"Hi"_s << u"https://cdn.example/menu.pdf"_s << QStringList {}
        << QStringList {};

    QTest::newRow("image header without a link")
        << mediaTemplate("IMAGE") << QByteArray("{}") << QByteArray("{}") << QByteArray("[]")
        << QByteArray("{}") << u"Hi"_s << QString() << QStringList { u"header.media"_s }
        << QStringList {};

    QTest::newRow("location header with name and an address with commas")
        << locationTemplate << QByteArray(R"({"bindings":{"header.location":{"source":"fixed",
             "value":"52.5200, 13.4050, Megaphone Store, Unter den Linden 1, Berlin"},
             "body.name":{"source":"field","value":"first_name"}}})")
        << QByteArray(R"({"first_name":"Lena"})")
        << QByteArray(R"([{"type":"header","parameters":[{"type":"location","location":{
             "latitude":"52.5200","longitude":"13.4050","name":"Megaphone Store",
             "address":"Unter den Linden 1, Berlin"}}]},
             {"type":"body","parameters":[{"type":"text","text":"Lena","parameter_name":"name"}]}])")
        << QByteArray(R"({"name":"Lena"})") << u"See you, Lena!"_s << QString() << QStringList {}
        << QStringList {};

    QTest::newRow("location header, coordinates only")
        << locationTemplate
        << QByteArray(
               R"({"bindings":{"header.location":{"source":"fixed","value":"-33.8568,151.2153"},
             "body.name":{"source":"fixed","value":"all"}}})")
        << QByteArray("{}")
        << QByteArray(R"([{"type":"header","parameters":[{"type":"location","location":{
             "latitude":"-33.8568","longitude":"151.2153"}}]},
             {"type":"body","parameters":[{"type":"text","text":"all","parameter_name":"name"}]}])")
        << QByteArray(R"({"name":"all"})") << u"See you, all!"_s << QString() << QStringList {}
        << QStringList {};

    QTest::newRow("location that is no location")
        << locationTemplate
        << QByteArray(R"({"bindings":{"header.location":{"source":"fixed","value":"Berlin, Mitte"},
             "body.name":{"source":"fixed","value":"all"}}})")
        << QByteArray("{}")
        << QByteArray(
               R"([{"type":"body","parameters":[{"type":"text","text":"all","parameter_name":"name"}]}])")
        << QByteArray(R"({"name":"all"})") << u"See you, all!"_s << QString() << QStringList {}
        << QStringList { u"header.location"_s };

    QTest::newRow("location header without a value")
        << locationTemplate
        << QByteArray(R"({"bindings":{"body.name":{"source":"fixed","value":"all"}}})")
        << QByteArray("{}")
        << QByteArray(
               R"([{"type":"body","parameters":[{"type":"text","text":"all","parameter_name":"name"}]}])")
        << QByteArray(R"({"name":"all"})") << u"See you, all!"_s << QString()
        << QStringList { u"header.location"_s } << QStringList {};
}

void TestTemplateRenderer::render()
{
    QFETCH(QByteArray, tpl);
    QFETCH(QByteArray, mapping);
    QFETCH(QByteArray, contact);
    QFETCH(QByteArray, components);
    QFETCH(QByteArray, variables);
    QFETCH(QString, text);
    QFETCH(QString, mediaUrl);
    QFETCH(QStringList, empty);
    QFETCH(QStringList, invalid);

    const auto parsed = MessageTemplate::fromJson(documentFrom(tpl).object());
    QVERIFY(parsed.ok());
    const TemplateRenderer renderer(
        parsed.value(), TemplateMapping::fromJson(documentFrom(mapping).object()));
    const RenderedMessage message = renderer.render(contactFrom(contact));

    const QJsonArray expectedComponents = documentFrom(components).array();
    QVERIFY2(message.components == expectedComponents,
        QByteArray(compact(message.components) + "\n   expected: " + compact(expectedComponents))
            .constData());
    const QJsonObject expectedVariables = documentFrom(variables).object();
    QVERIFY2(message.contentVariables == expectedVariables,
        QByteArray(
            compact(message.contentVariables) + "\n   expected: " + compact(expectedVariables))
            .constData());
    QCOMPARE(message.text, text);
    QCOMPARE(message.mediaUrl, mediaUrl);
    QCOMPARE(message.emptyParameters, empty);
    QCOMPARE(message.invalidParameters, invalid);
    QCOMPARE(message.ok(), empty.isEmpty() && invalid.isEmpty());
    QCOMPARE(message.templateName, parsed->name);
    QCOMPARE(message.language, parsed->language);
}

void TestTemplateRenderer::valueFor_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expected");
    const int field = int(ParameterBinding::Source::ContactField);
    const int attribute = int(ParameterBinding::Source::Attribute);
    const int fixed = int(ParameterBinding::Source::Fixed);
    QTest::newRow("first name") << field << u"first_name"_s << QString() << u"Zoë"_s;
    QTest::newRow("last name") << field << u"last_name"_s << QString() << u"Okafor"_s;
    QTest::newRow("display name") << field << u"display_name"_s << QString() << u"Zoë O."_s;
    QTest::newRow("phone") << field << u"phone"_s << QString() << u"+2348031234567"_s;
    QTest::newRow("email") << field << u"email"_s << QString() << u"zoe@example.com"_s;
    QTest::newRow("country") << field << u"country"_s << QString() << u"NG"_s;
    QTest::newRow("birthday") << field << u"birthday"_s << QString() << u"1990-04-01"_s;
    QTest::newRow("language") << field << u"language"_s << QString() << u"en"_s;
    QTest::newRow("time zone") << field << u"time_zone"_s << QString() << u"Africa/Lagos"_s;
    QTest::newRow("unknown field, fallback") << field << u"shoe_size"_s << u"n/a"_s << u"n/a"_s;
    QTest::newRow("string attribute") << attribute << u"city"_s << QString() << u"Lagos"_s;
    QTest::newRow("integer attribute") << attribute << u"points"_s << QString() << u"1200"_s;
    QTest::newRow("decimal attribute") << attribute << u"balance"_s << QString() << u"12.5"_s;
    QTest::newRow("bool attribute") << attribute << u"vip"_s << QString() << u"true"_s;
    QTest::newRow("object attribute is empty") << attribute << u"nested"_s << u"-"_s << u"-"_s;
    QTest::newRow("missing attribute") << attribute << u"nope"_s << QString() << QString();
    QTest::newRow("fixed") << fixed << u"Hello there"_s << QString() << u"Hello there"_s;
    QTest::newRow("blank fixed, fallback") << fixed << u"  "_s << u"x"_s << u"x"_s;
    QTest::newRow("blank fixed, blank fallback") << fixed << u"  "_s << u" "_s << QString();
}

void TestTemplateRenderer::valueFor()
{
    QFETCH(int, source);
    QFETCH(QString, value);
    QFETCH(QString, fallback);
    QFETCH(QString, expected);
    Contact c;
    c.firstName = u"Zoë"_s;
    c.lastName = u"Okafor"_s;
    c.displayName = u"Zoë O."_s;
    c.phoneE164 = u"+2348031234567"_s;
    c.email = u"zoe@example.com"_s;
    c.country = u"NG"_s;
    c.birthday = u"1990-04-01"_s;
    c.language = u"en"_s;
    c.timeZone = u"Africa/Lagos"_s;
    c.attributes
        = QJsonObject { { u"city"_s, u"Lagos"_s }, { u"points"_s, 1200 }, { u"balance"_s, 12.5 },
              { u"vip"_s, true }, { u"nested"_s, QJsonObject { { u"a"_s, 1 } } } };
    const ParameterBinding binding { ParameterBinding::Source(source), value, fallback };
    QCOMPARE(TemplateRenderer::valueFor(binding, c), expected);
}

void TestTemplateRenderer::contactFields()
{
    const QStringList fields = TemplateRenderer::contactFields();
    for (const char *name : { "first_name", "last_name", "display_name", "phone", "email",
             "country", "birthday", "language", "time_zone" })
        QVERIFY2(fields.contains(QLatin1String(name)), name);
}

void TestTemplateRenderer::mappingJson()
{
    const auto json = documentFrom(R"({"bindings":{
        "body.1":{"source":"field","value":"first_name","fallback":"there"},
        "body.2":{"source":"attribute","value":"coupon"},
        "button.0":{"source":"fixed","value":"utm"}},
        "header_media_url":"https://example.com/a.jpg"})"_ba)
                          .object();
    const TemplateMapping mapping = TemplateMapping::fromJson(json);
    QCOMPARE(mapping.bindings.size(), 3);
    QCOMPARE(mapping.bindings.value(u"body.1"_s).source, ParameterBinding::Source::ContactField);
    QCOMPARE(mapping.bindings.value(u"body.1"_s).fallback, u"there"_s);
    QCOMPARE(mapping.bindings.value(u"body.2"_s).source, ParameterBinding::Source::Attribute);
    QCOMPARE(mapping.bindings.value(u"body.2"_s).value, u"coupon"_s);
    QCOMPARE(mapping.bindings.value(u"button.0"_s).source, ParameterBinding::Source::Fixed);
    QCOMPARE(mapping.headerMediaUrl, u"https://example.com/a.jpg"_s);
    QCOMPARE(mapping.toJson(), json); // same shape back, empty fallback left out

    QVERIFY(TemplateMapping::fromJson({}).bindings.isEmpty());
    QCOMPARE(TemplateMapping().toJson(), QJsonObject({ { u"bindings"_s, QJsonObject() } }));
}

void TestTemplateRenderer::mappingRoundTrip()
{
    TemplateMapping mapping;
    mapping.bindings.insert(
        u"header.location"_s, { ParameterBinding::Source::Fixed, u"1.5,2.5,Shop, Street 1"_s, {} });
    mapping.bindings.insert(u"body.first_name"_s,
        { ParameterBinding::Source::ContactField, u"first_name"_s, u"Kunde"_s });
    mapping.bindings.insert(
        u"button.2"_s, { ParameterBinding::Source::Attribute, u"coupon"_s, u"WELCOME"_s });
    const TemplateMapping back = TemplateMapping::fromJson(mapping.toJson());
    QCOMPARE(back.bindings.keys(), mapping.bindings.keys());
    for (auto it = mapping.bindings.cbegin(); it != mapping.bindings.cend(); ++it) {
        QCOMPARE(back.bindings.value(it.key()).source, it->source);
        QCOMPARE(back.bindings.value(it.key()).value, it->value);
        QCOMPARE(back.bindings.value(it.key()).fallback, it->fallback);
    }
    QVERIFY(back.headerMediaUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
