#include "ReaderFactory.h"
#include "VCardReader.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

using Cards = QList<QStringList>;

namespace {

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

// The expected fields of a card, in the order of VCardReader::columns().
struct Card
{
    QString fullName, firstName, lastName, phone, otherPhones, email, birthday, categories,
        organization, note;

    operator QStringList() const
    {
        return {fullName, firstName, lastName, phone, otherPhones, email, birthday, categories,
                organization, note};
    }
};

QString dataFile(const char *name)
{
    return QStringLiteral(MEGAPHONE_TEST_DATA) + u'/' + QString::fromLatin1(name);
}

} // namespace

class TestVCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void normalizesBirthdays_data();
    void normalizesBirthdays();
    void refusesWhatIsNotAVCard();
    void emptyFileHasNoCards();
    void cutsOversizeValues();
    void readsTheICloudFixtureThroughTheFactory();
};

void TestVCardReader::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Cards>("expected");
    QTest::addColumn<QStringList>("problems"); // per card: part of the problem, "" for none
    QTest::addColumn<QString>("encoding");

    QTest::newRow("iPhone 3.0") << crlf(
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "PRODID:-//Apple Inc.//iPhone OS 17.4//EN\n"
        "N:Sharma;Priya;;;\n"
        "FN:Priya Sharma\n"
        "ORG:Sharma Textiles;\n"
        "EMAIL;type=INTERNET;type=HOME;type=pref:priya@example.in\n"
        "TEL;type=HOME;type=VOICE;type=pref:+91 20 2345 6789\n"
        "item1.TEL:+91 98765 43210\n"
        "item1.X-ABLabel:_$!<Mobile>!$_\n"
        "item2.TEL:+91 99999 00000\n"
        "item2.X-ABLabel:WhatsApp\n"
        "CATEGORIES:Customers,VIP\n"
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12\n"
        "NOTE:Met at Diwali mela\\, Pune\\nPrefers evenings\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\n"
        " /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\n"
        "END:VCARD\n")
        << Cards{Card{u"Priya Sharma"_s, u"Priya"_s, u"Sharma"_s, u"+91 98765 43210"_s,
                      u"+91 20 2345 6789 ::: +91 99999 00000"_s, u"priya@example.in"_s, u"--04-12"_s,
                      u"Customers ::: VIP"_s, u"Sharma Textiles"_s,
                      u"Met at Diwali mela, Pune\nPrefers evenings"_s}}
        << QStringList{QString()} << u"UTF-8"_s;

    QTest::newRow("Android 2.1 quoted-printable") << crlf(
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=B6=E0=A4=B0=E0=A5=8D=E0=A4=AE=E0=A4=BE;"
        "=E0=A4=AA=E0=A5=8D=E0=A4=B0=E0=A4=BF=E0=A4=AF=E0=A4=BE;;;\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E0=A4=AA=E0=A5=8D=E0=A4=B0=E0=A4=BF=E0=A4=AF=E0=A4=BE=20=\n"
        "=E0=A4=B6=E0=A4=B0=E0=A5=8D=E0=A4=AE=E0=A4=BE\n"
        "TEL;HOME:020 2345 6789\n"
        "TEL;CELL;PREF:098765 43210\n"
        "EMAIL;HOME:priya@example.in\n"
        "END:VCARD\n"
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Concei=C3=\n"
        "=A7=C3=A3o;Jo=C3=A3o;;;\n"
        "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=57=6F=72=6B):+55 11 3456-7890\n"
        "TEL;CELL:+55 11 91234-5678\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Prefere WhatsApp=0A=C3=A0 tarde\n"
        "END:VCARD\n")
        << Cards{Card{u"प्रिया शर्मा"_s, u"प्रिया"_s, u"शर्मा"_s, u"098765 43210"_s, u"020 2345 6789"_s,
                      u"priya@example.in"_s, {}, {}, {}, {}},
                 Card{u"João Conceição"_s, u"João"_s, u"Conceição"_s, u"+55 11 91234-5678"_s,
                      u"+55 11 3456-7890"_s, {}, {}, {}, {}, u"Prefere WhatsApp\nà tarde"_s}}
        << QStringList{QString(), QString()} << u"UTF-8"_s;

    QTest::newRow("Outlook 2.1 and 3.0") << crlf(
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;LANGUAGE=en-gb:Brown;Olivia\n"
        "FN:Olivia Brown\n"
        "ORG:Brown & Sons\n"
        "TEL;WORK;VOICE:+44 20 7946 0958\n"
        "TEL;CELL;VOICE:07700 900123\n"
        "EMAIL;PREF;INTERNET:olivia@example.co.uk\n"
        "BDAY:19850314\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Prefers morning calls=0D=0A=\n"
        "VIP since 2019\n"
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:0\n"
        "REV:20240101T120000Z\n"
        "END:VCARD\n"
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\n"
        "TEL;HOME;VOICE:0151 23456789\n"
        "END:VCARD\n"
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "N:Okafor;Chinedu;;;\n"
        "FN:Chinedu Okafor\n"
        "TEL;TYPE=work:+234 1 234 5678\n"
        "TEL;TYPE=cell:0803 123 4567\n"
        "EMAIL;TYPE=INTERNET:chinedu@example.ng\n"
        "EMAIL;TYPE=INTERNET,pref:okafor@example.ng\n"
        "BDAY:1992-07-01\n"
        "END:VCARD\n")
        << Cards{Card{u"Olivia Brown"_s, u"Olivia"_s, u"Brown"_s, u"07700 900123"_s,
                      u"+44 20 7946 0958"_s, u"olivia@example.co.uk"_s, u"1985-03-14"_s, {},
                      u"Brown & Sons"_s, u"Prefers morning calls\r\nVIP since 2019"_s},
                 Card{u"Jürgen Müller"_s, u"Jürgen"_s, u"Müller"_s, u"0151 23456789"_s, {}, {}, {}, {},
                      {}, {}},
                 Card{u"Chinedu Okafor"_s, u"Chinedu"_s, u"Okafor"_s, u"0803 123 4567"_s,
                      u"+234 1 234 5678"_s, u"okafor@example.ng"_s, u"1992-07-01"_s, {}, {}, {}}}
        << QStringList{QString(), QString(), QString()} << u"UTF-8"_s;

    QTest::newRow("vCard 4.0") << crlf(
        "BEGIN:VCARD\n"
        "VERSION:4.0\n"
        "FN:Lucía García\n"
        "N:García;Lucía;;;\n"
        "TEL;VALUE=uri;TYPE=\"voice,home\":tel:+34-912-345-678\n"
        "TEL;TYPE=\"cell,voice\";VALUE=uri:tel:+1-555-555-5555\n"
        "TEL;VALUE=uri;TYPE=work:tel:+1-555-555-0100;ext=42\n"
        "EMAIL;PREF=1:lucia@example.es\n"
        "BDAY:--0317\n"
        "CATEGORIES:clientes,VIP\n"
        "END:VCARD\n")
        << Cards{Card{u"Lucía García"_s, u"Lucía"_s, u"García"_s, u"+1-555-555-5555"_s,
                      u"+34-912-345-678 ::: +1-555-555-0100 ext. 42"_s, u"lucia@example.es"_s,
                      u"--03-17"_s, u"clientes ::: VIP"_s, {}, {}}}
        << QStringList{QString()} << u"UTF-8"_s;

    QTest::newRow("folding") << crlf(
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "FN:Maximilian Alexander von \n"
        " Habsburg-Lothringen\n"
        "NOTE:This note is folded across \n"
        " three lines\\, with an esca\n"
        "\tped comma\n"
        "TEL;TYPE=CELL:+49 171 \n"
        " 9876543\n"
        "END:VCARD\n"
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "FN:Anna\n"
        " Schmidt\n"
        "END:VCARD\n")
        << Cards{Card{u"Maximilian Alexander von Habsburg-Lothringen"_s, {}, {}, u"+49 171 9876543"_s,
                      {}, {}, {}, {}, {}, u"This note is folded across three lines, with an escaped comma"_s},
                 Card{u"Anna Schmidt"_s, {}, {}, {}, {}, {}, {}, {}, {}, {}}} // 2.1 keeps the space
        << QStringList{QString(), QString()} << u"UTF-8"_s;

    QTest::newRow("escapes, and a name built from N") << QByteArray(
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "N:O\\;Brien;Pat;Maria;Dr.;Jr.\n"
        "ORG:Acme\\, Inc.;Sales\n"
        "CATEGORIES:a\\,b,c,c\n"
        "NOTE:Line 1\\nLine 2\\, with comma\\; and semicolon\\\\ backslash \\d kept\n"
        "END:VCARD\n")
        << Cards{Card{u"Dr. Pat Maria O;Brien Jr."_s, u"Pat"_s, u"O;Brien"_s, {}, {}, {}, {},
                      u"a,b ::: c"_s, u"Acme, Inc., Sales"_s,
                      u"Line 1\nLine 2, with comma; and semicolon\\ backslash \\d kept"_s}}
        << QStringList{QString()} << u"UTF-8"_s;

    QTest::newRow("several cards, LF, blank lines, lower case") << QByteArray(
        "begin:vcard\nversion:3.0\nfn:Ana\ntel;type=cell:+34 612 345 678\nend:vcard\n\n\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nTEL:+44 7700 900123\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cy\nEND:VCARD")
        << Cards{Card{u"Ana"_s, {}, {}, u"+34 612 345 678"_s, {}, {}, {}, {}, {}, {}},
                 Card{u"Bo"_s, {}, {}, u"+44 7700 900123"_s, {}, {}, {}, {}, {}, {}},
                 Card{u"Cy"_s, {}, {}, {}, {}, {}, {}, {}, {}, {}}}
        << QStringList{QString(), QString(), QString()} << u"UTF-8"_s;

    QTest::newRow("broken cards are reported, the others read") << crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL:1\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nTEL:2\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cy\nTEL:3\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Di\nTEL:4\n")
        << Cards{Card{u"Ana"_s, {}, {}, u"1"_s, {}, {}, {}, {}, {}, {}},
                 Card{u"Bo"_s, {}, {}, u"2"_s, {}, {}, {}, {}, {}, {}},
                 Card{u"Cy"_s, {}, {}, u"3"_s, {}, {}, {}, {}, {}, {}},
                 Card{u"Di"_s, {}, {}, u"4"_s, {}, {}, {}, {}, {}, {}}}
        << QStringList{QString(),
                       u"END:VCARD missing: the card starting at line 6 was cut short by the next "
                       "BEGIN:VCARD at line 10"_s,
                       QString(), u"the card starting at line 15 runs to the end of the file"_s}
        << u"UTF-8"_s;

    QTest::newRow("Windows-1252 file") << crlf(
        "BEGIN:VCARD\nVERSION:3.0\nN:M\xFCller;J\xFCrgen;;;\nFN:J\xFCrgen M\xFCller\n"
        "NOTE:Preis 5 \x80\nEND:VCARD\n")
        << Cards{Card{u"Jürgen Müller"_s, u"Jürgen"_s, u"Müller"_s, {}, {}, {}, {}, {}, {},
                      u"Preis 5 €"_s}}
        << QStringList{QString()} << u"Windows-1252"_s;

    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16LE with BOM") << QByteArray(utf16.encode(
        u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:प्रिया\r\nTEL;TYPE=CELL:+91 98765 43210\r\nEND:VCARD\r\n"_s))
        << Cards{Card{u"प्रिया"_s, {}, {}, u"+91 98765 43210"_s, {}, {}, {}, {}, {}, {}}}
        << QStringList{QString()} << u"UTF-16LE"_s;
}

