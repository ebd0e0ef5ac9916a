#include "RecipientZoneResolver.h"
#include "SendingWindow.h"

#include <QLocale>
#include <QtTest>

using namespace Qt::StringLiterals;
using megaphone::RecipientZoneResolver;
using megaphone::SendingWindow;

class TestSendingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void openAndNext_data();
    void openAndNext();
    void alwaysOpen();
    void invalidZoneCountsAsUtc();
    void zoneForRegion_data();
    void zoneForRegion();
    void zoneForNumber_data();
    void zoneForNumber();
    void contactZoneDecidesTheWindow();
    void regionsWithSeveralZones();
};

namespace {

qint64 utc(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toMSecsSinceEpoch();
}

} // namespace

void TestSendingWindow::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // "" when an error is expected
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("plain") << u"09:00-20:00"_s << u"09:00-20:00"_s << QString();
    QTest::newRow("one-digit hour") << u"9:00-20:30"_s << u"09:00-20:30"_s << QString();
    QTest::newRow("spaces and en dash")
        << u" 09:00 \u2013 20:00 "_s << u"09:00-20:00"_s << QString();
    QTest::newRow("\"to\"") << u"21:00 to 08:00"_s << u"21:00-08:00"_s << QString();
    QTest::newRow("wraps past midnight") << u"22:30-06:15"_s << u"22:30-06:15"_s << QString();
    QTest::newRow("24:00 ends") << u"20:00-24:00"_s << u"20:00-24:00"_s << QString();
    QTest::newRow("whole day") << u"00:00-24:00"_s << u"00:00-24:00"_s << QString();
    QTest::newRow("no minutes") << u"9-20"_s << QString() << u"window-format"_s;
    QTest::newRow("words") << u"mornings"_s << QString() << u"window-format"_s;
    QTest::newRow("one time") << u"09:00"_s << QString() << u"window-format"_s;
    QTest::newRow("hour 25") << u"25:00-08:00"_s << QString() << u"window-time"_s;
    QTest::newRow("minute 60") << u"09:60-10:00"_s << QString() << u"window-time"_s;
    QTest::newRow("24:00 starts") << u"24:00-08:00"_s << QString() << u"window-time"_s;
    QTest::newRow("24:30 ends") << u"08:00-24:30"_s << QString() << u"window-time"_s;
    QTest::newRow("same time") << u"09:00-09:00"_s << QString() << u"window-empty"_s;
}

void TestSendingWindow::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QFETCH(QString, errorCode);
    const auto window = SendingWindow::parse(text);
    if (errorCode.isEmpty()) {
        QVERIFY2(window.ok(), qPrintable(window.ok() ? QString() : window.error().message));
        QCOMPARE(window->toString(), normalized);
        QVERIFY(!window->isAlwaysOpen());
    } else {
        QVERIFY(!window.ok());
        QCOMPARE(window.error().code, errorCode);
        QVERIFY(!window.error().message.isEmpty());
    }
}

