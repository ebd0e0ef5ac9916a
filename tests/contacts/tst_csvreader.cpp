#include "CsvReader.h"
#include "ReaderFactory.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

using Rows = QList<QStringList>;
using RowNumbers = QList<qint64>;

namespace {

struct ReadResult
{
    bool opened = false;
    QString error;
    QString encoding;
    QChar delimiter;
    bool hasHeader = false;
    QStringList header;
    QList<SourceRecord> records;
};

ReadResult readAll(QIODevice *device, const ReaderOptions &options, int chunkSize = 0)
{
    CsvReader reader;
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    ReadResult r;
    r.opened = reader.open(device, options);
    r.error = reader.error();
    r.encoding = reader.encoding();
    r.delimiter = reader.delimiter();
    r.hasHeader = reader.hasHeader();
    r.header = reader.header();
    SourceRecord record;
    while (r.opened && reader.next(record))
        r.records << record;
    return r;
}

ReadResult readBytes(const QByteArray &bytes, const ReaderOptions &options = {}, int chunkSize = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options, chunkSize);
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

QString dataFile(const char *name)
{
    return QStringLiteral(MEGAPHONE_TEST_DATA) + u'/' + QString::fromLatin1(name);
}

// Options of a conformance case, and what it expects besides the rows.
struct Case
{
    QString delimiter;     // forced; empty: sniff
    int header = -1;       // -1 detect, 0 no, 1 yes
    int maxField = 0;      // 0: the default
    QString encoding;      // forced; empty: detect
    QString expectEncoding = u"UTF-8"_s;
    QString expectDelimiter = u","_s;
    RowNumbers rowNumbers; // empty: consecutive after the header
    QStringList problems;  // per row: a part of the expected problem, "" for none

    Case &withDelimiter(const QString &v) { delimiter = v; return *this; }
    Case &withHeader(int v) { header = v; return *this; }
    Case &withMaxField(int v) { maxField = v; return *this; }
    Case &withEncoding(const QString &v) { encoding = v; return *this; }
    Case &withExpectEncoding(const QString &v) { expectEncoding = v; return *this; }
    Case &withExpectDelimiter(const QString &v) { expectDelimiter = v; return *this; }
    Case &withRowNumbers(const RowNumbers &v) { rowNumbers = v; return *this; }
    Case &withProblems(const QStringList &v) { problems = v; return *this; }
};

void addCase(const char *name, const QByteArray &input, const QStringList &header, const Rows &rows,
             const Case &c = Case())
{
    QTest::newRow(name) << input << c.delimiter << c.header << c.maxField << c.encoding << header
                        << rows << c.rowNumbers << c.problems << c.expectEncoding
                        << c.expectDelimiter;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void invalidByteLateInTheFileMeansWindows1252();
    void multiByteCharacterAcrossTheDefaultChunkBorder();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void detectsHeader_data();
    void detectsHeader();
    void encodingNames_data();
    void encodingNames();
    void detectsUtf16WithoutBomAndRewinds();
    void refusesBadOptions();
    void readerCanBeReopened();
    void fixtures_data();
    void fixtures();
    void factoryChoosesTheReader();
    void largeFileReadsEveryRecord();
};

void TestCsvReader::conformance_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("header");
    QTest::addColumn<int>("maxField");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("expectedHeader");
    QTest::addColumn<Rows>("expectedRows");
    QTest::addColumn<RowNumbers>("expectedRowNumbers");
    QTest::addColumn<QStringList>("expectedProblems");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<QString>("expectedDelimiter");

    const QStringList np = {u"Name"_s, u"Phone"_s};
    const QStringList ab = {u"a"_s, u"b"_s};