void TestVCardReader::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(Cards, expected);
    QFETCH(QStringList, problems);

    for (const int chunk : {0, 1, 2, 5}) { // chunk borders everywhere
        auto onFailure = qScopeGuard([chunk] {
            if (QTest::currentTestFailed())
                qWarning("with chunk size %d", chunk);
        });
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        VCardReader reader;
        if (chunk > 0)
            reader.setChunkSize(chunk);
        QVERIFY2(reader.open(&buffer, {}), qPrintable(reader.error()));
        QTEST(reader.encoding(), "encoding");
        QCOMPARE(reader.header(), VCardReader::columns());
        QVERIFY(reader.hasHeader());
        QVERIFY(reader.delimiter().isNull());
        SourceRecord record;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(reader.next(record), qPrintable(u"card %1 missing"_s.arg(i + 1)));
            QCOMPARE(record.fields, expected[i]);
            QCOMPARE(record.row, qint64(i + 2));
            if (problems.value(i).isEmpty())
                QCOMPARE(record.problem, QString());
            else
                QVERIFY2(record.problem.contains(problems[i]), qPrintable(record.problem));
        }
        QVERIFY(!reader.next(record));
    }
}

void TestVCardReader::normalizesBirthdays_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("omitYear");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ISO") << u"1990-04-12"_s << QString() << u"1990-04-12"_s;
    QTest::newRow("basic") << u"19900412"_s << QString() << u"1990-04-12"_s;
    QTest::newRow("with time") << u"1990-04-12T00:00:00Z"_s << QString() << u"1990-04-12"_s;
    QTest::newRow("no year") << u"--04-12"_s << QString() << u"--04-12"_s;
    QTest::newRow("no year, basic") << u"--0412"_s << QString() << u"--04-12"_s;
    QTest::newRow("Apple, no year") << u"1604-04-12"_s << u"1604"_s << u"--04-12"_s;
    QTest::newRow("year 0000") << u"0000-05-17"_s << QString() << u"--05-17"_s;
    QTest::newRow("spaces") << u" 1985-03-14 "_s << QString() << u"1985-03-14"_s;
    QTest::newRow("no such day") << u"1990-02-30"_s << QString() << u"1990-02-30"_s;
    QTest::newRow("text") << u"circa 1800"_s << QString() << u"circa 1800"_s;
}

