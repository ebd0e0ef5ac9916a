// First run: the dashboard offers "Try with the sandbox", which sets up a simulated
// WhatsApp number, sample contacts and its templates (over HTTP to the in-process
// sandbox), on both database backends.
#include "AccountStore.h"
#include "ContactStore.h"
#include "SandboxCatalogue.h"
#include "SandboxDemo.h"
#include "TemplateStore.h"
#include "TestDatabase.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/GetStartedPanel.h"
#include "secrets/MemoryCredentialStore.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestGetStarted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup()
    {
        m_page.reset();
        m_test.reset();
    }

    void offeredWhileThereIsNoAccount();
    void trySandboxSetsUpEverything();
    void notOfferedOnceAnAccountExists();

private:
    void openPage()
    {
        m_page = std::make_unique<DashboardPage>(m_test->db(), &m_credentials);
        m_page->show();
    }

    MemoryCredentialStore m_credentials;
    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<DashboardPage> m_page;
};

void TestGetStarted::offeredWhileThereIsNoAccount()
{
    openPage();
    QTRY_VERIFY(m_page->getStarted()->isVisible());
}

void TestGetStarted::trySandboxSetsUpEverything()
{
    openPage();
    QTRY_VERIFY(m_page->getStarted()->isVisible());
    auto *button = m_page->findChild<QPushButton *>(u"trySandbox"_s);
    auto *status = m_page->findChild<QLabel *>(u"getStartedStatus"_s);
    QSignalSpy ready(m_page->getStarted(), &GetStartedPanel::sandboxReady);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(ready.size() == 1, qPrintable(status->text()), 20000);
    QVERIFY2(status->text().contains(u"ready"), qPrintable(status->text()));

    const auto accounts = AccountStore(m_test->db()).list().value();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().provider, ProviderKind::Sandbox);
    QCOMPARE(ContactStore(m_test->db()).count({}).value(), SandboxDemo::sampleContactCount());
    const auto templates = TemplateStore(m_test->db()).list(accounts.first().id, false).value();
    QCOMPARE(templates.size(), SandboxCatalogue::templates().size());
    QVERIFY(m_page->getStarted()->isVisible()); // the outcome stays readable

    // A second try adds nothing twice.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
    QCOMPARE(AccountStore(m_test->db()).list().value().size(), 1);
    QCOMPARE(ContactStore(m_test->db()).count({}).value(), SandboxDemo::sampleContactCount());
}

void TestGetStarted::notOfferedOnceAnAccountExists()
{
    QVERIFY(SandboxDemo::create(m_test->db()).ok());
    openPage();
    // Once the figures are read (Refresh is enabled again), the panel stays hidden.
    auto *refresh = m_page->findChild<QPushButton *>(u"refreshDashboard"_s);
    QVERIFY(!refresh->isEnabled());
    QTRY_VERIFY(refresh->isEnabled());
    QVERIFY(!m_page->getStarted()->isVisible());
}

QTEST_MAIN(TestGetStarted)
#include "tst_getstarted.moc"