    // Quoting
    addCase("plain", "Name,Phone\nAna,+34 612 345 678\nBo,+44 7700 900123\n", np,
            {{u"Ana"_s, u"+34 612 345 678"_s}, {u"Bo"_s, u"+44 7700 900123"_s}});
    addCase("delimiter inside quotes", "Name,Note\n\"Silva, Ana\",\"a,b,c\"\n", {u"Name"_s, u"Note"_s},
            {{u"Silva, Ana"_s, u"a,b,c"_s}});
    addCase("doubled quotes", "Name,Note\n\"Ana \"\"Nana\"\" Silva\",\"\"\"\"\"\"\n",
            {u"Name"_s, u"Note"_s}, {{u"Ana \"Nana\" Silva"_s, u"\"\""_s}});
    addCase("CRLF inside quotes", "Name,Note\r\nAna,\"line 1\r\nline 2\"\r\nBo,x\r\n",
            {u"Name"_s, u"Note"_s}, {{u"Ana"_s, u"line 1\r\nline 2"_s}, {u"Bo"_s, u"x"_s}});
    addCase("LF inside quotes", "Name,Note\nAna,\"line 1\nline 2\n\"\nBo,x\n", {u"Name"_s, u"Note"_s},
            {{u"Ana"_s, u"line 1\nline 2\n"_s}, {u"Bo"_s, u"x"_s}});
    addCase("empty fields, quoted and not", "a,b,c\n\"\",,\"x\"\n", {u"a"_s, u"b"_s, u"c"_s},
            {{QString(), QString(), u"x"_s}});
    addCase("quote inside an unquoted field is text", "Name,Size\nTV,55\" screen\n",
            {u"Name"_s, u"Size"_s}, {{u"TV"_s, u"55\" screen"_s}});
    addCase("text after the closing quote joins the field", "Name,Note\n\"ab\"cd,x\n",
            {u"Name"_s, u"Note"_s}, {{u"abcd"_s, u"x"_s}});
    addCase("quoted fields at line ends", "a,b\n\"1\",\"2\"\r\n\"3\",\"4\"", ab,
            {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}});

    // Line ends
    const Rows twoRows = {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    addCase("CRLF", "a,b\r\n1,2\r\n3,4\r\n", ab, twoRows);
    addCase("LF", "a,b\n1,2\n3,4\n", ab, twoRows);
    addCase("CR", "a,b\r1,2\r3,4\r", ab, twoRows);
    addCase("mixed", "a,b\r\n1,2\n3,4\r5,6\r\n", ab, {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}, {u"5"_s, u"6"_s}});
    addCase("no final line end", "a,b\n1,2\n3,4", ab, twoRows);
    addCase("delimiter at the very end", "a,b\n1,", ab, {{u"1"_s, QString()}});

    // Blank lines: skipped, but numbered as a spreadsheet shows them
    addCase("blank lines", "Name,Phone\n\nAna,1\r\n\r\n   \n,,\nBo,2\n\n", np,
            {{u"Ana"_s, u"1"_s}, {u"Bo"_s, u"2"_s}}, Case().withRowNumbers({3, 7}));
    addCase("blank lines before the header", "\n\nName,Phone\nAna,1\n", np, {{u"Ana"_s, u"1"_s}},
            Case().withRowNumbers({4}));

    // Encodings
    addCase("UTF-8 BOM", "\xEF\xBB\xBFName,Phone\nJos\xC3\xA9,1\n", np, {{u"José"_s, u"1"_s}});
    const QString tabbed = u"Name\tPhone\r\nJosé\t+91 98765 43210\r\nप्रिया\t1\r\n"_s;
    const Rows tabbedRows = {{u"José"_s, u"+91 98765 43210"_s}, {u"प्रिया"_s, u"1"_s}};
    addCase("UTF-16LE BOM", encoded(tabbed, QStringConverter::Utf16LE), np, tabbedRows,
            Case().withExpectEncoding(u"UTF-16LE"_s).withExpectDelimiter(u"\t"_s));
    addCase("UTF-16BE BOM", encoded(tabbed, QStringConverter::Utf16BE), np, tabbedRows,
            Case().withExpectEncoding(u"UTF-16BE"_s).withExpectDelimiter(u"\t"_s));
    const QByteArray cp1252 = "Name,Note\nJos\xE9,\x80 5\n\x93" "Ana\x94,caf\xE9 \x81\n";
    addCase("Windows-1252", cp1252, {u"Name"_s, u"Note"_s},
            {{u"José"_s, u"€ 5"_s}, {u"“Ana”"_s, u"café \u0081"_s}},
            Case().withExpectEncoding(u"Windows-1252"_s));
    addCase("forced Latin-1", cp1252, {u"Name"_s, u"Note"_s},
            {{u"José"_s, u"\u0080 5"_s}, {u"\u0093Ana\u0094"_s, u"café \u0081"_s}},
            Case().withEncoding(u"latin1"_s).withExpectEncoding(u"ISO-8859-1"_s));
    addCase("forced UTF-8 on other bytes", "Name\nJos\xE9\n", {u"Name"_s}, {{u"Jos\uFFFD"_s}},
            Case().withEncoding(u"utf8"_s));
    addCase("UTF-8 Devanagari and Portuguese",
            "Nome,Telefone\nप्रिया शर्मा,+91 98765 43210\nJoão Conceição,+55 11 91234-5678\n",
            {u"Nome"_s, u"Telefone"_s},
            {{u"प्रिया शर्मा"_s, u"+91 98765 43210"_s}, {u"João Conceição"_s, u"+55 11 91234-5678"_s}});

    // Delimiters
    addCase("semicolon", "Vorname;Nachname;Handy\nJürgen;Müller;0151 23456789\nZoë;Groß;12,50\n",
            {u"Vorname"_s, u"Nachname"_s, u"Handy"_s},
            {{u"Jürgen"_s, u"Müller"_s, u"0151 23456789"_s}, {u"Zoë"_s, u"Groß"_s, u"12,50"_s}},
            Case().withExpectDelimiter(u";"_s));
    addCase("tab", "Name\tPhone\nAna\t1\n", np, {{u"Ana"_s, u"1"_s}}, Case().withExpectDelimiter(u"\t"_s));
    addCase("pipe", "Name|Phone|Note\nAna|1|a, b; c\nBo|2|\n", {u"Name"_s, u"Phone"_s, u"Note"_s},
            {{u"Ana"_s, u"1"_s, u"a, b; c"_s}, {u"Bo"_s, u"2"_s, QString()}}, Case().withExpectDelimiter(u"|"_s));
    addCase("semicolon with commas in quotes", "a;b\n\"x, y, z\";\"1,2,3,4\"\n\"p,q\";2\n", ab,
            {{u"x, y, z"_s, u"1,2,3,4"_s}, {u"p,q"_s, u"2"_s}}, Case().withExpectDelimiter(u";"_s));
    addCase("forced delimiter", "a;b,c\n1;2,3\n", {u"a;b"_s, u"c"_s}, {{u"1;2"_s, u"3"_s}},
            Case().withDelimiter(u","_s));

    // Header
    const QStringList cols = {u"Column 1"_s, u"Column 2"_s};
    addCase("no header: a phone number", "Ana,+91 98765 43210\nBo,+44 7700 900123\n", cols,
            {{u"Ana"_s, u"+91 98765 43210"_s}, {u"Bo"_s, u"+44 7700 900123"_s}},
            Case().withRowNumbers({1, 2}));
    addCase("no header: an e-mail", "ana@example.com,Ana\n", cols, {{u"ana@example.com"_s, u"Ana"_s}},
            Case().withRowNumbers({1}));
    addCase("forced no header", "Ana,Bo\nCy,Di\n", cols, {{u"Ana"_s, u"Bo"_s}, {u"Cy"_s, u"Di"_s}},
            Case().withHeader(0).withRowNumbers({1, 2}));
    addCase("forced header", "Ana,+91 98765 43210\nBo,1\n", {u"Ana"_s, u"+91 98765 43210"_s},
            {{u"Bo"_s, u"1"_s}}, Case().withHeader(1));
    addCase("header cells trimmed, empty ones named", " Name ,,Phone\nA,B,C\n",
            {u"Name"_s, u"Column 2"_s, u"Phone"_s}, {{u"A"_s, u"B"_s, u"C"_s}});
    addCase("trailing delimiters on every line", "Name,Phone,\nAna,1,\n", np, {{u"Ana"_s, u"1"_s}});

    // Problems: reported on the record, reading goes on
    addCase("ragged rows", "Name,Phone,Email\nAna,1,a@x.io\nBo,2\nCy,3,c@x.io,extra\nDi,4,d@x.io\n",
            {u"Name"_s, u"Phone"_s, u"Email"_s},
            {{u"Ana"_s, u"1"_s, u"a@x.io"_s}, {u"Bo"_s, u"2"_s},
             {u"Cy"_s, u"3"_s, u"c@x.io"_s, u"extra"_s}, {u"Di"_s, u"4"_s, u"d@x.io"_s}},
            Case().withProblems({QString(), u"expected 3 fields, found 2"_s, u"expected 3 fields, found 4"_s,
                          QString()}));
    addCase("empty extra fields are not ragged", "a,b\n1,2,,\n", ab, {{u"1"_s, u"2"_s}});
    addCase("NUL characters", "Name,Phone\nA\0na,1\n\"B\0o\",2\n3,4\n"_ba, np,
            {{u"Ana"_s, u"1"_s}, {u"Bo"_s, u"2"_s}, {u"3"_s, u"4"_s}},
            Case().withProblems({u"NUL character removed from field 1"_s,
                          u"NUL character removed from field 1"_s, QString()}));
    addCase("oversize fields", "a,b\n123456789,xyz\n\"abcdefgh\",\"ab\"\"cdefg\"\n1,2\n", ab,
            {{u"12345"_s, u"xyz"_s}, {u"abcde"_s, u"ab\"cd"_s}, {u"1"_s, u"2"_s}},
            Case().withMaxField(5).withProblems({u"field 1 longer than 5 characters, cut"_s,
                          u"fields 1, 2 longer than 5 characters, cut"_s, QString()}));
    addCase("oversize field never splits a character", "a\n😀😀\n", {u"a"_s}, {{u"😀"_s}},
            Case().withMaxField(3).withProblems({u"longer than 3 characters"_s}));
    addCase("unterminated quote at the end", "Name,Note\nAna,x\nBo,\"never closed\nCy,3\n",
            {u"Name"_s, u"Note"_s}, {{u"Ana"_s, u"x"_s}, {u"Bo"_s, u"never closed\nCy,3\n"_s}},
            Case().withProblems({QString(), u"the quote opened in field 2 is never closed"_s}));

    // Degenerate files
    addCase("empty file", "", {}, {});
    addCase("only a byte-order mark", "\xEF\xBB\xBF", {}, {});
    addCase("only a header", "Name,Phone\n", np, {});
    addCase("only a header, no line end", "Name,Phone", np, {});
    addCase("one column", "Phone\n+91 98765 43210\n", {u"Phone"_s}, {{u"+91 98765 43210"_s}});
}

