#include "Preferences.h"
#include "TeamSettings.h"
#include "TestDatabase.h"

#include <QSettings>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestTeamSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void defaultsBeforeAnythingIsSet();
    void valuesAreSharedThroughTheDatabase();
    void outOfRangeValuesAreRefusedInWords();
    void preferencesStayOnThisMachine();

private:
    std::unique_ptr<test::TestDatabase> m_test;
};

void TestTeamSettings::defaultsBeforeAnythingIsSet()
{
    TeamSettings s(m_test->db());
    QCOMPARE(s.defaultRegion().value(), QString());
    QCOMPARE(s.maxMessagesPerSecond().value(), 80);
    QCOMPARE(s.frequencyCapHours().value(), 24);
    QCOMPARE(s.circuitBreakerThreshold().value(), 25);
    QCOMPARE(s.missedScheduleGraceMinutes().value(), 15);
    QVERIFY(s.optOutKeywords().value().contains(u"STOP"_s));
    QVERIFY(s.optOutKeywords().value().contains(u"BAJA"_s));
}

void TestTeamSettings::valuesAreSharedThroughTheDatabase()
{
    {
        TeamSettings s(m_test->db());
        QVERIFY(s.setDefaultRegion(u"br"_s).ok());
        QVERIFY(s.setMaxMessagesPerSecond(250).ok());
        QVERIFY(s.setFrequencyCapHours(0).ok());
        QVERIFY(s.setOptOutKeywords({u"STOP"_s, u" SAIR "_s, u""_s}).ok());
    }
    // Another process (here: a fresh connection) sees the same values.
    m_test->reopen();
    TeamSettings other(m_test->db());
    QCOMPARE(other.defaultRegion().value(), u"BR"_s);
    QCOMPARE(other.maxMessagesPerSecond().value(), 250);
    QCOMPARE(other.frequencyCapHours().value(), 0);
    QCOMPARE(other.optOutKeywords().value(), (QStringList{u"STOP"_s, u"SAIR"_s}));
}

void TestTeamSettings::outOfRangeValuesAreRefusedInWords()
{
    TeamSettings s(m_test->db());
    auto tooFast = s.setMaxMessagesPerSecond(5000);
    QVERIFY(!tooFast.ok());
    QVERIFY2(tooFast.error().message.contains(u"between 1 and 1000"_s), qPrintable(tooFast.error().message));
    QVERIFY(!s.setDefaultRegion(u"India"_s).ok());
    QVERIFY(!s.setOptOutKeywords({u"  "_s}).ok());
    QCOMPARE(s.maxMessagesPerSecond().value(), 80); // unchanged
}

void TestTeamSettings::preferencesStayOnThisMachine()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"prefs.ini"_s), QSettings::IniFormat);
    Preferences prefs(file);
    QVERIFY(prefs.databaseUrl().isEmpty());
    prefs.setDatabaseUrl(DatabaseUrl::parse(u"postgresql://ana:pw@db:5432/team"_s).value());
    prefs.setLanguage(u"pt_BR"_s);
    prefs.sync();
    QSettings reread(dir.filePath(u"prefs.ini"_s), QSettings::IniFormat);
    Preferences again(reread);
    QCOMPARE(again.databaseUrl(), u"postgresql://ana@db:5432/team"_s);
    QCOMPARE(again.language(), u"pt_BR"_s);
}

QTEST_GUILESS_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