void TestVCardReader::normalizesBirthdays()
{
    QFETCH(QString, value);
    QFETCH(QString, omitYear);
    QTEST(VCardReader::normalizeBirthday(value, omitYear), "expected");
}

void TestVCardReader::refusesWhatIsNotAVCard()
{
    QBuffer buffer;
    buffer.setData("Name,Phone\nAna,1\n");
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader;
    QVERIFY(!reader.open(&buffer, {}));
    QVERIFY(reader.error().contains(u"BEGIN:VCARD"_s));
    SourceRecord record;
    QVERIFY(!reader.next(record));
}

void TestVCardReader::emptyFileHasNoCards()
{
    QBuffer buffer;
    buffer.setData("\r\n\r\n");
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader;
    QVERIFY(reader.open(&buffer, {}));
    SourceRecord record;
    QVERIFY(!reader.next(record));
}

void TestVCardReader::cutsOversizeValues()
{
    QByteArray input = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE:" + QByteArray(5000, 'x')
                       + "\nPHOTO;ENCODING=b:" + QByteArray(100000, 'A') + "\nTEL:1\nEND:VCARD\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader;
    ReaderOptions options;
    options.maxFieldChars = 100;
    QVERIFY(reader.open(&buffer, options));
    SourceRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields[VCardReader::Note], QString(100, u'x'));
    QCOMPARE(record.fields[VCardReader::Phone], u"1"_s);
    QVERIFY2(record.problem.contains(u"NOTE"_s), qPrintable(record.problem));
    QVERIFY2(!record.problem.contains(u"PHOTO"_s), qPrintable(record.problem)); // not a contact field
}

void TestVCardReader::readsTheICloudFixtureThroughTheFactory()
{
    auto opened = ReaderFactory::open(dataFile("vcard_icloud_export.vcf"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->format, ReaderFactory::Format::VCard);
    SourceRecord record;
    QStringList names, phones;
    while (opened->reader->next(record)) {
        QVERIFY2(record.problem.isEmpty(), qPrintable(record.problem));
        names << record.fields[VCardReader::FullName];
        phones << record.fields[VCardReader::Phone];
    }
    QCOMPARE(names, (QStringList{u"Priya Sharma"_s, u"João Conceição"_s, u"Omar Al Farsi"_s}));
    QCOMPARE(phones, (QStringList{u"+91 98765 43210"_s, u"+55 11 91234-5678"_s, u"+971 50 123 4567"_s}));
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