void TestCsvReader::conformance()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(int, header);
    QFETCH(int, maxField);
    QFETCH(QString, encoding);
    QFETCH(QStringList, expectedHeader);
    QFETCH(Rows, expectedRows);
    QFETCH(RowNumbers, expectedRowNumbers);
    QFETCH(QStringList, expectedProblems);

    ReaderOptions options;
    options.encoding = encoding;
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    if (header >= 0)
        options.hasHeader = header == 1;
    if (maxField > 0)
        options.maxFieldChars = maxField;

    // The default chunk, then chunk borders everywhere: inside quotes, between
    // CR and LF, inside UTF-8 and UTF-16 sequences.
    for (const int chunk : {0, 1, 2, 3, 7}) {
        auto onFailure = qScopeGuard([chunk] {
            if (QTest::currentTestFailed())
                qWarning("with chunk size %d", chunk);
        });
        const ReadResult r = readBytes(input, options, chunk);
        QVERIFY2(r.opened, qPrintable(r.error));
        QTEST(r.encoding, "expectedEncoding");
        QTEST(QString(r.delimiter), "expectedDelimiter");
        QCOMPARE(r.header, expectedHeader);
        QCOMPARE(r.records.size(), expectedRows.size());
        for (qsizetype i = 0; i < expectedRows.size(); ++i) {
            const SourceRecord &record = r.records[i];
            QCOMPARE(record.fields, expectedRows[i]);
            const qint64 row = expectedRowNumbers.isEmpty() ? i + (r.hasHeader ? 2 : 1)
                                                            : expectedRowNumbers[i];
            QCOMPARE(record.row, row);
            const QString problem = expectedProblems.value(i);
            if (problem.isEmpty())
                QCOMPARE(record.problem, QString());
            else
                QVERIFY2(record.problem.contains(problem), qPrintable(record.problem));
        }
    }
}

