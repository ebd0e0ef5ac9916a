// The translations load and reach every kind of tr() context: a widget (Q_OBJECT in the
// megaphone namespace), a core class with Q_DECLARE_TR_FUNCTIONS, Qt's own strings, the
// English plural forms; and the default locale follows the language. Run in C.UTF-8 (as
// test-env does): in a Spanish-speaking system the chosen Spanish keeps its formats.
#include "Audience.h"
#include "settings/LanguageSection.h"
#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(qApp, u"en"_s); }

    void languages_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("number"); // 2.5 in the language's locale
        QTest::addColumn<QString>("january");
        QTest::addColumn<bool>("qtHasOne");  // Qt ships qtbase_<code>.qm
        QTest::newRow("Spanish") << u"es"_s << u"2,5"_s << u"enero"_s << true;
        QTest::newRow("Brazilian Portuguese") << u"pt_BR"_s << u"2,5"_s << u"janeiro"_s << true;
        QTest::newRow("Hindi") << u"hi"_s << u"2.5"_s << u"जनवरी"_s << false;
    }

    void languages()
    {
        QFETCH(QString, code);
        QFETCH(QString, number);
        QFETCH(QString, january);
        QFETCH(bool, qtHasOne);
        const QString loaded = Translations::install(qApp, code);
        QVERIFY2(loaded.startsWith(code), qPrintable(loaded));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), number);
        QCOMPARE(QLocale().monthName(1), january);

        LanguageSection section(nullptr);
        QVERIFY(!section.title().isEmpty());
        QVERIFY2(section.title() != u"Language"_s, qPrintable(section.title()));
        const QString everyone = Audience{}.describe();
        QVERIFY(!everyone.isEmpty());
        QVERIFY2(everyone != u"every contact"_s, qPrintable(everyone));
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QCOMPARE(cancel != u"Cancel"_s, qtHasOne);
    }

    void englishPlurals()
    {
        QCOMPARE(Translations::install(qApp, u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("megaphone::TemplatesPage", "%n template(s)", nullptr, 1),
                 u"1 template"_s);
        QCOMPARE(QCoreApplication::translate("megaphone::TemplatesPage", "%n template(s)", nullptr, 3),
                 u"3 templates"_s);
    }

    // A language Megaphone has no translation for reads English, with English plurals.
    void untranslatedLanguage()
    {
        QCOMPARE(Translations::install(qApp, u"de"_s), u"en"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(Audience{}.describe(), u"every contact"_s);
        QCOMPARE(QCoreApplication::translate("megaphone::TemplatesPage", "%n template(s)", nullptr, 1),
                 u"1 template"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
