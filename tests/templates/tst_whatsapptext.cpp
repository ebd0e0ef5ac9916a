#include "WhatsAppText.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestWhatsAppText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
};

void TestWhatsAppText::convert_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");

    QTest::newRow("plain text") << u"Hello there"_s << u"Hello there"_s << u"Hello there"_s;
    QTest::newRow("bold") << u"*Sale* today"_s << u"<b>Sale</b> today"_s << u"Sale today"_s;
    QTest::newRow("italic") << u"very _soon_."_s << u"very <i>soon</i>."_s << u"very soon."_s;
    QTest::newRow("strike") << u"~19.99~ 9.99"_s << u"<s>19.99</s> 9.99"_s << u"19.99 9.99"_s;
    QTest::newRow("inline code") << u"type `STOP`"_s << u"type <code>STOP</code>"_s
                                 << u"type STOP"_s;
    QTest::newRow("monospace") << u"```a *b* c```"_s << u"<tt>a *b* c</tt>"_s << u"a *b* c"_s;
    QTest::newRow("monospace over lines")
        << u"Code:\n```line 1\nline <2>```"_s << u"Code:<br><tt>line 1<br>line &lt;2&gt;</tt>"_s
        << u"Code:\nline 1\nline <2>"_s;
    QTest::newRow("nested bold italic") << u"*_both_*"_s << u"<b><i>both</i></b>"_s << u"both"_s;
    QTest::newRow("italic around bold") << u"_a *b* c_"_s << u"<i>a <b>b</b> c</i>"_s << u"a b c"_s;
    QTest::newRow("inside a word stays") << u"2*3*4"_s << u"2*3*4"_s << u"2*3*4"_s;
    QTest::newRow("snake_case stays")
        << u"use snake_case_names"_s << u"use snake_case_names"_s << u"use snake_case_names"_s;
    QTest::newRow("closing before a letter stays")
        << u"*bold*ness"_s << u"*bold*ness"_s << u"*bold*ness"_s;
    QTest::newRow("space after opening stays")
        << u"* not bold*"_s << u"* not bold*"_s << u"* not bold*"_s;
    QTest::newRow("space before closing stays")
        << u"*not bold *"_s << u"*not bold *"_s << u"*not bold *"_s;
    QTest::newRow("lone marker") << u"5 * 3 = 15"_s << u"5 * 3 = 15"_s << u"5 * 3 = 15"_s;
    QTest::newRow("empty pair") << u"**"_s << u"**"_s << u"**"_s;
    QTest::newRow("punctuation around") << u"(*yes*)!"_s << u"(<b>yes</b>)!"_s << u"(yes)!"_s;
    QTest::newRow("bold does not cross lines") << u"*a\nb*"_s << u"*a<br>b*"_s << u"*a\nb*"_s;
    QTest::newRow("two on a line")
        << u"*a* and *b*"_s << u"<b>a</b> and <b>b</b>"_s << u"a and b"_s;
    QTest::newRow("escaping") << u"<b>&\"x\"</b>"_s << u"&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"_s
                              << u"<b>&\"x\"</b>"_s;
    QTest::newRow("escaping inside bold") << u"*a<b*"_s << u"<b>a&lt;b</b>"_s << u"a<b"_s;
    QTest::newRow("code keeps markers") << u"`*x*`"_s << u"<code>*x*</code>"_s << u"*x*"_s;
    QTest::newRow("variables untouched")
        << u"Hi {{first_name}}, *{{1}}* off"_s << u"Hi {{first_name}}, <b>{{1}}</b> off"_s
        << u"Hi {{first_name}}, {{1}} off"_s;
    QTest::newRow("line breaks") << u"a\nb\n\nc"_s << u"a<br>b<br><br>c"_s << u"a\nb\n\nc"_s;
    QTest::newRow("non-latin words")
        << u"*Привет* мир_x_"_s << u"<b>Привет</b> мир_x_"_s << u"Привет мир_x_"_s;
    QTest::newRow("unclosed monospace") << u"```open"_s << u"```open"_s << u"```open"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestWhatsAppText::convert()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QCOMPARE(WhatsAppText::toHtml(text), html);
    QCOMPARE(WhatsAppText::toPlain(text), plain);
}

QTEST_GUILESS_MAIN(TestWhatsAppText)
#include "tst_whatsapptext.moc"