void TestCsvReader::invalidByteLateInTheFileMeansWindows1252()
{
    // Valid UTF-8 for 600 KB, then one Windows-1252 byte: the whole file decides.
    QByteArray bytes = "Name,Phone\n";
    for (int i = 0; bytes.size() < 600 * 1024; ++i)
        bytes += "Jo\xC3\xA3o Concei\xC3\xA7\xC3\xA3o," + QByteArray::number(9876500000LL + i) + '\n';
    bytes += "Jos\xE9,123\n";
    const ReadResult r = readBytes(bytes);
    QVERIFY(r.opened);
    QCOMPARE(r.encoding, u"Windows-1252"_s);
    QCOMPARE(r.records.constLast().fields.constFirst(), u"José"_s);
    QCOMPARE(r.records.constFirst().fields.constFirst(), u"JoÃ£o ConceiÃ§Ã£o"_s); // as Windows-1252 reads it

    bytes.chop(10); // without the last line: UTF-8
    const ReadResult utf8 = readBytes(bytes);
    QCOMPARE(utf8.encoding, u"UTF-8"_s);
    QCOMPARE(utf8.records.constFirst().fields.constFirst(), u"João Conceição"_s);
}

void TestCsvReader::multiByteCharacterAcrossTheDefaultChunkBorder()
{
    // "प्रिया" starts one byte before the 64 KiB border, so each of its 3-byte
    // characters may straddle it.
    QByteArray bytes = "Name,Note\n";
    const QByteArray name = "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE";
    bytes += "a," + QByteArray(64 * 1024 - bytes.size() - 3, 'x') + '\n' + name + ",1\n";
    const ReadResult r = readBytes(bytes);
    QCOMPARE(r.records.size(), qsizetype(2));
    QCOMPARE(r.records[1].fields, (QStringList{u"प्रिया"_s, u"1"_s}));
}