// Times are UTC; comments give the local time. "next" = nextOpeningMs().
void TestSendingWindow::openAndNext_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("next");

    const QByteArray berlin = "Europe/Berlin";
    const QByteArray newYork = "America/New_York";
    const QString day = u"09:00-20:00"_s;
    const QString night = u"21:00-08:00"_s;

    QTest::newRow("before opening (08:59 CEST)")
        << day << berlin << u"2024-06-10T06:59:00Z"_s << false << u"2024-06-10T07:00:00Z"_s;
    QTest::newRow("at opening (09:00 CEST)")
        << day << berlin << u"2024-06-10T07:00:00Z"_s << true << u"2024-06-10T07:00:00Z"_s;
    QTest::newRow("last minute (19:59:59 CEST)")
        << day << berlin << u"2024-06-10T17:59:59Z"_s << true << u"2024-06-10T17:59:59Z"_s;
    QTest::newRow("at closing: next day (20:00 CEST)")
        << day << berlin << u"2024-06-10T18:00:00Z"_s << false << u"2024-06-11T07:00:00Z"_s;
    QTest::newRow("winter offset (08:30 CET)")
        << day << berlin << u"2024-01-15T07:30:00Z"_s << false << u"2024-01-15T08:00:00Z"_s;
    QTest::newRow("wrap: after midnight (00:30)")
        << night << berlin << u"2024-06-10T22:30:00Z"_s << true << u"2024-06-10T22:30:00Z"_s;
    QTest::newRow("wrap: before close (07:59)")
        << night << berlin << u"2024-06-10T05:59:00Z"_s << true << u"2024-06-10T05:59:00Z"_s;
    QTest::newRow("wrap: at close (08:00)")
        << night << berlin << u"2024-06-10T06:00:00Z"_s << false << u"2024-06-10T19:00:00Z"_s;
    QTest::newRow("wrap: afternoon (14:00)")
        << night << berlin << u"2024-06-10T12:00:00Z"_s << false << u"2024-06-10T19:00:00Z"_s;
    QTest::newRow("ends at 24:00 (23:59)")
        << u"20:00-24:00"_s << berlin << u"2024-06-10T21:59:00Z"_s << true
        << u"2024-06-10T21:59:00Z"_s;
    QTest::newRow("ends at 24:00 (00:00)")
        << u"20:00-24:00"_s << berlin << u"2024-06-10T22:00:00Z"_s << false
        << u"2024-06-11T18:00:00Z"_s;

    // Berlin: 2024-03-31 02:00 CET -> 03:00 CEST at 01:00Z; 2024-10-27 03:00 CEST -> 02:00 CET at
    // 01:00Z.
    QTest::newRow("Berlin spring day: 09:00 is CEST")
        << day << berlin << u"2024-03-31T00:00:00Z"_s << false << u"2024-03-31T07:00:00Z"_s;
    QTest::newRow("Berlin spring day: start in the gap opens at 03:00 CEST")
        << u"02:30-08:00"_s << berlin << u"2024-03-31T00:00:00Z"_s << false
        << u"2024-03-31T01:00:00Z"_s;
    QTest::newRow("Berlin spring day: window inside the gap skips the day")
        << u"02:10-02:50"_s << berlin << u"2024-03-31T00:00:00Z"_s << false
        << u"2024-04-01T00:10:00Z"_s;
    QTest::newRow("Berlin autumn day: 09:00 is CET")
        << day << berlin << u"2024-10-26T20:00:00Z"_s << false << u"2024-10-27T08:00:00Z"_s;
    QTest::newRow("Berlin autumn day: repeated hour opens again")
        << u"02:00-02:30"_s << berlin << u"2024-10-27T00:45:00Z"_s << false
        << u"2024-10-27T01:00:00Z"_s;
    QTest::newRow("Berlin autumn day: first 02:10 CEST is open")
        << u"02:00-02:30"_s << berlin << u"2024-10-27T00:10:00Z"_s << true
        << u"2024-10-27T00:10:00Z"_s;

    // New York: 2024-03-10 02:00 EST -> 03:00 EDT at 07:00Z; 2024-11-03 02:00 EDT -> 01:00 EST at
    // 06:00Z.
    QTest::newRow("New York spring day: 09:00 is EDT")
        << day << newYork << u"2024-03-10T05:00:00Z"_s << false << u"2024-03-10T13:00:00Z"_s;
    QTest::newRow("New York spring day: wrap window over the gap (01:59 EST)")
        << u"22:00-02:30"_s << newYork << u"2024-03-10T06:59:00Z"_s << true
        << u"2024-03-10T06:59:00Z"_s;
    QTest::newRow("New York spring day: gap jumps out of the window (03:00 EDT)")
        << u"22:00-02:30"_s << newYork << u"2024-03-10T07:00:00Z"_s << false
        << u"2024-03-11T02:00:00Z"_s;
    QTest::newRow("New York autumn day: 09:00 is EST")
        << day << newYork << u"2024-11-03T04:00:00Z"_s << false << u"2024-11-03T14:00:00Z"_s;
    QTest::newRow("New York autumn day: 01:30 comes twice")
        << u"01:30-01:45"_s << newYork << u"2024-11-03T05:50:00Z"_s << false
        << u"2024-11-03T06:30:00Z"_s;

    QTest::newRow("Sao Paulo: no DST any more (08:00 -03)")
        << day << QByteArray("America/Sao_Paulo") << u"2024-11-03T11:00:00Z"_s << false
        << u"2024-11-03T12:00:00Z"_s;
    QTest::newRow("Kolkata: half-hour offset (08:30 IST)")
        << day << QByteArray("Asia/Kolkata") << u"2024-06-10T03:00:00Z"_s << false
        << u"2024-06-10T03:30:00Z"_s;
    QTest::newRow("UTC") << day << QByteArray("UTC") << u"2024-06-10T20:00:00Z"_s << false
                         << u"2024-06-11T09:00:00Z"_s;
}