void TestCsvReader::sniffsDelimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << u","_s;
    QTest::newRow("European decimals") << u"Name;Amount;Phone\nAna;12,50;1\nBo;3,10;2\nCy;0;3\n"_s << u";"_s;
    QTest::newRow("quoted semicolons don't count") << u"a,b\n\"x;y;z\",1\n\"p;q;r\",2\n"_s << u","_s;
    QTest::newRow("quoted line break") << u"a|b\n\"x\ny,z\"|1\nq|2\n"_s << u"|"_s;
    QTest::newRow("tab beats stray commas") << u"a\tb\tc\nSmith, J\t1\t2\nx\ty\tz\n"_s << u"\t"_s;
    QTest::newRow("one column") << u"Phone\n+91 98765 43210\n"_s << u","_s;
    QTest::newRow("one line") << u"a;b;c"_s << u";"_s;
    QTest::newRow("empty") << QString() << u","_s;
}

void TestCsvReader::sniffsDelimiter()
{
    QFETCH(QString, sample);
    QTEST(QString(CsvReader::sniffDelimiter(sample)), "expected");
}

void TestCsvReader::detectsHeader_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<bool>("header");
    QTest::newRow("Google") << QStringList{u"First Name"_s, u"Phone 1 - Value"_s} << true;
    QTest::newRow("Outlook") << QStringList{u"E-mail Address"_s, u"Mobile Phone"_s} << true;
    QTest::newRow("names only") << QStringList{u"Ana"_s, u"Bo"_s} << true;
    QTest::newRow("phone") << QStringList{u"Ana"_s, u"(555) 123-4567"_s} << false;
    QTest::newRow("E.164") << QStringList{u"+919876543210"_s} << false;
    QTest::newRow("e-mail") << QStringList{u"Ana"_s, u"ana@example.com"_s} << false;
    QTest::newRow("date") << QStringList{u"Ana"_s, u"1990-04-12"_s} << false;
    QTest::newRow("column names win") << QStringList{u"Phone"_s, u"Name"_s, u"12345"_s} << true;
    QTest::newRow("empty") << QStringList{} << false;
}

void TestCsvReader::detectsHeader()
{
    QFETCH(QStringList, row);
    QTEST(CsvReader::looksLikeHeader(row), "header");
}

void TestCsvReader::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("UTF-8") << u"UTF-8"_s << u"UTF-8"_s;
    QTest::newRow("utf8") << u"utf8"_s << u"UTF-8"_s;
    QTest::newRow("utf-16le") << u"utf-16le"_s << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE") << u"UTF-16BE"_s << u"UTF-16BE"_s;
    QTest::newRow("cp1252") << u"cp1252"_s << u"Windows-1252"_s;
    QTest::newRow("windows-1252") << u" Windows-1252 "_s << u"Windows-1252"_s;
    QTest::newRow("latin1") << u"latin1"_s << u"ISO-8859-1"_s;
    QTest::newRow("ISO-8859-1") << u"ISO-8859-1"_s << u"ISO-8859-1"_s;
    QTest::newRow("unknown") << u"EBCDIC"_s << QString();
}

void TestCsvReader::encodingNames()
{
    QFETCH(QString, name);
    const auto encoding = TextDecoding::fromName(name);
    QTEST(encoding ? TextDecoding::name(*encoding) : QString(), "canonical");
}

void TestCsvReader::detectsUtf16WithoutBomAndRewinds()
{
    QByteArray bytes = "skip";
    QStringEncoder encoder(QStringConverter::Utf16LE); // no byte-order mark
    bytes += encoder.encode(u"Name,Phone\r\nAna,1\r\n"_s);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    buffer.seek(4);
    QCOMPARE(TextDecoding::detect(&buffer).encoding, TextDecoding::Encoding::Utf16LE);
    QCOMPARE(buffer.pos(), qint64(4));
    const ReadResult r = readAll(&buffer, {});
    QCOMPARE(r.encoding, u"UTF-16LE"_s);
    QCOMPARE(r.records.constFirst().fields, (QStringList{u"Ana"_s, u"1"_s}));
}

void TestCsvReader::refusesBadOptions()
{
    ReaderOptions options;
    options.encoding = u"EBCDIC"_s;
    ReadResult r = readBytes("a,b\n", options);
    QVERIFY(!r.opened);
    QVERIFY(r.error.contains(u"EBCDIC"_s));
    options = {};
    options.delimiter = u':';
    r = readBytes("a,b\n", options);
    QVERIFY(!r.opened);
    QVERIFY(!r.error.isEmpty());

    r = readBytes("\"Name,Phone\nAna,1\n"); // the header would swallow the file
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(u"never closed"_s), qPrintable(r.error));
    QVERIFY(r.records.isEmpty());

    QBuffer buffer;
    buffer.setData("a,b\n1,2\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    options.encoding = u"EBCDIC"_s;
    QVERIFY(!reader.open(&buffer, options));
    SourceRecord record;
    QVERIFY(!reader.next(record)); // a failed open reads nothing, and does not crash
}