void TestSendingWindow::openAndNext()
{
    QFETCH(QString, window);
    QFETCH(QByteArray, zone);
    QFETCH(QString, now);
    QFETCH(bool, open);
    QFETCH(QString, next);
    QVERIFY(QTimeZone::isTimeZoneIdAvailable(zone));
    const QTimeZone timeZone(zone);
    const auto parsed = SendingWindow::parse(window);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->isOpen(utc(now), timeZone), open);
    const qint64 opening = parsed->nextOpeningMs(utc(now), timeZone);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(opening).toUTC().toString(Qt::ISODate), next);
    QVERIFY(parsed->isOpen(opening, timeZone));
    // The minute before a real opening is closed.
    if (!open)
        QVERIFY(!parsed->isOpen(opening - 60'000, timeZone));
}

void TestSendingWindow::alwaysOpen()
{
    const auto empty = SendingWindow::parse(u"  "_s);
    QVERIFY(empty.ok());
    QVERIFY(empty->isAlwaysOpen());
    QCOMPARE(empty->toString(), QString());
    const qint64 now = utc(u"2024-06-10T03:00:00Z"_s);
    QVERIFY(empty->isOpen(now, QTimeZone("Europe/Berlin")));
    QCOMPARE(empty->nextOpeningMs(now, QTimeZone("Europe/Berlin")), now);
    QVERIFY(SendingWindow().isAlwaysOpen());
}

void TestSendingWindow::invalidZoneCountsAsUtc()
{
    const auto window = SendingWindow::parse(u"09:00-20:00"_s);
    QVERIFY(window.ok());
    const qint64 now = utc(u"2024-06-10T08:00:00Z"_s);
    QVERIFY(!window->isOpen(now, QTimeZone()));
    QCOMPARE(window->nextOpeningMs(now, QTimeZone()), utc(u"2024-06-10T09:00:00Z"_s));
}

void TestSendingWindow::zoneForRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("teamZone"); // the team's default for that region, or ""
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("IN: its only zone") << u"IN"_s << QByteArray() << QByteArray("Asia/Kolkata");
    QTest::newRow("US: most populous") << u"US"_s << QByteArray() << QByteArray("America/New_York");
    QTest::newRow("BR: most populous")
        << u"BR"_s << QByteArray() << QByteArray("America/Sao_Paulo");
    QTest::newRow("lower-case region")
        << u"br"_s << QByteArray() << QByteArray("America/Sao_Paulo");
    QTest::newRow("DE: not Busingen") << u"DE"_s << QByteArray() << QByteArray("Europe/Berlin");
    QTest::newRow("FR: single zone") << u"FR"_s << QByteArray() << QByteArray("Europe/Paris");
    QTest::newRow("US: team default")
        << u"US"_s << QByteArray("America/Los_Angeles") << QByteArray("America/Los_Angeles");
    QTest::newRow("BR: team default")
        << u"BR"_s << QByteArray("America/Manaus") << QByteArray("America/Manaus");
    QTest::newRow("unknown team zone ignored")
        << u"US"_s << QByteArray("Mars/Olympus_Mons") << QByteArray("America/New_York");
    QTest::newRow("unknown region: fallback")
        << u"ZZ"_s << QByteArray() << QByteArray("Europe/Lisbon");
    QTest::newRow("no region: fallback")
        << QString() << QByteArray() << QByteArray("Europe/Lisbon");
}

void TestSendingWindow::zoneForRegion()
{
    QFETCH(QString, region);
    QFETCH(QByteArray, teamZone);
    QFETCH(QByteArray, expected);
    QMap<QString, QByteArray> teamDefaults;
    if (!teamZone.isEmpty())
        teamDefaults.insert(region.toLower(), teamZone); // keys are case-insensitive
    RecipientZoneResolver resolver(teamDefaults, QTimeZone("Europe/Lisbon"));
    QCOMPARE(resolver.zoneForRegion(region).id(), expected);
    QCOMPARE(resolver.zoneForRegion(region).id(), expected); // from the cache
}

void TestSendingWindow::zoneForNumber_data()
{
    QTest::addColumn<QByteArray>("contactZone");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("IN number") << QByteArray() << u"+919876543210"_s << QByteArray("Asia/Kolkata");
    QTest::newRow("BR number") << QByteArray() << u"+5511961234567"_s
                               << QByteArray("America/Sao_Paulo");
    QTest::newRow("US number, team default")
        << QByteArray() << u"+12015550123"_s << QByteArray("America/Chicago");
    QTest::newRow("contact zone overrides the region")
        << QByteArray("America/Manaus") << u"+5511961234567"_s << QByteArray("America/Manaus");
    QTest::newRow("contact zone abroad")
        << QByteArray("Europe/Berlin") << u"+919876543210"_s << QByteArray("Europe/Berlin");
    QTest::newRow("unknown contact zone ignored")
        << QByteArray("Somewhere/Else") << u"+919876543210"_s << QByteArray("Asia/Kolkata");
    QTest::newRow("invalid number: fallback") << QByteArray() << u"+999"_s << QByteArray("UTC");
}

void TestSendingWindow::zoneForNumber()
{
    QFETCH(QByteArray, contactZone);
    QFETCH(QString, e164);
    QFETCH(QByteArray, expected);
    RecipientZoneResolver resolver(
        { { u"US"_s, QByteArray("America/Chicago") } }, QTimeZone("UTC"));
    QCOMPARE(resolver.zoneFor(contactZone, e164).id(), expected);
}

void TestSendingWindow::contactZoneDecidesTheWindow()
{
    // 12:30Z is 09:30 in Sao Paulo (-03) but 08:30 in Manaus (-04).
    const auto window = SendingWindow::parse(u"09:00-20:00"_s);
    QVERIFY(window.ok());
    RecipientZoneResolver resolver;
    const qint64 now = utc(u"2024-06-10T12:30:00Z"_s);
    const QString number = u"+5511961234567"_s;
    QVERIFY(window->isOpen(now, resolver.zoneFor({}, number)));
    const QTimeZone manaus = resolver.zoneFor("America/Manaus", number);
    QVERIFY(!window->isOpen(now, manaus));
    QCOMPARE(window->nextOpeningMs(now, manaus), utc(u"2024-06-10T13:00:00Z"_s));
}

void TestSendingWindow::regionsWithSeveralZones()
{
    QVERIFY(QTimeZone::availableTimeZoneIds(QLocale::codeToTerritory(u"US")).size() > 1);
    QVERIFY(QTimeZone::availableTimeZoneIds(QLocale::codeToTerritory(u"BR")).size() > 1);
    QCOMPARE(QTimeZone::availableTimeZoneIds(QLocale::codeToTerritory(u"IN")).size(), 1);
    QCOMPARE(RecipientZoneResolver::regionOfNumber(u"+12015550123"_s), u"US"_s);
    QCOMPARE(RecipientZoneResolver::regionOfNumber(u"not a number"_s), QString());
}

QTEST_GUILESS_MAIN(TestSendingWindow)
#include "tst_sendingwindow.moc"