void TestCsvReader::readerCanBeReopened()
{
    QBuffer first, second;
    first.setData("a;b\n1;2\n");
    second.setData("Name\tPhone\nAna\t+91 98765 43210\n");
    first.open(QIODevice::ReadOnly);
    second.open(QIODevice::ReadOnly);
    CsvReader reader;
    reader.setChunkSize(3);
    SourceRecord record;
    QVERIFY(reader.open(&first, {}));
    QVERIFY(reader.next(record));
    QVERIFY(reader.open(&second, {}));
    QCOMPARE(reader.delimiter(), QChar(u'\t'));
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields, (QStringList{u"Ana"_s, u"+91 98765 43210"_s}));
    QCOMPARE(record.row, qint64(2));
    QVERIFY(!reader.next(record));
}

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("headerCells"); // column index, name, ...
    QTest::addColumn<QStringList>("cells");       // record index, column index, value, ...

    QTest::newRow("Google Contacts") << dataFile("csv_google_contacts.csv") << u"UTF-8"_s << u","_s << 23 << 3
        << QStringList{u"0"_s, u"First Name"_s, u"19"_s, u"Phone 1 - Label"_s, u"20"_s, u"Phone 1 - Value"_s}
        << QStringList{u"0"_s, u"20"_s, u"+91 98765 43210"_s, u"0"_s, u"14"_s, u"Met at Diwali mela, Pune"_s,
                       u"0"_s, u"16"_s, u"* myContacts ::: Customers"_s, u"1"_s, u"0"_s, u"प्रिया"_s,
                       u"2"_s, u"2"_s, u"Conceição"_s, u"2"_s, u"14"_s, u"Prefere WhatsApp\nà tarde"_s,
                       u"2"_s, u"20"_s, u"+55 11 91234-5678 ::: +55 11 3456-7890"_s};
    QTest::newRow("Outlook") << dataFile("csv_outlook_contacts.csv") << u"UTF-8"_s << u","_s << 61 << 2
        << QStringList{u"0"_s, u"First Name"_s, u"8"_s, u"E-mail Address"_s, u"15"_s, u"Mobile Phone"_s}
        << QStringList{u"0"_s, u"15"_s, u"07700 900123"_s, u"0"_s, u"31"_s, u"Brown & Sons"_s,
                       u"0"_s, u"60"_s, u"Prefers \"morning\" calls\r\nVIP since 2019"_s,
                       u"1"_s, u"15"_s, u"0803 123 4567"_s};
    QTest::newRow("Shopify customers") << dataFile("csv_shopify_customers.csv") << u"UTF-8"_s << u","_s
        << 20 << 3
        << QStringList{u"10"_s, u"Default Address Country Code"_s, u"13"_s, u"Phone"_s,
                       u"14"_s, u"Accepts SMS Marketing"_s, u"19"_s, u"Tags"_s}
        << QStringList{u"0"_s, u"13"_s, u"'+34612345678"_s, u"0"_s, u"19"_s, u"vip, newsletter"_s,
                       u"1"_s, u"1"_s, u"Sofía"_s, u"1"_s, u"17"_s, u"Asked for \"no calls\""_s,
                       u"2"_s, u"10"_s, u"AE"_s};
    QTest::newRow("Excel, Germany") << dataFile("csv_excel_germany.csv") << u"Windows-1252"_s << u";"_s
        << 7 << 3
        << QStringList{u"0"_s, u"Vorname"_s, u"2"_s, u"Handy"_s}
        << QStringList{u"0"_s, u"1"_s, u"Müller"_s, u"0"_s, u"5"_s, u"1.234,50"_s, u"0"_s, u"6"_s,
                       u"Straße & Söhne"_s, u"1"_s, u"6"_s, u"Preis: 5 €; „Stammkunde“"_s,
                       u"2"_s, u"0"_s, u"Ömer"_s};
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, headerCells);
    QFETCH(QStringList, cells);
    QFile device(file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(file));
    const ReadResult r = readAll(&device, {});
    QVERIFY2(r.opened, qPrintable(r.error));
    QTEST(r.encoding, "encoding");
    QTEST(QString(r.delimiter), "delimiter");
    QVERIFY(r.hasHeader);
    QTEST(int(r.header.size()), "columns");
    QTEST(int(r.records.size()), "records");
    for (qsizetype i = 0; i + 1 < headerCells.size(); i += 2)
        QCOMPARE(r.header.value(headerCells[i].toInt()), headerCells[i + 1]);
    for (const SourceRecord &record : r.records)
        QVERIFY2(record.problem.isEmpty(), qPrintable(record.problem));
    for (qsizetype i = 0; i + 2 < cells.size(); i += 3) {
        const SourceRecord &record = r.records.at(cells[i].toInt());
        QCOMPARE(record.fields.value(cells[i + 1].toInt()), cells[i + 2]);
    }
}

void TestCsvReader::factoryChoosesTheReader()
{
    QBuffer vcard;
    vcard.setData("\xEF\xBB\xBF\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n");
    vcard.open(QIODevice::ReadOnly);
    QCOMPARE(ReaderFactory::detectFormat(u"contacts.txt"_s, &vcard), ReaderFactory::Format::VCard);
    QCOMPARE(vcard.pos(), qint64(0)); // nothing consumed
    QBuffer csv;
    csv.setData("Name,Phone\n");
    csv.open(QIODevice::ReadOnly);
    QCOMPARE(ReaderFactory::detectFormat(u"export.csv"_s, &csv), ReaderFactory::Format::Csv);
    QCOMPARE(ReaderFactory::detectFormat(u"iCloud.VCF"_s, nullptr), ReaderFactory::Format::VCard);

    auto opened = ReaderFactory::open(dataFile("csv_excel_germany.csv"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->format, ReaderFactory::Format::Csv);
    QCOMPARE(opened->reader->delimiter(), QChar(u';'));
    SourceRecord record;
    QVERIFY(opened->reader->next(record));
    QCOMPARE(record.fields.value(1), u"Müller"_s);

    auto missing = ReaderFactory::open(u"/nonexistent/contacts.csv"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"cannot-open"_s);
}

void TestCsvReader::largeFileReadsEveryRecord()
{
    // ~50 MB written here, never committed. Only the count and content are
    // checked; memory stays flat because records are taken one at a time.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"large.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,Phone,Email,Tags,Note\r\n");
    qint64 rows = 0;
    QByteArray chunk;
    while (file.size() + chunk.size() < 50 * 1000 * 1000) {
        const QByteArray n = QByteArray::number(rows);
        chunk += "Jo\xC3\xA3o " + n + ",Concei\xC3\xA7\xC3\xA3o,+55 11 9" + n.rightJustified(8, '0')
                 + ",joao" + n + "@example.com,\"vip, newsletter\",\"said \"\"hi\"\"\"\r\n";
        ++rows;
        if (chunk.size() > 1024 * 1024) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));

    CsvReader reader;
    QVERIFY(reader.open(&file, {}));
    QCOMPARE(reader.header().size(), 6);
    SourceRecord record;
    qint64 read = 0, problems = 0;
    while (reader.next(record)) {
        ++read;
        problems += !record.problem.isEmpty();
    }
    QCOMPARE(read, rows);
    QCOMPARE(problems, 0);
    QCOMPARE(record.row, rows + 1);
    QCOMPARE(record.fields.value(0), u"João "_s + QString::number(rows - 1));
    QCOMPARE(record.fields.value(5), u"said \"hi\""_s);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
